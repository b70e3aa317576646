import { fitRowHeights, measureText } from "../../../src/core/annex/rowHeights";
import type { Sheet, Style } from "../../../src/core/annex/sheet";
import { ANNEX_STYLES } from "../../../src/core/annex/styles";
import { textWidthPoints } from "../../../src/core/annex/textWidth";

/** Lines of 12-point text: 12 × 1.32 points each, plus 2 of padding, rounded up. */
const lines = (n: number) => Math.ceil(n * 12 * 1.32 + 2);
const ONE = lines(1);
const TWO = lines(2);

function sheetOf(columns: number[], rows: { text: string; style?: string; column?: number; height?: number }[], merges: string[] = []): Sheet {
  return {
    name: "Thử",
    visibility: "visible",
    columns: columns.map((width) => ({ width })),
    rows: rows.map(({ text, style = "text", column = 1, height }) => {
      const cells = Array.from({ length: column }, (_, i) => (i === column - 1 ? { value: text, style } : null));
      return height === undefined ? { cells } : { cells, height };
    }),
    merges,
    validations: [],
    conditionalFormats: [],
  };
}

function heights(sheet: Sheet, styles: Record<string, Style> = ANNEX_STYLES): (number | undefined)[] {
  fitRowHeights(sheet, styles);
  return sheet.rows.map((row) => row.height);
}

test("letters are measured by their width: capitals take more room than small letters of the same count", () => {
  // The annex's agency column (26): 25 characters each; small letters fit one line, capitals do not.
  expect(heights(sheetOf([26], [{ text: "phòng giáo dục và đào tạo" }, { text: "Văn phòng UBND-HĐND huyện" }, { text: "Phòng Tài chính - KH" }]))).toEqual([ONE, TWO, ONE]);
});

test("a long name in the annex's name column (46) stays on one line when it fits, and takes two when it does not", () => {
  expect(heights(sheetOf([46], [{ text: "Giá trị thu nhập bình quân trên 1ha đất canh tác" }]))).toEqual([ONE]);
  expect(heights(sheetOf([46], [{ text: "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)" }]))).toEqual([TWO]);
});

test("indent takes room; a merged cell has the width of its columns; a height already set is kept; unwrapped text is left alone", () => {
  const text = "Thương mại và dịch vụ tăng";
  expect(heights(sheetOf([28], [{ text, style: "name" }, { text, style: "subPart" }]))).toEqual([ONE, TWO]);
  expect(heights(sheetOf([15, 15], [{ text }], ["A1:B1"]))).toEqual([ONE]);
  expect(heights(sheetOf([15, 15], [{ text }]))).toEqual([TWO]);
  expect(heights(sheetOf([10], [{ text, height: 50 }]))).toEqual([50]);
  expect(heights(sheetOf([10], [{ text, style: "plain" }]), { plain: { font: { size: 12 } } })).toEqual([undefined]);
});

test("a word longer than the line is broken where it runs out; explicit line breaks count", () => {
  // 111 points of capitals in a column of 31.5: four lines.
  expect(heights(sheetOf([6], [{ text: "UBND-HĐND-HĐND" }]))).toEqual([lines(4)]);
  expect(heights(sheetOf([40], [{ text: "Dòng một\nDòng hai" }]))).toEqual([TWO]);
});

test("a text is measured as its paragraphs (split at line breaks) of words (split at any whitespace)", () => {
  const pieces = ["Tỷ lệ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "\u0085", "\u2028", "UBND-HĐND", "x", ""];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
  for (let i = 0; i < 2000; i++) {
    const text = Array.from({ length: 1 + (i % 8) }, () => pieces[next()]).join("");
    const words = text.split("\n").map((p) => p.split(/\s+/).filter((w) => w !== "").map((w) => textWidthPoints(w, 12, false) * 1.04));
    const measured = measureText(text, 12, false);
    expect(measured.paragraphs).toEqual(words);
    const lines = words.map((p) => p.reduce((sum, w, k) => sum + (k === 0 ? w : measured.space + w), 0));
    expect(measured.longest).toBeCloseTo(Math.max(0, ...lines), 9);
  }
});
