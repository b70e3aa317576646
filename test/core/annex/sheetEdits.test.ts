import { annexLayout, annexOptions, applySheetEdits, describeSheetEdit, readAnnex, type ReadCell, type ReadSheet } from "../../../src/core/annex";
import { findIndicator, type Plan } from "../../../src/core/model";
import { seedPlan } from "../../support/seeds";

/** A generated annex as a host reads it back, so a test can change cells the way an officer does. */
function generated(plan: Plan): { sheets: ReadSheet[]; rowOf: Map<string, number>; columns: ReturnType<typeof annexLayout>["columns"] } {
  const layout = annexLayout({ plan, options: annexOptions() });
  const sheets = layout.workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) => row.cells.map((cell): ReadCell => ({ value: cell?.value ?? cell?.result ?? null }))),
  }));
  return { sheets, rowOf: layout.rowOf, columns: layout.columns };
}

function setCell(sheet: ReadSheet | undefined, row: number, column: number, cell: ReadCell) {
  if (sheet === undefined) throw new Error("no sheet");
  const cells = (sheet.rows[row - 1] ??= []);
  cells[column - 1] = cell;
}

function read(sheets: ReadSheet[]) {
  const reading = readAnnex(sheets);
  if (!reading.ok) throw new Error(reading.error);
  return reading;
}

