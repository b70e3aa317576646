import { formatNumber, parseTarget, type Target } from "../vn";
import { entryTrimmed } from "./entry";
import type { Interval } from "./rule";
import { DECOMPOSED_LETTERS, JUDGEMENT_WORDS } from "./status";

/** What an entered actual says. */
export type Actual =
  | { kind: "empty" }
  /** The value lies in this interval: a point (97), a range (61-62), a bound ("trên 4"). */
  | { kind: "value"; interval: Interval; target: Target | null; warnings?: string[] }
  /** The officer's own verdict: "Đạt", "Hoàn thành", "Không đạt", "Vượt". */
  | { kind: "judgement"; status: "vuot" | "dat" | "khong_dat"; text: string }
  /**
   * Words that are not a figure ("đã triển khai"): fine for a target judged by hand. Typed in an
   * annex cell (`inCell`), a figure row reads it as the sheet's formulas do (entry.ts).
   */
  | { kind: "text"; text: string; inCell?: boolean; warnings?: string[] }
  | { kind: "unreadable"; text: string; reason: string };

const point = (value: number): Interval => ({ low: { value, strict: false }, high: { value, strict: false } });

/** Combining marks of the verdict words' letters (status.ts `DECOMPOSED_LETTERS`): most text has none. */
const COMBINING = /[\u0300-\u036F]/;

/**
 * A verdict word as the sheet's formula compares it (formula.ts): invisible characters and odd
 * spaces out, Excel's TRIM, lower case (no locale: Vietnamese has no special case rules, and LOWER
 * has none), and the verdict words' letters composed when typed decomposed (status.ts
 * `DECOMPOSED_LETTERS`). No other normalisation: the sheet has none.
 */
export function judgementKey(text: string): string {
  const lower = entryTrimmed(text).toLowerCase();
  if (!COMBINING.test(lower)) return lower;
  return DECOMPOSED_LETTERS.reduce((key, [decomposed, composed]) => key.replaceAll(decomposed, composed), lower);
}

/** Each verdict word's key, first listed first (a word listed twice keeps its first status). */
const BY_KEY: ReadonlyMap<string, "vuot" | "dat" | "khong_dat"> = new Map([...JUDGEMENT_WORDS].reverse().map((j) => [j.word.toLowerCase(), j.status]));

/** Case-insensitive, as Excel compares text; "Đ\u200Bạt" and "Đạt" typed decomposed are "Đạt". */
export function judgementOf(text: string): { status: "vuot" | "dat" | "khong_dat" } | null {
  const status = BY_KEY.get(judgementKey(text));
  return status === undefined ? null : { status };
}

/**
 * An actual as typed anywhere people write freely (a JSON file of actuals, the pane): a number, or
 * text read with the same reader as targets: "97,5%", "61-62", "trên 4", "giảm 6%", "3/10".
 */
export function readActual(input: string | number | null | undefined, unit: string | null = null): Actual {
  if (input === null || input === undefined) return { kind: "empty" };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { kind: "value", interval: point(input), target: null } : { kind: "unreadable", text: String(input), reason: "không phải một số" };
  }
  const text = input.trim();
  if (text === "") return { kind: "empty" };
  const judgement = judgementOf(text);
  if (judgement) return { kind: "judgement", status: judgement.status, text };
  const target = parseTarget(text, unit);
  if (target.op === "text") return { kind: "text", text };
  return { kind: "value", interval: intervalOf(target), target };
}

function intervalOf(target: Target): Interval {
  const value = target.value ?? 0;
  switch (target.op) {
    case ">":
      return { low: { value, strict: true }, high: null };
    case ">=":
      return { low: { value, strict: false }, high: null };
    case "<":
      return { low: null, high: { value, strict: true } };
    case "<=":
      return { low: null, high: { value, strict: false } };
    case "between":
      return { low: { value: target.min ?? 0, strict: false }, high: { value: target.max ?? 0, strict: false } };
    default:
      return point(value);
  }
}

/** A cell of the annex's actuals column, as a host reads it. */
export interface ActualCell {
  value: string | number | boolean | null;
  /** The cell's number format; a percent format means Excel stored 97,5% as 0,975. */
  numFmt?: string | null;
}

/** Whether a number format shows a percentage (a "%" that is not quoted or escaped). */
export function isPercentFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  const unquoted = numFmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  return unquoted.includes("%");
}

/**
 * What the officer sees in a percent-formatted number cell, as the text a text cell would hold:
 * 0,975 shown "97,5%" is "97,5%" (a figure pasted with its format from elsewhere; the annex's input
 * cells are text cells, so typed "97,5%" stays text). Any other cell as it is. One rule for the
 * add-in's reading and for the copies the add-in writes (check --write, regeneration), which carry
 * that text: so the pane, the CLI and the written copy's own formulas judge the same figure.
 */
export function shownEntry(cell: ActualCell): ActualCell {
  if (typeof cell.value !== "number" || !Number.isFinite(cell.value) || !isPercentFormat(cell.numFmt)) return cell;
  return { value: `${formatNumber(cell.value * 100, { maxDecimals: 9 })}%`, numFmt: "@" };
}

/**
 * An actual as the annex sheet holds it, read exactly as the sheet's own formulas read it, so that
 * the sheet and the add-in agree cell for cell: a number as stored; text as typed, which a figure
 * row reads the Vietnamese way (entry.ts, when assessed against its rule). A percent-formatted
 * number is read as the text it shows (`shownEntry`), and says so: no formula function sees a
 * cell's format everywhere, so this one cell's own formula reads the stored fraction until the
 * figure is typed again (or the annex is checked into a copy, or regenerated, which writes the text).
 */
export function readActualCell(cell: ActualCell): Actual {
  const shown = shownEntry(cell);
  if (shown !== cell && typeof cell.value === "number" && typeof shown.value === "string") {
    const stored = formatNumber(cell.value, { maxDecimals: 9 });
    const warning = `Ô được định dạng phần trăm: Excel lưu ${stored}, ô hiển thị «${shown.value}» và số liệu được đọc là «${shown.value}». Công thức của trang tính chỉ thấy ${stored}: nhập lại «${shown.value}» vào ô để trang tính cũng đánh giá như vậy.`;
    const read = readActualCell(shown);
    return read.kind === "text" ? { ...read, warnings: [warning] } : read;
  }
  const { value } = cell;
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "unreadable", text: String(value), reason: "không phải một số" };
    return { kind: "value", interval: point(value), target: null };
  }
  if (typeof value === "boolean") return { kind: "unreadable", text: String(value), reason: "ô chứa giá trị đúng/sai, không phải số liệu" };
  if (entryTrimmed(value) === "") return { kind: "empty" };
  const text = value.trim();
  const judgement = judgementOf(text);
  if (judgement) return { kind: "judgement", status: judgement.status, text };
  return { kind: "text", text: value, inCell: true };
}
