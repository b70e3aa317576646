/**
 * The round-trip budget and the requirement sets: a 2,000-indicator annex in at most 3 syncs, each
 * request under Excel on the web's 5 MB; nothing above ExcelApi 1.7 called when Excel has only
 * that, with the pane told what was left out.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME } from "../../../src/core/annex";
import { placedIndicators, type Plan } from "../../../src/core/model";
import { FEATURES } from "../../../src/hosts/office/apiSupport";
import { createExcelHost } from "../../../src/hosts/office/excelHost";
import { compareVersions, OfficeDouble } from "../../support/officeDouble";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { syntheticPlan } from "../../support/syntheticPlan";
import { gridDifferences, hostOn, sheetOf } from "./helpers";

// Microsoft's client and the fake Excel behind it take seconds on a 2,000-indicator annex.
jest.setTimeout(60_000);

const FIVE_MB = 5 * 1024 * 1024;
let big: Plan;
beforeAll(() => {
  big = syntheticPlan({ indicators: 2_000 });
});

describe("a 2,000-indicator plan", () => {
  test.each(["1.7", "1.9", "1.12"])("under ExcelApi %s: at most 3 syncs, every request under 5 MB", async (version) => {
    expect(placedIndicators(big)).toHaveLength(2_000);
    const { double, host } = hostOn(version);
    await host.generate(big, annexOptions(), "update");
    expect(double.syncs).toBeLessThanOrEqual(3);
    for (const sync of double.syncRecords) {
      expect(sync.requestBytes).toBeLessThan(FIVE_MB);
      expect(sync.responseBytes).toBeLessThan(FIVE_MB);
    }
    // Values went in as whole-sheet arrays, never cell by cell; Office.js itself sends an array of
    // more than 1,500 cells as blocks of rows (about 15 blocks per array of a 2,000-row sheet).
    const writes = double.operations.filter((op) => op.api === "Range.formulas" || op.api === "Range.values");
    expect(writes.length).toBeLessThanOrEqual(2 * 16);
  });

  test("with live checking on, still at most 3 syncs", async () => {
    const { double, host } = hostOn("1.12");
    await host.onActualsChanged?.(() => undefined);
    const before = double.syncs;
    await host.generate(big, annexOptions(), "update");
    expect(double.syncs - before).toBeLessThanOrEqual(3);
  });

  test("reading it back is one sync", async () => {
    const { double, host } = hostOn("1.12");
    await host.generate(big, annexOptions(), "update");
    const before = double.syncs;
    const reading = await host.readAnnex();
    expect(double.syncs - before).toBe(1);
    expect(reading?.ok && reading.entries.size).toBe(2_000);
    expect(double.syncRecords[double.syncRecords.length - 1]?.responseBytes).toBeLessThan(FIVE_MB);
  });

  test("the write is split into row chunks only when a request would pass the bound, and the grid is the same", async () => {
    const whole = hostOn("1.12");
    await whole.host.generate(big, annexOptions(), "update");
    const chunked = hostOn("1.12", { requestLimit: 600_000 });
    await chunked.host.generate(big, annexOptions(), "update");
    expect(chunked.double.syncs).toBeGreaterThan(whole.double.syncs);
    expect(chunked.double.operations.filter((op) => op.api === "Range.formulas").length).toBeGreaterThan(2);
    for (const sync of chunked.double.syncRecords) expect(sync.requestBytes).toBeLessThan(700_000);
    expect(gridDifferences(sheetOf(whole.double.grid(), ANNEX_SHEET_NAME), sheetOf(chunked.double.grid(), ANNEX_SHEET_NAME))).toEqual([]);
  });
});

describe("a seed plan", () => {
  test("is generated in 2 syncs: one to read what exists, one to write", async () => {
    const { double, host } = hostOn("1.12");
    await host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update");
    expect(double.syncs).toBe(2);
  });
});

describe("requirement sets", () => {
  test("under ExcelApi 1.7 nothing above 1.7 is called, and the skipped features are listed", async () => {
    const { double, host } = hostOn("1.7");
    const outcome = await host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update");
    expect(double.operationsAbove("1.7")).toEqual([]);
    expect(outcome.skipped).toEqual([FEATURES.dataValidation.label, FEATURES.gridlines.label, FEATURES.pageLayout.label, FEATURES.indent.label, FEATURES.pageBreaks.label]);
    // Named by what the officer loses and the Excel that has it, never by the requirement set.
    expect(outcome.skipped).toContain("Kiểm tra dữ liệu nhập ở cột số liệu (cần Excel 2019 trở lên)");
    expect(outcome.skipped).toContain("Khổ giấy, lề, dòng tiêu đề in lặp lại (cần Excel 2021, Microsoft 365 hoặc Excel trên web)");
    expect(outcome.skipped.join(" ")).not.toMatch(/ExcelApi/);
    // What 1.7 has is still applied: frozen header, status colours.
    const sheet = double.sheet(ANNEX_SHEET_NAME);
    expect(sheet.freeze).not.toBeNull();
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
  });

  test("under ExcelApi 1.8 validation and grid lines apply; page layout, indent and page breaks are skipped, and said so", async () => {
    const { double, host } = hostOn("1.8");
    const outcome = await host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update");
    expect(double.operationsAbove("1.8")).toEqual([]);
    expect(outcome.skipped).toEqual([FEATURES.pageLayout.label, FEATURES.indent.label, FEATURES.pageBreaks.label]);
    expect(double.sheet(ANNEX_SHEET_NAME).rowBreaks).toEqual([]);
    expect(double.sheet(ANNEX_SHEET_NAME).validations.length).toBeGreaterThan(0);
    expect(double.sheet(ANNEX_SHEET_NAME).showGridlines).toBe(false);
  });

  test.each(["1.9", "1.12"])("under ExcelApi %s nothing is skipped, and the page is set up", async (version) => {
    const { double, host } = hostOn(version);
    const plan = seedPlan("tien-lu-2024");
    const outcome = await host.generate(plan, annexOptions(), "update");
    expect(outcome.skipped).toEqual([]);
    const sheet = double.sheet(ANNEX_SHEET_NAME);
    const page = annexLayout({ plan, options: annexOptions() }).workbook.sheets[0]?.page;
    expect(sheet.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$5:$6",
      zoom: { scale: page?.scale },
      centerHorizontally: true,
      footer: { center: '&"Times New Roman,Regular"&12Trang &P/&N' },
    });
    expect(sheet.page.margins.top).toBeCloseTo((20 / 25.4) * 72, 1);
    expect([...sheet.cells.values()].some((cell) => cell.format.indent === 1)).toBe(true);
    expect(double.operations.some((op) => compareVersions(op.requirement, "1.9") === 0)).toBe(true);
  });

  test("an Excel without ExcelApi 1.7 is told, in Vietnamese, what it needs, before anything is sent", async () => {
    const double = new OfficeDouble({ version: "1.7" });
    const old = createExcelHost({ runner: double.runner, isSetSupported: () => false });
    await expect(old.generate(seedPlan("tien-lu-2024"), annexOptions(), "update")).rejects.toThrow(/quá cũ, Phụ lục cần Excel 2019 trở lên/);
    expect(double.syncs).toBe(0);
  });
});

describe("the sheet as Excel shows it", () => {
  test("columns in points from characters, hidden helper columns, frozen panes, active annex, very hidden model", async () => {
    const { double, host } = hostOn("1.12");
    await host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update");
    const sheet = double.sheet(ANNEX_SHEET_NAME);
    // The name column's characters, 7 pixels each plus 5 pixels of padding, at 0.75 point per pixel.
    const width = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() }).workbook.sheets[0]?.columns[1]?.width ?? 0;
    expect(sheet.columnWidths.get(2)).toBe((width * 7 + 5) * 0.75);
    expect(sheet.hiddenColumns.size).toBe(8);
    expect(sheet.freeze).toEqual({ rows: 6, columns: 2 });
    expect(double.book.activeSheetId).toBe(sheet.id);
    expect(double.sheet("PhuLuc_MoHinh").visibility).toBe("VeryHidden");
    expect([...double.book.names.keys()].sort()).toEqual(["PHULUC_DANHGIA", "PHULUC_NGUONGVUOT", "PHULUC_THUCHIEN"]);
    expect(double.book.properties.title).toMatch(/^PHỤ LỤC I/);
  });
});

describe("Excel's limits, checked before anything is written", () => {
  test("a target of 330 characters: the row is capped at Excel's 409 points, which Excel takes", async () => {
    const plan = structuredClone(seedPlan("tien-lu-2024"));
    const first = plan.sections[0]?.indicators[0];
    if (!first) throw new Error("no indicator");
    first.target = `${"phấn đấu đạt và vượt các chỉ tiêu đề ra, ".repeat(8)}hoàn thành`.slice(0, 330);
    expect(first.target).toHaveLength(330);
    const { double, host } = hostOn("1.12");
    await host.generate(plan, annexOptions(), "update");
    const heights = [...double.sheet(ANNEX_SHEET_NAME).rowHeights.values()];
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
  });

  test("a description past Excel's row height is refused, naming the row, before any request", async () => {
    const { double, host } = hostOn("1.12");
    const sheet = { name: "Tổng hợp", visibility: "visible" as const, columns: [{ width: 10 }], rows: [{ cells: [{ value: "a" }], height: 448 }], merges: [], validations: [], conditionalFormats: [] };
    const workbook = { sheets: [sheet], activeSheet: "Tổng hợp", styles: {}, definedNames: [], properties: { title: "", creator: "" } };
    await expect(host.writeSheets?.(workbook)).rejects.toThrow(/hàng 1: chiều cao 448 phải từ 0 đến 409/);
    expect(double.requests).toBe(0);
  });

  test("Excel itself (the fake behind the client) refuses a row taller than 409 points", async () => {
    const double = new OfficeDouble({ version: "1.12" });
    await expect(
      double.runner.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("1:1").format.rowHeight = 448;
        await context.sync();
      }),
    ).rejects.toThrow(/RowHeight 448/);
  });
});

test("print scaling: the annex prints at the scale its widths were fitted for, as the .xlsx host does", async () => {
  const { double, host } = hostOn("1.9");
  const plan = seedPlan("tien-lu-2024");
  await host.generate(plan, annexOptions(), "update");
  const page = annexLayout({ plan, options: annexOptions() }).workbook.sheets.find((s) => s.name === ANNEX_SHEET_NAME)?.page;
  // The annex is fitted to A4 at a scale (core/annex/printFit); fit-to-width, with an explicit
  // "as many pages down as needed", is what the consolidation sheets use.
  expect(page?.scale).toBeDefined();
  expect(page?.fitToWidth).toBeUndefined();
  expect(double.sheet(ANNEX_SHEET_NAME).page.zoom).toEqual({ scale: page?.scale });
});

test("page breaks: a section heading never ends a printed page in live Excel either, the breaks the .xlsx host writes", async () => {
  const { double, host } = hostOn("1.9");
  for (const id of SEED_IDS) {
    const plan = seedPlan(id);
    const { sheetName } = await host.generate(plan, annexOptions(), "new-sheet");
    const sheet = double.sheet(sheetName);
    const described = annexLayout({ plan, options: annexOptions() }).workbook.sheets[0];
    expect(sheet?.rowBreaks).toEqual(described?.rowBreaks ?? []);
  }
  // Seeds of more than one page need breaks; the test must see some.
  const breaks = SEED_IDS.map((id) => annexLayout({ plan: seedPlan(id), options: annexOptions() }).workbook.sheets[0]?.rowBreaks ?? []);
  expect(breaks.some((rows) => rows.length > 0)).toBe(true);
  // Each is a manual break before its row, as Excel reports it (0-based row of the cell after it).
  const count = await double.runner.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ANNEX_SHEET_NAME);
    const collection = sheet.horizontalPageBreaks.load("items/rowIndex");
    await context.sync();
    return collection.items.map((b) => b.rowIndex + 1);
  });
  expect(count).toEqual(double.sheet(ANNEX_SHEET_NAME).rowBreaks);
});

