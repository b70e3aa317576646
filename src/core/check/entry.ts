import { withoutInvisible } from "../vn/typed";

/**
 * HOW A FIGURE TYPED IN THE ANNEX IS READ, by the add-in and by the sheet's own formulas alike
 * (formula.ts builds them from these same steps, so each step here is one formula cell there).
 * Office PCs under English regional settings keep "8,7" as text, and the annex's input cells are
 * text cells so that "97,5%" stays as typed; so the text is read the Vietnamese way:
 *
 * 1. Invisible characters (zero-width space, soft hyphen, BOM...) dropped and odd spaces (no-break,
 *    thin...) made spaces, as vn/typed.ts `withoutInvisible`; then Excel's TRIM: spaces at the ends
 *    dropped, runs of spaces inside made one. Letters typed decomposed are not composed: the sheet
 *    cannot, so the unit at the end must be typed as the unit column has it.
 * 1b. Against a change target ("giảm 5%"), its word before the figure is the officer saying what
 *    the figure is: "giảm 6%" is a reduction of 6, read as 6 (the first helper cell drops it).
 * 2. The unit column's own text at the end is dropped ("27 nghìn tỷ đồng" in that row), and in a
 *    percentage row a final "%" ("95%", "95 %").
 * 3. In a ratio or rank row ("105/100", "5/10"), "a/b" is read as a (b: a whole number).
 * 4. The figure: digits, "." grouping thousands in threes, "," before the decimals ("1.234,5",
 *    "8,7", "-5"); or one "." that cannot be a thousands mark ("97.5", typed the English way).
 *    At most 15 digits, as many as Excel keeps.
 *
 * Anything else is not read, with the reason.
 */
export interface EntryRow {
  /** The unit column as printed ("nghìn tỷ đồng", "%"), null when blank. */
  unit: string | null;
  /** A percentage row: a final "%" is the unit. */
  percent: boolean;
  /** A ratio or rank row: "a/b" is read as a. */
  ratio: boolean;
  /** Against a change target, its word ("giảm", "tăng"), which may stand before the figure; null or absent otherwise. */
  changeWord?: string | null;
}

/** The word of a change target typed before a figure (step 1b). */
export function changeWordOf(change: "increase" | "decrease" | null): string | null {
  return change === "decrease" ? "giảm" : change === "increase" ? "tăng" : null;
}

/** Step 1 and 1b: what the sheet's first helper cell holds for typed text in this row. */
export function entryTrimmedIn(text: string, row: EntryRow): string {
  const trimmed = entryTrimmed(text);
  const word = row.changeWord;
  // What follows the word needs no trimming: the trimmed text has no two spaces in a row.
  return word && trimmed.slice(0, word.length + 1).toLowerCase() === `${word} ` ? trimmed.slice(word.length + 1) : trimmed;
}

export type EntryReading = { value: number } | { reason: string };

