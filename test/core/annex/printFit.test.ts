import { annexLayout, annexOptions, ANNEX_SHEET_NAME, EXCEL_LIMITS } from "../../../src/core/annex";
import { seedPlan } from "../../support/seeds";

describe("fitting the annex to the page", () => {
  test("one very long word (a pasted run of digits in a unit) never makes a column wider than Excel allows", () => {
    const plan = seedPlan("duc-thanh-2024");
    const first = plan.sections[0]?.indicators[0];
    if (first === undefined) throw new Error("Đức Thạnh has no first indicator");
    first.unit = `x${"1".repeat(400)}`;
    const layout = annexLayout({ plan, options: annexOptions({}) });
    const sheet = layout.workbook.sheets.find((s) => s.name === ANNEX_SHEET_NAME);
    expect(sheet).toBeDefined();
    const widths = (sheet?.columns ?? []).map((c) => c.width);
    expect(Math.max(...widths)).toBeLessThanOrEqual(EXCEL_LIMITS.columnWidth);
    // The other columns keep room: the unit column does not take the whole page.
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
  });
});
