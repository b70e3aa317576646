import { foldWhitespace, shorten } from "../vn/text";
import type { Indicator, Plan } from "./schema";
import { placedIndicators, type Placed } from "./walk";

/**
 * How every message names an indicator: by the STT the officer sees in the document and its name,
 * never by the model's internal code. A part without its own number is named with its parent's.
 * This is the one place that does it: the review, the annex, the consolidation, the hosts and the
 * pane all call these.
 */
const NAME_LIMIT = 90;

/** «Tỷ lệ hộ nghèo», as the document prints it (whitespace folded, long names cut). */
export function quotedName(text: string): string {
  return `«${shorten(foldWhitespace(text), NAME_LIMIT)}»`;
}

/** A row's STT that is no number: blank, or a bullet marking a part ("-", "+", "*"). */
export function printsNoNumber(stt: string): boolean {
  const own = stt.trim();
  return own === "" || own === "-" || own === "+" || own === "*";
}

/** "STT 4", or null when the row prints no number of its own ("", "-", "+"). */
export function sttOf(indicator: Pick<Indicator, "stt">): string | null {
  return printsNoNumber(indicator.stt) ? null : `STT ${indicator.stt.trim()}`;
}

/** STT 9 «Số xã ...», or the name alone for a row without a number. */
export function rowName(indicator: Pick<Indicator, "stt" | "name">): string {
  const stt = sttOf(indicator);
  return stt === null ? quotedName(indicator.name) : `${stt} ${quotedName(indicator.name)}`;
}

/** "STT (3) «Sản lượng lương thực có hạt»", or "«thóc» (thuộc STT (3) «Sản lượng lương thực có hạt»)". */
export function indicatorLabel(item: Pick<Placed, "indicator" | "parent">): string {
  const own = rowName(item.indicator);
  if (item.parent === null || sttOf(item.indicator) !== null) return own;
  return `${own} (thuộc ${rowName(item.parent)})`;
}

/**
 * Where a row is in the annex, short, for a column or a list beside the name: "STT 5", "thành
 * phần của STT 5" for a part without its own number, the row's name where nothing is numbered.
 */
export function shortPlace(item: Pick<Placed, "indicator" | "parent">): string {
  const own = sttOf(item.indicator);
  if (own !== null) return own;
  if (item.parent === null) return quotedName(item.indicator.name);
  return `thành phần của ${sttOf(item.parent) ?? quotedName(item.parent.name)}`;
}

/** The label of the indicator with this code in the plan; a plain phrase if the plan has no such row (never the code). */
export function labelOfCode(plan: Plan, code: string): string {
  const item = placedIndicators(plan).find((p) => p.indicator.code === code);
  return item === undefined ? "một chỉ tiêu không có trong kế hoạch" : indicatorLabel(item);
}

/** The short place of the indicator with this code (see shortPlace). */
export function placeOfCode(plan: Plan, code: string): string {
  const item = placedIndicators(plan).find((p) => p.indicator.code === code);
  return item === undefined ? "một chỉ tiêu không có trong kế hoạch" : shortPlace(item);
}

/** A list of labels for a message: the first few, then how many more. */
export function labelList(labels: readonly string[], limit = 5): string {
  const shown = labels.slice(0, limit).join("; ");
  return labels.length > limit ? `${shown}; và ${labels.length - limit} chỉ tiêu khác` : shown;
}

/** A part's heading carries its parent's name, cut first: the part's own words tell columns apart. */
const PARENT_LIMIT = 40;

/**
 * How a column header (or a line listing figures) names a row, where nothing around it says whose
 * part it is: the row's STT, or its parent's for a part printed without one, and the name, a
 * part's after its parent's («Giá trị sản xuất: Thương mại - dịch vụ»). The "Giao chỉ tiêu" table,
 * the consolidation's sheets and the pane's list of a commune's figures all name columns so.
 */
export function columnHeading(item: Pick<Placed, "indicator" | "parent">): { stt: string; name: string } {
  const { indicator, parent } = item;
  const own = foldWhitespace(indicator.stt);
  if (parent === null) return { stt: own, name: foldWhitespace(indicator.name) };
  const stt = printsNoNumber(own) && !printsNoNumber(parent.stt) ? foldWhitespace(parent.stt) : own;
  // The parent's own qualifier ("(giá so sánh 2010)") is not what tells its parts apart: it goes first.
  const parentName = foldWhitespace(parent.name).replace(/^(.+?)\s*\([^()]*\)$/u, "$1");
  return { stt: printsNoNumber(stt) ? "" : stt, name: `${shorten(parentName, PARENT_LIMIT)}: ${foldWhitespace(indicator.name)}` };
}

/** "1. Giá trị sản xuất: Thương mại - dịch vụ (tỷ đồng)", "(3) Sản lượng lương thực (tấn)": a heading on one line, the name cut at `length`. */
export function headingLine(heading: { stt: string; name: string }, unit: string | null = null, length = 70): string {
  const stt = heading.stt.trim();
  // "3." and "a)" already end as numbers are printed; "(3)" is followed by a space alone.
  const lead = printsNoNumber(stt) ? "" : /[.)]$/u.test(stt) ? `${stt} ` : `${stt}. `;
  return `${lead}${shorten(heading.name, length)}${unit ? ` (${unit})` : ""}`;
}
