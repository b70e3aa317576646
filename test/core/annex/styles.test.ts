import { annexLayout, annexOptions } from "../../../src/core/annex";
import { landscapePage, MIN_LEGIBLE_SCALE, printedWidthMm, widePage } from "../../../src/core/annex/styles";
import { SEED_IDS, seedPlan } from "../../support/seeds";

const PRINTABLE_MM = 297 - 30 - 15;

test("a column's printed width: 7 pixels a character plus 5 of padding, at 96 dpi; hidden columns take none", () => {
  expect(printedWidthMm([{ width: 10 }])).toBeCloseTo((75 * 25.4) / 96, 6);
  expect(printedWidthMm([{ width: 10 }, { width: 40, hidden: true }, { width: 0 }])).toBeCloseTo((80 * 25.4) / 96, 6);
});

describe("widePage", () => {
  const rows = { from: 5, to: 6 };
  const labels = { from: 1, to: 3 };

  test("while the table fits one page wide at a legible scale, it is shrunk to one page wide", () => {
    const page = widePage([{ width: 6 }, { width: 36 }, { width: 60 }], rows, labels);
    expect(page).toEqual({ ...landscapePage(rows), fitToWidth: 1 });
  });

  test("wider, it prints at full size page after page, each page repeating the row labels", () => {
    const columns = Array.from({ length: 12 }, () => ({ width: 12 }));
    // 12 columns of 12 characters: 89 px each, 282 mm in all; 252 mm printable is 0.89 of it.
    expect(widePage(columns, rows, labels)).toMatchObject({ fitToWidth: 1 });
    const wider = Array.from({ length: 21 }, () => ({ width: 12 }));
    expect(PRINTABLE_MM / printedWidthMm(wider)).toBeLessThan(MIN_LEGIBLE_SCALE);
    const page = widePage(wider, rows, labels);
    expect(page.fitToWidth).toBeUndefined();
    expect(page).toMatchObject({ printTitleRows: rows, printTitleColumns: labels, orientation: "landscape" });
  });
});

test.each(SEED_IDS)("the annex of %s prints one page wide at a legible scale", (id) => {
  const { workbook } = annexLayout({ plan: seedPlan(id), options: annexOptions() });
  const sheet = workbook.sheets.find((s) => s.visibility === "visible");
  const scale = (sheet?.page?.scale ?? 0) / 100;
  expect(scale).toBeGreaterThanOrEqual(0.75);
  // At its scale the table is no wider than the page, with LibreOffice's wider character (7.4 px, not 7).
  expect(printedWidthMm(sheet?.columns ?? []) * (7.4 / 7) * scale).toBeLessThanOrEqual(PRINTABLE_MM);
});
