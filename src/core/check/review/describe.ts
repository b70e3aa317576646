import type { Indicator, Placed, Section } from "../../model";
import { foldWhitespace, shorten } from "../../vn";

/** Long names are cut so a finding stays one readable line. */
const NAME_LIMIT = 90;

/** «Tỷ lệ hộ nghèo», as the document prints it (whitespace folded, long names cut). */
export function quoted(text: string): string {
  const folded = foldWhitespace(text);
  return `«${shorten(folded, NAME_LIMIT)}»`;
}

/** mục B «XÃ HỘI», or mục «Về kinh tế» when the document prints no label. */
export function sectionLabel(section: Section): string {
  return section.code === null ? `mục ${quoted(section.title)}` : `mục ${section.code} ${quoted(section.title)}`;
}

/** "STT 4", or null when the row prints no number of its own. */
export function sttOf(indicator: Indicator): string | null {
  const stt = indicator.stt.trim();
  return stt !== "" && stt !== "-" ? `STT ${stt}` : null;
}

/** Where a row is: "STT 4, mục B «XÃ HỘI»", or "thành phần của STT 4 «Tổng số hộ», mục ..." for a part. */
export function whereLabel(item: Placed): string {
  const own = item.parent !== null ? `thành phần của ${rowName(item.parent)}` : sttOf(item.indicator);
  return [own, sectionLabel(item.section)].filter((x): x is string => x !== null).join(", ");
}

/** «Tỷ lệ hộ nghèo» (STT 16, mục B «XÃ HỘI»): how a finding names its own row. */
export function rowLabel(item: Placed): string {
  return `${quoted(item.indicator.name)} (${whereLabel(item)})`;
}

/** STT 9 «Số xã ...» (or the name alone for a row without a number): how a finding names another row. */
export function rowName(indicator: Indicator): string {
  const stt = sttOf(indicator);
  return stt === null ? quoted(indicator.name) : `${stt} ${quoted(indicator.name)}`;
}
