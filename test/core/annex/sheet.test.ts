import { annexLayout, annexOptions, cellFormula, hasFormula, ROW_MARK } from "../../../src/core/annex";
import { seedPlan } from "../../support/seeds";

describe("a cell's formula", () => {
  test("a pattern's formula is its text with the row put in every mark; a formula's is its own", () => {
    const pattern = `IF(G${ROW_MARK}="","",G${ROW_MARK}/$C$3*100)`;
    expect(cellFormula({ pattern }, 7)).toBe('IF(G7="","",G7/$C$3*100)');
    expect(cellFormula({ pattern }, 100_000)).toBe('IF(G100000="","",G100000/$C$3*100)');
    expect(cellFormula({ formula: "SUM(A1:A2)" }, 9)).toBe("SUM(A1:A2)");
    expect(cellFormula({ value: "=1+1" }, 1)).toBeUndefined();
    expect(cellFormula(null, 1)).toBeUndefined();
    expect([{ pattern }, { formula: "1" }, { value: "x" }, { value: null }, null].map(hasFormula)).toEqual([true, true, false, false, false]);
  });

  test("the annex's row formulas are held as patterns only, each text once for the whole sheet", () => {
    const { workbook } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions({ lastYear: true }) });
    const sheet = workbook.sheets[0];
    if (!sheet) throw new Error("no annex sheet");
    const patterns = new Set<string>();
    let cells = 0;
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        if (!hasFormula(cell)) continue;
        cells++;
        expect(cell.formula).toBeUndefined();
        patterns.add(cell.pattern as string);
      }
    }
    expect(cells).toBeGreaterThan(patterns.size * 2);
  });
});
