import { foldWhitespace, shorten } from "../vn/text";
import type { Indicator, Plan } from "./schema";
import { placedIndicators, type Placed } from "./walk";

/**
 * How every message names an indicator: by the STT the officer sees in the document and its name,
 * never by the model's internal code. A part without its own number is named with its parent's.
 */
const NAME_LIMIT = 80;

const named = (indicator: Indicator) => `«${shorten(foldWhitespace(indicator.name), NAME_LIMIT)}»`;
const numbered = (indicator: Indicator) => {
  const stt = indicator.stt.trim();
  return stt !== "" && stt !== "-" ? `STT ${stt} ` : "";
};

/** "STT (3) «Sản lượng lương thực có hạt»", or "«thóc» (thuộc STT (3) «Sản lượng lương thực có hạt»)". */
export function indicatorLabel(item: Pick<Placed, "indicator" | "parent">): string {
  const own = `${numbered(item.indicator)}${named(item.indicator)}`;
  if (item.parent === null || numbered(item.indicator) !== "") return own;
  return `${own} (thuộc ${numbered(item.parent)}${named(item.parent)})`;
}

/** The label of the indicator with this code in the plan; the code itself only if the plan has no such row. */
export function labelOfCode(plan: Plan, code: string): string {
  const item = placedIndicators(plan).find((p) => p.indicator.code === code);
  return item === undefined ? `chỉ tiêu không có trong kế hoạch (${code})` : indicatorLabel(item);
}

/** A list of labels for a message: the first few, then how many more. */
export function labelList(labels: readonly string[], limit = 5): string {
  const shown = labels.slice(0, limit).join("; ");
  return labels.length > limit ? `${shown}; và ${labels.length - limit} chỉ tiêu khác` : shown;
}