describe("the annex sheet as an editor", () => {
  const plan = seedPlan("tien-lu-2024");

  test("an untouched annex has no edits, and its plan is the model's", () => {
    const reading = read(generated(plan).sheets);
    expect(reading.edits).toEqual([]);
    expect(reading.plan).toEqual(plan);
  });

  test("a changed target, unit and name are listed by row and applied to the plan the check judges by", () => {
    const { sheets, rowOf, columns } = generated(plan);
    const row = rowOf.get("CT03") ?? 0;
    const target = columns.targets[0]?.column ?? 0;
    setCell(sheets[0], row, target, { value: "600" });
    setCell(sheets[0], row, columns.unit, { value: "tỷ  đồng " });
    setCell(sheets[0], row, columns.name, { value: "Thu ngân sách nhà nước trên địa bàn" });
    const reading = read(sheets);
    expect(reading.edits?.map((e) => [e.code, e.field, e.before, e.after])).toEqual([
      ["CT03", "name", "Thu ngân sách trên địa bàn", "Thu ngân sách nhà nước trên địa bàn"],
      ["CT03", "target", "559,8", "600"],
    ]);
    expect(findIndicator(reading.plan, "CT03")?.indicator).toMatchObject({ target: "600", name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng" });
    expect(reading.model).toEqual(plan);
    expect(describeSheetEdit(reading.edits?.[1] ?? fail())).toBe(`STT 3 «Thu ngân sách trên địa bàn» (dòng ${row}): kế hoạch «559,8» → «600»`);
  });

  test("a percentage typed as a number is read as the officer sees it; an emptied target is a blank target", () => {
    const { sheets, rowOf, columns } = generated(plan);
    const target = columns.targets[0]?.column ?? 0;
    setCell(sheets[0], rowOf.get("CT02") ?? 0, target, { value: 0.09, numFmt: "0%" });
    setCell(sheets[0], rowOf.get("CT04") ?? 0, target, { value: null });
    const reading = read(sheets);
    expect(reading.edits?.map((e) => [e.code, e.after])).toEqual([
      ["CT02", "9%"],
      ["CT04", null],
    ]);
    expect(findIndicator(reading.plan, "CT04")?.indicator.target).toBeNull();
  });

  test("a suggested agency left with its mark stays a suggestion; without the mark it is confirmed; another name replaces it", () => {
    const commune = seedPlan("duc-thanh-2024");
    const { sheets, rowOf, columns } = generated(commune);
    const suggested = [...rowOf.keys()].filter((code) => findIndicator(commune, code)?.indicator.agency === null);
    expect(suggested.length).toBeGreaterThan(1);
    const [first = "", second = ""] = suggested;
    const shown = (code: string) => String(sheets[0]?.rows[(rowOf.get(code) ?? 0) - 1]?.[columns.agency - 1]?.value ?? "");
    expect(shown(first)).toMatch(/\(gợi ý\)$/);
    setCell(sheets[0], rowOf.get(first) ?? 0, columns.agency, { value: shown(first).replace(" (gợi ý)", "") });
    setCell(sheets[0], rowOf.get(second) ?? 0, columns.agency, { value: "Công an xã" });
    const reading = read(sheets);
    expect(reading.edits?.map((e) => [e.code, e.field])).toEqual([
      [first, "agency"],
      [second, "agency"],
    ]);
    expect(findIndicator(reading.plan, first)?.indicator.agency).toEqual({ name: shown(first).replace(" (gợi ý)", ""), origin: "document" });
    expect(findIndicator(reading.plan, second)?.indicator.agency).toEqual({ name: "Công an xã", origin: "document" });
  });

  test("milestone columns are edited by year; rows moved in the sheet are still matched by their code", () => {
    const longTerm = seedPlan("cau-ngang-2030");
    const { sheets, rowOf, columns } = generated(longTerm);
    const milestone = columns.targets.find((t) => t.target.year === "2025")?.column ?? 0;
    setCell(sheets[0], rowOf.get("CT02") ?? 0, milestone, { value: "khoảng 4.000 USD" });
    // The officer swaps the first two indicator rows.
    const annex = sheets[0] ?? fail();
    const a = (rowOf.get("CT01") ?? 0) - 1;
    const b = (rowOf.get("CT02") ?? 0) - 1;
    [annex.rows[a], annex.rows[b]] = [annex.rows[b] ?? [], annex.rows[a] ?? []];
    const reading = read(sheets);
    expect(reading.edits?.map((e) => [e.code, e.field, e.year, e.after, e.row])).toEqual([["CT02", "milestone", "2025", "khoảng 4.000 USD", a + 1]]);
    expect(findIndicator(reading.plan, "CT02")?.indicator.milestones).toEqual({ 2025: "khoảng 4.000 USD" });
  });

  test("applying no edits returns the same plan; an emptied name is not a new name", () => {
    expect(applySheetEdits(plan, [])).toBe(plan);
    const { sheets, rowOf, columns } = generated(plan);
    setCell(sheets[0], rowOf.get("CT03") ?? 0, columns.name, { value: " " });
    expect(read(sheets).edits).toEqual([]);
  });
});

describe("rows moved apart from their hidden code", () => {
  test("two indicators with the same name: rows swapped in the visible columns are noticed by their STT", () => {
    const plan = structuredClone(seedPlan("tien-lu-2024"));
    const [a, b] = ["CT02", "CT03"].map((code) => findIndicator(plan, code)?.indicator);
    if (!a || !b) throw new Error("seed changed");
    b.name = a.name;
    const { sheets, rowOf, columns } = generated(plan);
    const sheet = sheets[0] as ReadSheet;
    const [ra, rb] = [rowOf.get("CT02") ?? 0, rowOf.get("CT03") ?? 0];
    setCell(sheet, ra, columns.actual, { value: 9.1 });
    expect(read(sheets).entries.get("CT02")?.actual).toMatchObject({ value: 9.1 });
    // A sort of the visible columns only: every visible cell of the two rows changes place, the codes stay.
    for (let c = 1; c <= columns.lastVisible; c++) {
      const first = sheet.rows[ra - 1]?.[c - 1] ?? { value: null };
      setCell(sheet, ra, c, sheet.rows[rb - 1]?.[c - 1] ?? { value: null });
      setCell(sheet, rb, c, first);
    }
    const reading = readAnnex(sheets);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error).toContain(`dòng ${ra} ghi STT 3`);
    expect(reading.error).toContain(`dòng ${rb} ghi STT 2`);
  });

  test("an officer who renumbers a row is not stopped: only another same-name indicator's STT is a move", () => {
    const plan = structuredClone(seedPlan("tien-lu-2024"));
    const { sheets, rowOf, columns } = generated(plan);
    setCell(sheets[0], rowOf.get("CT02") ?? 0, columns.stt, { value: "2a" });
    expect(readAnnex(sheets).ok).toBe(true);
  });
});
