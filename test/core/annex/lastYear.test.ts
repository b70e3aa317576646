/**
 * Issue 12 item 6, "So với cùng kỳ": the optional column "Thực hiện cùng kỳ năm trước", read with
 * the actuals' grammar, and "% so với cùng kỳ"; chosen at generation, kept on regeneration.
 */
import { annexLayout, annexOptions, cellFormula, hasFormula, planGeneration, readAnnex, type AnnexEntry, type ReadSheet, type Workbook } from "../../../src/core/annex";
import { percentOfLastYear, planRules, readActual, readActualCell, ruleFor, type Rule } from "../../../src/core/check";
import { unitKind } from "../../../src/core/vn";
import { indicator } from "../../support/indicators";
import { seedPlan } from "../../support/seeds";
import { checkAnnex } from "../../../src/taskpane/view/checkList";

const asRead = (workbook: Workbook): ReadSheet[] =>
  workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.cells.map((cell) => ({ value: hasFormula(cell) ? (cell.result ?? null) : (cell?.value ?? null) }))) }));

describe("% so với cùng kỳ in the core", () => {
  const amount = indicator({ name: "Thu ngân sách", unit: "tỷ đồng", target: "559,8" });
  const rate = indicator({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 3%" });
  const cellOf = (value: string | number | null) => readActualCell({ value });
  const pct = (ind: typeof amount, now: string | number | null, before: string | number | null) => percentOfLastYear(ruleFor({ indicator: ind }), cellOf(now), cellOf(before));

  test.each<[string, string | number | null, string | number | null, number | null]>([
    ["text numbers the Vietnamese way", "8,7", "8", 108.75],
    ["thousands and decimals", "1.234,5", "1.000", 123.45],
    ["a number and text alike", 600, " 500 ", 120],
    ["the row's unit after the figure", "600 tỷ đồng", "480 tỷ đồng", 125],
    ["blank last year", "600", null, null],
    ["blank this year", null, "600", null],
    ["a previous figure of 0", "600", "0", null],
    ["text that is no figure", "600", "chưa có", null],
  ])("%s", (_label, now, before, expected) => {
    const got = pct(amount, now, before);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });

  test("percent strings in a percentage row", () => {
    expect(pct(rate, "2,5%", "3 %")).toBeCloseTo(83.333333, 5);
  });

  test("none for ranks and for rows judged by hand", () => {
    const rank = indicator({ name: "Chỉ số PCI", unit: "Xếp hạng", target: "5/10" });
    expect(pct(rank, 4, 5)).toBeNull();
    const manual = indicator({ name: "Giữ vững an ninh", target: "Giữ vững" });
    expect(percentOfLastYear(ruleFor({ indicator: manual }), readActual("Đạt"), readActual("Đạt"))).toBeNull();
  });
});

describe("the cùng kỳ column in the annex", () => {
  const plan = seedPlan("tien-lu-2024");
  const entries = new Map<string, AnnexEntry>([
    ["CT03", { actual: { value: "600" }, lastYear: { value: "500" }, note: null }],
    ["CT02", { actual: { value: "8,7" }, lastYear: { value: "8" }, note: "ước" }],
  ]);

  test("is absent unless chosen", () => {
    const { columns } = annexLayout({ plan, options: annexOptions() });
    expect(columns.lastYear).toBeNull();
  });

  test("sits before the actuals, its percentage after % so với KH; its reading helpers are hidden", () => {
    const { workbook, columns, headerRows } = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries });
    const at = columns.lastYear;
    if (at === null) throw new Error("no column");
    expect(at.input).toBe(columns.actual - 1);
    expect(at.percent).toBe(columns.percent + 1);
    expect(columns.status).toBe(at.percent + 1);
    const sheet = workbook.sheets[0] as Workbook["sheets"][number];
    const header = (column: number) => sheet.rows[headerRows.from - 1]?.cells[column - 1]?.value;
    expect(header(at.input)).toBe("Thực hiện cùng kỳ năm trước");
    expect(header(at.percent)).toBe("% so với cùng kỳ");
    for (const hidden of [at.value, ...Object.values(at.helpers)]) expect(sheet.columns[hidden - 1]?.hidden).toBe(true);
    expect(sheet.columns[at.input - 1]?.hidden).toBeFalsy();
    expect(at.input).toBeLessThanOrEqual(columns.lastVisible);
    expect(at.percent).toBeLessThanOrEqual(columns.lastVisible);
  });

  test("its % is a formula whose cached result is the core's", () => {
    const layout = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries });
    const at = layout.columns.lastYear as NonNullable<typeof layout.columns.lastYear>;
    const sheet = layout.workbook.sheets[0] as Workbook["sheets"][number];
    const row = layout.rowOf.get("CT02") as number;
    const cell = sheet.rows[row - 1]?.cells[at.percent - 1];
    expect(cellFormula(cell, row)).toMatch(/ISNUMBER/);
    expect(cell?.result).toBeCloseTo(108.75, 9);
  });

  test("is read back, and the check (CLI and pane) gives % so với cùng kỳ", () => {
    const { workbook } = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries });
    const reading = readAnnex(asRead(workbook));
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.entries.get("CT03")?.lastYear?.value).toBe("500");
    const view = checkAnnex(reading);
    expect(view.lastYear).toBe(true);
    const ct03 = view.items.find((i) => i.code === "CT03");
    expect(ct03?.percentOfLastYear).toBeCloseTo(120, 9);
    expect(ct03?.lastYearEntered).toBe("500");
    // Without the column, nothing is said about last year.
    const plain = readAnnex(asRead(annexLayout({ plan, options: annexOptions(), entries }).workbook));
    if (!plain.ok) throw new Error(plain.error);
    expect(checkAnnex(plain).items.every((i) => i.percentOfLastYear === null)).toBe(true);
  });

  test("regeneration keeps its entries, and the column even when not chosen again", () => {
    const first = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries });
    const existing = readAnnex(asRead(first.workbook));
    if (!existing.ok) throw new Error(existing.error);
    const again = planGeneration({ plan, options: annexOptions(), mode: "update", existing, sheetNames: ["Phụ lục I"] });
    const at = again.layout.columns.lastYear;
    if (at === null) throw new Error("the cùng kỳ column was dropped");
    expect(again.notes.join(" ")).toContain("Giữ cột \"Thực hiện cùng kỳ năm trước\"");
    const sheet = again.layout.workbook.sheets[0] as Workbook["sheets"][number];
    const row = again.layout.rowOf.get("CT03") as number;
    expect(sheet.rows[row - 1]?.cells[at.input - 1]?.value).toBe("500");
    expect(sheet.rows[row - 1]?.cells[again.layout.columns.actual - 1]?.value).toBe("600");
    // An entry only in the cùng kỳ column is carried too.
    const onlyLastYear = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries: new Map([["CT05", { actual: { value: null }, lastYear: { value: "12" }, note: null }]]) });
    const read = readAnnex(asRead(onlyLastYear.workbook));
    if (!read.ok) throw new Error(read.error);
    const carried = planGeneration({ plan, options: annexOptions({ lastYear: true }), mode: "update", existing: read, sheetNames: ["Phụ lục I"] });
    expect(carried.carried).toBe(1);
  });

  test("every numeric row gets a % formula, ranks and rows judged by hand none", () => {
    const layout = annexLayout({ plan, options: annexOptions({ lastYear: true }) });
    const rules = planRules(plan);
    const at = layout.columns.lastYear as NonNullable<typeof layout.columns.lastYear>;
    const sheet = layout.workbook.sheets[0] as Workbook["sheets"][number];
    for (const [code, row] of layout.rowOf) {
      const rule = rules.get(code) as Rule;
      const formula = cellFormula(sheet.rows[row - 1]?.cells[at.percent - 1], row);
      const expected = rule.kind === "numeric" && unitKind(rule.target.unit) !== "rank";
      expect({ code, formula: formula !== undefined }).toEqual({ code, formula: expected });
    }
  });
});
