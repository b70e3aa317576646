/**
 * The widths row heights are measured with are Times New Roman's: checked here against Liberation
 * Serif (metric-compatible with it, Debian's fonts-liberation) as Chromium lays it out.
 */
import { chromium } from "playwright-core";
import { textWidthPoints } from "../../../src/core/annex/textWidth";
import { CHROMIUM, CHROMIUM_ARGS } from "../../e2e/chromium";
import { requireTools } from "../../support/tools";

const withChromium = requireTools("chromium", "font:Liberation Serif");

const SAMPLES = [
  "Văn phòng UBND-HĐND huyện",
  "Phòng Tài chính - Kế hoạch",
  "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
  "THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN (tỷ đồng)",
  "Kế hoạch năm 2024 (HĐND giao)",
  "≥ 95%; 1.234,5; «không tổng hợp»",
];

test("a Vietnamese letter is as wide as its base letter; bold is wider; unknown signs count wide", () => {
  expect(textWidthPoints("Đệ", 12)).toBeCloseTo(textWidthPoints("De", 12), 9);
  expect(textWidthPoints("m", 10, true)).toBeGreaterThan(textWidthPoints("m", 10));
  expect(textWidthPoints("", 12)).toBe(0);
  expect(textWidthPoints("≥«", 10)).toBeCloseTo(2 * textWidthPoints("m", 10), 9);
});

withChromium(
  "every printable ASCII character, and Vietnamese texts, measure as Liberation Serif does in Chromium",
  async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const texts = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...SAMPLES];
      const measured = await page.evaluate((all: string[]) => {
        const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
        return ["normal", "bold"].map((weight) => {
          context.font = `${weight} 1000px "Liberation Serif"`;
          return all.map((text) => context.measureText(text).width);
        });
      }, texts);
      [false, true].forEach((bold, w) => {
        texts.forEach((text, i) => {
          const browserWidth = measured[w]?.[i] as number;
          const ours = textWidthPoints(text, 1000, bold);
          if (text.length === 1) {
            // Each character within a thousandth of an em.
            expect({ text, bold, width: ours }).toEqual({ text, bold, width: expect.closeTo(browserWidth, -0.3) });
          } else if (/^[\p{L}\p{N}\s().,;:%-]*$/u.test(text)) {
            // Vietnamese text within 1 %.
            expect({ text, bold, ratio: ours / browserWidth }).toEqual({ text, bold, ratio: expect.closeTo(1, 1.7) });
          } else {
            // Signs we do not list count wide: more room, never less.
            expect(ours).toBeGreaterThan(browserWidth);
          }
        });
      });
    } finally {
      await browser.close();
    }
  },
  60_000,
);
