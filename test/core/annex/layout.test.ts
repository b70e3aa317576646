import { annexLayout, annexOptions, hasFormula, ANNEX_SHEET_NAME, columnLetter, planGeneration, MARGIN_NAME, MODEL_SHEET_NAME, readModelSheet, SUGGESTION_MARK, type Cell, type Sheet } from "../../../src/core/annex";
import { loadPlan, placedIndicators, type Plan } from "../../../src/core/model";
import { SEED_IDS, seedPlan } from "../../support/seeds";

const cellAt = (sheet: Sheet, row: number, column: number): Cell | null => sheet.rows[row - 1]?.cells[column - 1] ?? null;
const valueAt = (sheet: Sheet, row: number, column: number) => cellAt(sheet, row, column)?.value ?? null;

describe.each(SEED_IDS)("the annex of %s", (id) => {
  const plan = seedPlan(id);
  const { workbook, columns, headerRows, rowOf } = annexLayout({ plan, options: annexOptions() });
  const [sheet, model] = workbook.sheets as [Sheet, Sheet];

  test("opens on Phụ lục I; the model sheet is very hidden and second", () => {
    expect(sheet.name).toBe(ANNEX_SHEET_NAME);
    expect(workbook.activeSheet).toBe(ANNEX_SHEET_NAME);
    expect(model).toMatchObject({ name: MODEL_SHEET_NAME, visibility: "veryHidden" });
  });

  test("has the heading of Nghị định 30/2020", () => {
    expect(valueAt(sheet, 1, 1)).toBe("PHỤ LỤC I");
    expect(workbook.styles[cellAt(sheet, 1, 1)?.style ?? ""]?.font).toMatchObject({ name: "Times New Roman", bold: true, size: 14 });
    const title = String(valueAt(sheet, 2, 1));
    expect(title).toBe(title.toLocaleUpperCase("vi"));
    expect(String(valueAt(sheet, 3, 1))).toMatch(/^\(Kèm theo .+ số .+ ngày .+ của .+\)$/);
    expect(workbook.styles[cellAt(sheet, 3, 1)?.style ?? ""]?.font?.italic).toBe(true);
    const last = columnLetter(columns.lastVisible);
    expect(sheet.merges).toEqual(expect.arrayContaining([`A1:${last}1`, `A2:${last}2`, `A3:${last}3`]));
  });

  test("lists every indicator and part once, in order, with its code, name and target as printed", () => {
    const placed = placedIndicators(plan);
    expect([...rowOf.keys()]).toEqual(placed.map((p) => p.indicator.code));
    const rows = [...rowOf.values()];
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    for (const { indicator } of placed) {
      const row = rowOf.get(indicator.code) as number;
      expect(valueAt(sheet, row, columns.code)).toBe(indicator.code);
      expect(valueAt(sheet, row, columns.name)).toBe(indicator.name);
      const final = columns.targets.find((t) => t.target.year === null)?.column as number;
      expect(valueAt(sheet, row, final)).toBe(indicator.target ?? "");
    }
  });

  test("shows the document's agency as it is, and a suggestion only as a suggestion", () => {
    for (const { indicator } of placedIndicators(plan)) {
      const cell = cellAt(sheet, rowOf.get(indicator.code) as number, columns.agency);
      if (indicator.agency?.origin === "document") {
        expect(cell).toMatchObject({ value: indicator.agency.name, style: "text" });
      } else if (cell?.value) {
        expect(String(cell.value).endsWith(SUGGESTION_MARK)).toBe(true);
        expect(workbook.styles[cell.style ?? ""]?.font?.italic).toBe(true);
      }
    }
  });

  test("prints A4 landscape with the header repeated and panes frozen below it", () => {
    expect(sheet.page).toMatchObject({ orientation: "landscape", paperSize: "A4", printTitleRows: headerRows });
    expect(sheet.page?.scale).toBeGreaterThanOrEqual(75);
    expect(sheet.page?.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(sheet.frozen).toEqual({ rows: headerRows.to, columns: columns.name });
    expect(sheet.columns[columns.code - 1]?.hidden).toBe(true);
    expect(sheet.columns[columns.value - 1]?.hidden).toBe(true);
  });

  test("its model sheet gives the plan back", () => {
    const grid = model.rows.map((r) => r.cells.map((c) => c?.value ?? null));
    const read = readModelSheet(grid);
    expect(read).toMatchObject({ ok: true, templateVersion: "phuluc-annex/1" });
    if (read.ok) expect(read.plan).toEqual(plan);
  });
});

describe("special layouts", () => {
  test("a plan with milestones gets one target column per milestone under one header", () => {
    const { workbook, columns, rowOf } = annexLayout({ plan: seedPlan("cau-ngang-2030"), options: annexOptions() });
    const sheet = workbook.sheets[0] as Sheet;
    expect(columns.targets.map((t) => t.target.header)).toEqual(["Năm 2025", "Năm 2030"]);
    expect(valueAt(sheet, 5, columns.targets[0]?.column as number)).toBe("Kế hoạch (HĐND giao)");
    const water = rowOf.get("CT09") as number;
    expect(valueAt(sheet, water, columns.targets[0]?.column as number)).toBe("99,85%");
    expect(valueAt(sheet, water, columns.targets[1]?.column as number)).toBe("100%");
  });

  test("the actuals column takes the label the user gives", () => {
    const { workbook, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions({ actualsLabel: "Thực hiện 9 tháng" }) });
    expect(valueAt(workbook.sheets[0] as Sheet, 5, columns.actual)).toBe("Thực hiện 9 tháng");
  });

  test("text that looks like a formula stays a value, never a formula", () => {
    const plan = JSON.parse(JSON.stringify(seedPlan("duc-thanh-2024"))) as Plan;
    const first = plan.sections[0]?.indicators[0];
    if (!first) throw new Error("seed has indicators");
    first.name = '=HYPERLINK("http://x","y")';
    const loaded = loadPlan(JSON.stringify(plan));
    if (!loaded.ok) throw new Error("still a valid plan");
    const { workbook, columns, rowOf } = annexLayout({ plan: loaded.plan, options: annexOptions() });
    const cell = cellAt(workbook.sheets[0] as Sheet, rowOf.get(first.code) as number, columns.name);
    expect(cell).toMatchObject({ value: '=HYPERLINK("http://x","y")' });
    expect(hasFormula(cell)).toBe(false);
  });

  test("a model sheet that was edited is refused", () => {
    const { workbook } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    const grid = (workbook.sheets[1] as Sheet).rows.map((r) => r.cells.map((c) => c?.value ?? null));
    const edited = grid.map((row) => (row[0] === "plan" ? [row[0], String(row[1]).replace("559,8", "600")] : row));
    expect(readModelSheet(edited)).toEqual({ ok: false, error: expect.stringContaining("đã bị sửa") });
    const older = grid.map((row) => (row[0] === "templateVersion" ? [row[0], "phuluc-annex/0"] : row));
    expect(readModelSheet(older)).toEqual({ ok: false, error: expect.stringContaining("phuluc-annex/0") });
    expect(readModelSheet([])).toEqual({ ok: false, error: expect.stringContaining("không đọc được") });
  });
});

