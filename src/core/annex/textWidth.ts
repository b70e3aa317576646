/**
 * How wide text prints, for row heights: advance widths of Times New Roman (the font of every
 * annex style; metric-compatible with Adobe's Times), in thousandths of the font size, for the
 * printable ASCII characters from " " to "~". A Vietnamese letter is as wide as its base letter
 * ("ệ" as "e", "Đ" as "D"); anything else counts as a wide letter, so text is never under-measured.
 */
const FIRST = 32;
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
  930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
  333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const OTHER = 778;

/** Each character's base letter is found once (normalising is slow; texts repeat few letters). */
const BASE_CODE = new Map<string, number>();

function advance(char: string, table: readonly number[]): number {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code >= FIRST && code < 127) return table[code - FIRST] ?? OTHER;
  let base = BASE_CODE.get(char);
  if (base === undefined) {
    base = (char === "đ" ? "d" : char === "Đ" ? "D" : (char.normalize("NFD")[0] ?? char)).charCodeAt(0);
    BASE_CODE.set(char, base);
  }
  return table[base - FIRST] ?? OTHER;
}

/** Printed width of `text` in points at `size` points. */
export function textWidthPoints(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text) thousandths += advance(char, table);
  return (thousandths * size) / 1000;
}
