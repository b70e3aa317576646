/**
 * "Tạo phụ lục" is all or nothing, and "thêm trang mới" is followed everywhere: a failure at any
 * request of a generation leaves the workbook readable as it was and the next generation
 * succeeds, with the same grid as the .xlsx host's; after a new sheet is added, reading,
 * selecting and live checking all go to it.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME, MODEL_SHEET_NAME, type AnnexEntry } from "../../../src/core/annex";
import { cellRef } from "../../../src/core/annex/sheet";
import { placedIndicators, type Plan } from "../../../src/core/model";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import type { ActualChange } from "../../../src/hosts/annexHost";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { gridDifferences, hostOn, sheetOf } from "./helpers";

jest.setTimeout(120_000);

const NEW_SHEET = `${ANNEX_SHEET_NAME} 2`;

/** A request bound small enough that a seed's annex takes several write requests, as a 2,000-indicator one does at 4 MB. */
const SMALL_REQUESTS = { requestLimit: 40_000 };

/** The .xlsx host's grid of the same description: what the live workbook must equal. */
async function fileGrid(plan: Plan, sheetName: string, entries?: Map<string, AnnexEntry>) {
  return readWorkbookGrid(await renderWorkbook(annexLayout({ plan, options: annexOptions(), sheetName, ...(entries ? { entries } : {}) }).workbook));
}

/** An annex generated and filled in a few cells, as an officer leaves it. */
async function filledWorkbook(plan: Plan) {
  const { double, host } = hostOn("1.12", SMALL_REQUESTS);
  await host.generate(plan, annexOptions(), "update");
  const layout = annexLayout({ plan, options: annexOptions() });
  const codes = placedIndicators(plan).map((p) => p.indicator.code);
  const typed = new Map<string, number>();
  for (const code of codes.filter((_, i) => i % 4 === 1)) {
    typed.set(code, typed.size + 11);
    await double.simulateEdit(ANNEX_SHEET_NAME, cellRef(layout.rowOf.get(code) ?? 0, layout.columns.actual), [[typed.get(code) ?? 0]]);
  }
  return { double, host, typed };
}

describe.each(SEED_IDS)("%s", (id) => {
  test("a failure at each request of an update leaves the workbook as it was, readable, and the next update succeeds", async () => {
    const plan = seedPlan(id);
    // How many requests an update takes here.
    const probe = await filledWorkbook(plan);
    const start = probe.double.requests;
    await probe.host.generate(plan, annexOptions(), "update");
    const requests = probe.double.requests - start;
    expect(requests).toBeGreaterThanOrEqual(3);

    for (let failing = 1; failing <= requests; failing++) {
      const { double, host, typed } = await filledWorkbook(plan);
      const before = double.grid();
      double.failRequest(double.requests + failing);
      await expect(host.generate(plan, annexOptions(), "update")).rejects.toThrow();
      // Readable as before: the same annex, the same entries, the visible sheets unchanged.
      const reading = await host.readAnnex();
      if (!reading?.ok) throw new Error(`lần ${failing}: ${reading ? reading.error : "không đọc được phụ lục"}`);
      expect(reading.sheetName).toBe(ANNEX_SHEET_NAME);
      for (const [code, value] of typed) expect(reading.entries.get(code)?.actual.value).toBe(value);
      const visible = (grid: typeof before) => grid.sheets.filter((s) => s.visibility !== "hidden").map((s) => s.name);
      expect(visible(double.grid())).toEqual(visible(before));
      for (const name of [ANNEX_SHEET_NAME, MODEL_SHEET_NAME]) {
        expect(gridDifferences(sheetOf(before, name), sheetOf(double.grid(), name))).toEqual([]);
      }

      // The next generation succeeds and equals the .xlsx host's grid, entries carried over.
      const outcome = await host.generate(plan, annexOptions(), "update");
      expect(outcome.notes[0]).toContain(`Đã giữ ${typed.size} ô`);
      const entries = new Map<string, AnnexEntry>([...typed].map(([code, value]) => [code, { actual: { value }, note: null }]));
      const file = await fileGrid(plan, ANNEX_SHEET_NAME, entries);
      const live = double.grid();
      for (const name of [ANNEX_SHEET_NAME, MODEL_SHEET_NAME]) expect(gridDifferences(sheetOf(file, name), sheetOf(live, name))).toEqual([]);
      // The previous annex kept once, no staging sheet left behind.
      expect(live.sheets.map((s) => s.name)).toEqual(["Sheet1", ANNEX_SHEET_NAME, `${ANNEX_SHEET_NAME} (bản trước)`, MODEL_SHEET_NAME]);
    }
  });

  test("after \"thêm trang mới\" the grid equals the .xlsx host's, and reading, selecting and live checking go to the new sheet", async () => {
    const plan = seedPlan(id);
    const { double, host } = await filledWorkbook(plan);
    const received: ActualChange[][] = [];
    await host.onActualsChanged?.((changes) => received.push(changes));
    const outcome = await host.generate(plan, annexOptions(), "new-sheet");
    expect(outcome.sheetName).toBe(NEW_SHEET);

    const file = await fileGrid(plan, NEW_SHEET);
    for (const name of [NEW_SHEET, MODEL_SHEET_NAME]) expect(gridDifferences(sheetOf(file, name), sheetOf(double.grid(), name))).toEqual([]);

    const syncs = double.syncs;
    const reading = await host.readAnnex();
    expect(double.syncs - syncs).toBe(1);
    expect(reading?.ok && reading.sheetName).toBe(NEW_SHEET);

    const code = placedIndicators(plan)[0]?.indicator.code as string;
    await host.select(code);
    const layout = annexLayout({ plan, options: annexOptions(), sheetName: NEW_SHEET });
    const selection = double.book.selection;
    expect(double.book.sheets.find((s) => s.id === selection?.sheetId)?.name).toBe(NEW_SHEET);
    expect(selection?.area.top).toBe(layout.rowOf.get(code));

    // Typing in the new sheet is checked; typing in the old one is not.
    const at = cellRef(layout.rowOf.get(code) ?? 0, layout.columns.actual);
    await double.simulateEdit(ANNEX_SHEET_NAME, at, [[1]]);
    expect(received).toEqual([]);
    await double.simulateEdit(NEW_SHEET, at, [[2]]);
    expect(received).toEqual([[{ code, row: layout.rowOf.get(code), cell: { value: 2, numFmt: "@" } }]]);
  });
});

test("a failure at each request of a first generation leaves no annex and no visible sheet behind; the next one succeeds", async () => {
  const plan = seedPlan("duc-thanh-2024");
  const probe = hostOn("1.12", SMALL_REQUESTS);
  await probe.host.generate(plan, annexOptions(), "update");
  const requests = probe.double.requests;
  expect(requests).toBeGreaterThanOrEqual(3);
  for (let failing = 1; failing <= requests; failing++) {
    const { double, host } = hostOn("1.12", SMALL_REQUESTS);
    double.failRequest(failing);
    await expect(host.generate(plan, annexOptions(), "update")).rejects.toThrow();
    expect(await host.readAnnex()).toBeNull();
    expect(double.grid().sheets.filter((s) => s.visibility === "visible").map((s) => s.name)).toEqual(["Sheet1"]);
    await host.generate(plan, annexOptions(), "update");
    const file = await fileGrid(plan, ANNEX_SHEET_NAME);
    for (const name of [ANNEX_SHEET_NAME, MODEL_SHEET_NAME]) expect(gridDifferences(sheetOf(file, name), sheetOf(double.grid(), name))).toEqual([]);
  }
});