describe("planGeneration", () => {
  test("a new sheet beside an existing annex gets its own name, and its named ranges point at it", () => {
    const plan = seedPlan("tien-lu-2024");
    const existing = { ok: true as const, plan, options: annexOptions(), sheetName: "Phụ lục I", entries: new Map(), columns: { code: 11, actual: 7, note: 10, agency: 6, headerRow: 5 }, warnings: [] };
    const { layout, keepPreviousAs } = planGeneration({ plan, options: annexOptions(), mode: "new-sheet", existing, sheetNames: ["Phụ lục I", "PhuLuc_MoHinh"] });
    expect(keepPreviousAs).toBeNull();
    expect(layout.workbook.sheets[0]?.name).toBe("Phụ lục I 2");
    expect(layout.workbook.activeSheet).toBe("Phụ lục I 2");
    // The annex's own ranges; the ngưỡng Vượt stays in the model sheet.
    for (const name of layout.workbook.definedNames.filter((n) => n.name !== MARGIN_NAME)) expect(name.refersTo.startsWith("'Phụ lục I 2'!")).toBe(true);
  });

  test("updating keeps what was entered, by code, and names the previous sheet", () => {
    const plan = seedPlan("tien-lu-2024");
    const entries = new Map([
      ["CT03", { actual: { value: 600 }, note: "Số liệu Chi cục Thuế", row: 13 }],
      ["CT99", { actual: { value: 1 }, note: null, row: 99 }],
      ["CT04", { actual: { value: null }, note: null, row: 14 }],
    ]);
    const existing = { ok: true as const, plan, options: annexOptions(), sheetName: "Phụ lục I", entries, columns: { code: 11, actual: 7, note: 10, agency: 6, headerRow: 5 }, warnings: [] };
    const generation = planGeneration({ plan, options: annexOptions(), mode: "update", existing, sheetNames: ["Phụ lục I", "Phụ lục I (bản trước)"] });
    expect(generation.keepPreviousAs).toBe("Phụ lục I (bản trước) 2");
    expect(generation.carried).toBe(1);
    expect(generation.notes.join(" ")).toContain("1 chỉ tiêu có số liệu nhưng không còn trong kế hoạch mới");
    expect(generation.notes.join(" ")).not.toContain("CT99");
    const sheet = generation.layout.workbook.sheets[0] as Sheet;
    const row = generation.layout.rowOf.get("CT03") as number;
    expect(valueAt(sheet, row, generation.layout.columns.actual)).toBe(600);
    expect(valueAt(sheet, row, generation.layout.columns.note)).toBe("Số liệu Chi cục Thuế");
  });
});
