import { quotedName, rowName, sttOf, type Placed, type Section } from "../../model";

/** Rows are named in one place (model/naming.ts); the review's words for them, re-exported. */
export { rowName, sttOf };

/** «Tỷ lệ hộ nghèo», as the document prints it (whitespace folded, long names cut). */
export const quoted = quotedName;

/** mục B «XÃ HỘI», or mục «Về kinh tế» when the document prints no label. */
export function sectionLabel(section: Section): string {
  return section.code === null ? `mục ${quoted(section.title)}` : `mục ${section.code} ${quoted(section.title)}`;
}

/** Where a row is: "STT 4, mục B «XÃ HỘI»", or "thành phần của STT 4 «Tổng số hộ», mục ..." for a part. */
export function whereLabel(item: Placed): string {
  const own = item.parent !== null ? `thành phần của ${rowName(item.parent)}` : sttOf(item.indicator);
  return [own, sectionLabel(item.section)].filter((x): x is string => x !== null).join(", ");
}

/** «Tỷ lệ hộ nghèo» (STT 16, mục B «XÃ HỘI»): how a finding names its own row. */
export function rowLabel(item: Placed): string {
  // Joined into one flat string, not a chain of pieces: an annex keeps one for each of its rows.
  return [quoted(item.indicator.name), " (", whereLabel(item), ")"].join("");
}