/** Excel's TRIM: only the space character, at the ends and repeated inside. */
export function excelTrim(text: string): string {
  // Most entries have nothing to trim: no regular expression for them.
  if (text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !text.includes("  ")) return text;
  return text.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** Step 1: what the sheet's first helper cell holds for typed text. */
export function entryTrimmed(text: string): string {
  return excelTrim(withoutInvisible(text));
}

/**
 * The unit text a typed figure may end with: the unit column's, trimmed; "" when there is none, or
 * when it holds characters a formula's text cannot carry (controls, U+FFFE, surrogates).
 */
export function strippableUnit(row: EntryRow): string {
  const unit = row.unit === null ? "" : excelTrim(row.unit);
  return /[\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/.test(unit) ? "" : unit;
}

/** Step 1 and 2: the text without spaces, unit and "%" around it. */
export function strippedEntry(text: string, row: EntryRow): string {
  let s = entryTrimmedIn(text, row);
  const unit = strippableUnit(row);
  if (unit !== "" && s.length > unit.length && s.slice(-unit.length).toLowerCase() === unit.toLowerCase()) {
    s = excelTrim(s.slice(0, -unit.length));
  }
  if (row.percent && s.endsWith("%")) s = excelTrim(s.slice(0, -1));
  return s;
}

/** Step 3: the figure's text, without its sign ("-5" -> "5"). */
export function figurePart(stripped: string, row: EntryRow): string {
  const slash = row.ratio ? stripped.indexOf("/") : -1;
  const figure = slash < 0 ? stripped : excelTrim(stripped.slice(0, slash));
  return figure.startsWith("-") ? figure.slice(1) : figure;
}

/** The whole after "/" in a ratio row ("" when there is no "/"), which must be a whole number. */
export function wholePart(stripped: string, row: EntryRow): string | null {
  const slash = row.ratio ? stripped.indexOf("/") : -1;
  return slash < 0 ? null : excelTrim(stripped.slice(slash + 1));
}

const DIGITS = /^[0-9]+$/;
const PLAIN = /^[0-9]{1,15}$/;
export const MAX_DIGITS = 15;

/** Step 4 on the figure's text (no sign); each test is one condition of the sheet's formula. */
export function figureValue(figure: string): EntryReading {
  // Digits only, the commonest figure: what the steps below would give, without them.
  if (PLAIN.test(figure)) return { value: Number(figure) };
  if (figure === "") return { reason: "không có con số" };
  if (!/^[0-9.,]*$/.test(figure)) {
    // Name what is in the way ("giảm", "tỷ", "%"): the officer sees what to take out.
    const odd = figure.replace(/[0-9.,]+/g, " ").replace(/ {2,}/g, " ").trim();
    const shown = odd.length > 20 ? `${odd.slice(0, 19)}…` : odd;
    return { reason: `có «${shown}» không phải chữ số: chỉ nhập con số, theo đơn vị ở cột Đơn vị tính` };
  }
  const commas = figure.split(",").length - 1;
  if (commas > 1) return { reason: "có nhiều dấu phẩy (dấu phẩy chỉ đứng trước phần thập phân)" };
  const comma = figure.indexOf(",");
  const whole = comma < 0 ? figure : figure.slice(0, comma);
  const decimals = comma < 0 ? null : figure.slice(comma + 1);
  if (whole === "" || decimals === "") return { reason: "dấu phẩy phải đứng giữa các chữ số" };
  const dots = figure.split(".").length - 1;
  if (whole.split(".").length - 1 !== dots) return { reason: "có dấu chấm sau dấu phẩy thập phân" };
  if (figure.replace(/[.,]/g, "").length > MAX_DIGITS) return { reason: `quá ${MAX_DIGITS} chữ số` };
  if (dots === 0 || grouped(whole, dots)) return { value: Number(figure.replace(/\./g, "").replace(",", ".")) };
  if (dots === 1 && comma < 0) {
    const at = whole.indexOf(".");
    if (at > 0 && at < whole.length - 1 && whole.length - 1 - at !== 3) return { value: Number(figure) };
  }
  return { reason: "dấu chấm phải ngăn cách từng nhóm ba chữ số (1.234.567), phần thập phân sau dấu phẩy (97,5)" };
}

/** "1.234.567": k dots, each followed by exactly three digits, one to three digits before the first. */
function grouped(whole: string, dots: number): boolean {
  const n = whole.length;
  const first = n - 4 * dots;
  if (dots > 4 || first < 1 || first > 3) return false;
  for (let j = 1; j <= dots; j++) if (whole.charAt(n - 4 * j) !== ".") return false;
  return true;
}

/** The whole reading: a value, or why the text is not one. */
export function readEntryText(text: string, row: EntryRow): EntryReading {
  const stripped = strippedEntry(text, row);
  if (stripped === "") return { reason: row.unit === null ? "không có con số" : "chỉ có đơn vị, không có con số" };
  const whole = wholePart(stripped, row);
  if (whole !== null && !DIGITS.test(whole)) return { reason: `phần sau dấu "/" («${whole}») phải là một số nguyên` };
  const figure = figureValue(figurePart(stripped, row));
  if ("reason" in figure) return figure;
  // "-0" is 0, as the sheet's -1 × 0 is.
  return { value: stripped.startsWith("-") && figure.value !== 0 ? -figure.value : figure.value };
}
