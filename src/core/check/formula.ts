import type { Bound, Interval, Rule } from "./rule";
import { JUDGEMENT_WORDS, SHEET_LABELS } from "./status";

/**
 * The assessment rule (rule.ts) as Excel formulas, so an annex judges its own actuals when opened
 * without the add-in, in Excel 2016+, WPS or LibreOffice. Built from the same `Rule` as `assess`,
 * reading the cell as `readActualCell` does: a number (percent-formatted: times 100), else text.
 * Only functions every one of those programs has: IF, AND, OR, LEN, TRIM, ISNUMBER, CELL, LEFT,
 * ROUND, IFERROR.
 */
export interface RowFormulas {
  /** Hidden helper: the actual as a number, "" when empty, "#" when it is not a number. */
  value: string | null;
  /** % so với kế hoạch. */
  percent: string | null;
  /** Đánh giá: exactly the SHEET_LABELS of the status `assess` gives. */
  status: string;
}

/** A number as a formula constant: the shortest text that reads back to the same double. */
export function formulaNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Công thức cần một số hữu hạn, nhận được ${value}.`);
  return String(value).toUpperCase();
}

function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function boundCondition(ref: string, bound: Bound, side: "low" | "high"): string {
  const op = side === "low" ? (bound.strict ? ">" : ">=") : bound.strict ? "<" : "<=";
  return `${ref}${op}${formulaNumber(bound.value)}`;
}

export function intervalCondition(ref: string, interval: Interval): string {
  const parts = [
    ...(interval.low ? [boundCondition(ref, interval.low, "low")] : []),
    ...(interval.high ? [boundCondition(ref, interval.high, "high")] : []),
  ];
  if (parts.length === 0) return "TRUE";
  return parts.length === 1 ? (parts[0] as string) : `AND(${parts.join(",")})`;
}

/**
 * @param actual the actuals cell, e.g. "G7"
 * @param value the hidden helper cell of the same row, e.g. "N7"
 */
export function rowFormulas(rule: Rule, actual: string, value: string): RowFormulas {
  const blank = `LEN(TRIM(${actual}))=0`;
  if (rule.kind === "manual") {
    const trimmed = `TRIM(${actual})`;
    // Nested from the last word outwards, so the first listed word is tested first.
    const byWord = JUDGEMENT_WORDS.reduceRight(
      (otherwise, { word, status }) => `IF(${trimmed}=${text(word)},${text(SHEET_LABELS[status])},${otherwise})`,
      text(SHEET_LABELS.danh_gia_thu_cong),
    );
    return { value: null, percent: null, status: `IFERROR(IF(${blank},"",${byWord}),"")` };
  }
  const number = `IF(ISNUMBER(${actual}),IF(LEFT(CELL("format",${actual}),1)="P",ROUND(${actual}*100,9),${actual}),"#")`;
  const status =
    `IF(${value}="","",IF(${value}="#",${text(SHEET_LABELS.khong_hop_le)},` +
    (rule.vuot ? `IF(${intervalCondition(value, rule.vuot)},${text(SHEET_LABELS.vuot)},` : "") +
    `IF(${intervalCondition(value, rule.dat)},${text(SHEET_LABELS.dat)},${text(SHEET_LABELS.khong_dat)})` +
    (rule.vuot ? ")" : "") +
    "))";
  return {
    value: `IFERROR(IF(${blank},"",${number}),"#")`,
    percent: rule.planned === null ? null : `IF(ISNUMBER(${value}),${value}/${formulaNumber(rule.planned)}*100,"")`,
    status,
  };
}
