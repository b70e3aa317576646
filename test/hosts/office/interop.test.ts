/**
 * A workbook made by the CLI (.xlsx host) opens in the add-in, and one made by the add-in opens in
 * the CLI: both keep the plan in the same very hidden model sheet and read entries by code.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME, MODEL_SHEET_NAME, type AnnexEntry } from "../../../src/core/annex";
import type { GridWorkbook } from "../../../src/core/annex/grid";
import { cellRef, type Cell, type Sheet, type Style, type Workbook } from "../../../src/core/annex/sheet";
import { placedIndicators } from "../../../src/core/model";
import { annexBytes, readAnnexBytes } from "../../../src/hosts/xlsx/annexFile";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { OfficeDouble } from "../../support/officeDouble";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { gridDifferences, hostFor, hostOn, sheetOf } from "./helpers";

/** The double's workbook written out as a file: its cells, number formats, merges and visibility. */
async function writtenOut(grid: GridWorkbook): Promise<Uint8Array> {
  const styles: Record<string, Style> = {};
  const sheets: Sheet[] = grid.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility === "veryHidden" ? "veryHidden" : "visible",
    columns: [],
    rows: sheet.rows.map((row) => ({
      cells: row.map((cell): Cell => {
        const style = cell.numFmt === undefined ? undefined : `fmt${Object.keys(styles).length}`;
        if (style !== undefined && cell.numFmt !== undefined) styles[style] = { numFmt: cell.numFmt };
        const content: Cell = cell.formula !== undefined ? { formula: cell.formula, result: null } : { value: cell.value };
        return style === undefined ? content : { ...content, style };
      }),
    })),
    merges: sheet.merges,
    validations: [],
    conditionalFormats: [],
  }));
  const workbook: Workbook = { sheets, activeSheet: ANNEX_SHEET_NAME, styles, definedNames: [], properties: { title: "", creator: "" } };
  return renderWorkbook(workbook);
}

describe.each(SEED_IDS)("%s", (id) => {
  test("a filled annex from the CLI is read by the add-in, entries by code", async () => {
    const plan = seedPlan(id);
    const options = annexOptions();
    const codes = placedIndicators(plan).map((p) => p.indicator.code);
    const entries = new Map<string, AnnexEntry>(codes.filter((_, i) => i % 3 === 0).map((code, i) => [code, { actual: { value: i % 2 === 0 ? 10 + i : "Đạt" }, note: `ghi chú ${code}` }]));
    const file = await readWorkbookGrid(await annexBytes(plan, options, entries));
    // The file defines the annex's names, as every annex the CLI writes does.
    const double = OfficeDouble.fromGrid(file, "1.7", annexLayout({ plan, options }).workbook.definedNames);
    const host = hostFor(double);

    const reading = await host.readAnnex();
    expect(double.syncs).toBe(1);
    if (!reading?.ok) throw new Error(reading ? reading.error : "không có phụ lục");
    expect(reading.plan).toEqual(plan);
    for (const [code, entry] of entries) {
      expect(reading.entries.get(code)).toMatchObject({ actual: { value: entry.actual.value }, note: entry.note });
    }

    // Regenerating it in Excel keeps them.
    const outcome = await host.generate(plan, options, "update");
    expect(outcome.notes[0]).toContain(`Đã giữ ${entries.size} ô`);
  });
});

test("an annex made and filled in Excel is read by the CLI, and its model sheet is the CLI's, cell for cell", async () => {
  const plan = seedPlan("tien-lu-2024");
  const options = annexOptions({ locality: "Xã Đức Thắng" });
  const { double, host } = hostOn("1.12");
  await host.generate(plan, options, "update");
  const layout = annexLayout({ plan, options });
  const codes = placedIndicators(plan).map((p) => p.indicator.code);
  await double.simulateEdit(ANNEX_SHEET_NAME, cellRef(layout.rowOf.get(codes[1] as string) ?? 0, layout.columns.actual), [[41.5]]);
  await double.simulateEdit(ANNEX_SHEET_NAME, cellRef(layout.rowOf.get(codes[2] as string) ?? 0, layout.columns.note), [["số ước tính"]]);

  const cli = await readWorkbookGrid(await annexBytes(plan, options));
  expect(gridDifferences(sheetOf(cli, MODEL_SHEET_NAME), sheetOf(double.grid(), MODEL_SHEET_NAME))).toEqual([]);

  const reading = await readAnnexBytes(await writtenOut(double.grid()));
  if (!reading.ok) throw new Error(reading.error);
  expect(reading.plan).toEqual(plan);
  expect(reading.options).toEqual(options);
  expect(reading.entries.get(codes[1] as string)?.actual.value).toBe(41.5);
  expect(reading.entries.get(codes[2] as string)?.note).toBe("số ước tính");
});
