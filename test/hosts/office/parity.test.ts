/**
 * Parity: the Office host writes into Excel the same cell grid the .xlsx host writes into a file,
 * for the same description: values, formulas, number formats and merges, sheet by sheet.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME, MODEL_SHEET_NAME, type AnnexEntry } from "../../../src/core/annex";
import { gridCell } from "../../../src/core/annex/grid";
import { loadPlan, placedIndicators } from "../../../src/core/model";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { OfficeDouble } from "../../support/officeDouble";
import { SEED_IDS, seedPlan, seedPlanText } from "../../support/seeds";
import { CODES, EXTRA, HYPERLINK_TEXT, MAIN, SPACED_TEXT, sampleWorkbook } from "../xlsx/sample";
import { gridDifferences, hostOn, renderInto, sheetOf } from "./helpers";

describe.each(SEED_IDS)("%s", (id) => {
  test("generated into Excel, the grid equals the .xlsx host's", async () => {
    const plan = seedPlan(id);
    const options = annexOptions();
    const file = await readWorkbookGrid(await renderWorkbook(annexLayout({ plan, options }).workbook));
    const { double, host } = hostOn("1.12");
    await host.generate(plan, options, "update");
    const live = double.grid();
    for (const name of [ANNEX_SHEET_NAME, MODEL_SHEET_NAME]) {
      expect(gridDifferences(sheetOf(file, name), sheetOf(live, name))).toEqual([]);
    }
  });
});

/** Entries an officer might have typed, carried over on regeneration: all of them look like something else to Excel. */
const TRICKY: AnnexEntry["actual"]["value"][] = ["=1+1", "(1)", "1/2", "TRUE", "+84 912", "-", "@tên", "'đã trích", "97,5%", 0.975, 12, true, "  "];

test("a filled annex (entries carried over) keeps every entry as it was, under ExcelApi 1.7 as well", async () => {
  const plan = seedPlan("tien-lu-2024");
  const options = annexOptions();
  const entries = new Map<string, AnnexEntry>(
    placedIndicators(plan).map((p, i) => [
      p.indicator.code,
      { actual: { value: TRICKY[i % TRICKY.length] ?? null, numFmt: i % TRICKY.length === 9 ? "0.0%" : null }, note: i % 4 === 0 ? `=ghi chú ${i}` : null },
    ]),
  );
  const workbook = annexLayout({ plan, options, entries }).workbook;
  const file = await readWorkbookGrid(await renderWorkbook(workbook));
  for (const version of ["1.7", "1.12"]) {
    const double = new OfficeDouble({ version, sheets: [] });
    await renderInto(double, workbook);
    for (const name of [ANNEX_SHEET_NAME, MODEL_SHEET_NAME]) {
      expect({ version, differences: gridDifferences(sheetOf(file, name), sheetOf(double.grid(), name)) }).toEqual({ version, differences: [] });
    }
  }
});

test("the contract's sample workbook (every field of sheet.ts) renders to the same grid", async () => {
  const workbook = sampleWorkbook();
  const file = await readWorkbookGrid(await renderWorkbook(workbook));
  const double = new OfficeDouble({ version: "1.12", sheets: [] });
  await renderInto(double, workbook);
  const live = double.grid();
  for (const name of [MAIN, CODES]) expect(gridDifferences(sheetOf(file, name), sheetOf(live, name))).toEqual([]);
  const main = sheetOf(live, MAIN);
  expect(gridCell(main, EXTRA.hyperlink, 2)).toEqual({ value: HYPERLINK_TEXT, numFmt: "@" });
  expect(gridCell(main, EXTRA.spaces, 2)).toEqual({ value: SPACED_TEXT });
});

describe("text safety", () => {
  test('an indicator named "=HYPERLINK(...)" stays text, not a formula', async () => {
    const input = JSON.parse(seedPlanText("duc-thanh-2024")) as { sections: { indicators: { name: string }[] }[] };
    const first = input.sections[0]?.indicators[0];
    if (!first) throw new Error("kế hoạch mẫu không có chỉ tiêu");
    first.name = '=HYPERLINK("http://example.com/ke-hoach","Xem văn bản")';
    const loaded = loadPlan(JSON.stringify(input));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("; "));
    const { double, host } = hostOn("1.7");
    await host.generate(loaded.plan, annexOptions(), "update");
    const layout = annexLayout({ plan: loaded.plan, options: annexOptions() });
    const row = layout.rowOf.get(placedIndicators(loaded.plan)[0]?.indicator.code ?? "") ?? 0;
    const cell = gridCell(sheetOf(double.grid(), ANNEX_SHEET_NAME), row, layout.columns.name);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(first.name);
  });

  test("the double parses unprefixed text the way Excel does (so the prefix is what keeps it text)", async () => {
    const double = new OfficeDouble({ version: "1.7" });
    await double.runner.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").formulas = [["=1+1", "(1)", "TRUE", "'(1)", "'=1+1", "1/2"]];
      await context.sync();
    });
    const [row] = double.grid().sheets[0]?.rows ?? [];
    expect(row?.map((c) => c.formula ?? c.value)).toEqual(["1+1", -1, true, "(1)", "=1+1", 45293]);
  });
});
