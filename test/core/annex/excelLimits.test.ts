import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions, EXCEL_LIMITS, ExcelLimitError, excelLimitProblems } from "../../../src/core/annex";
import type { Plan } from "../../../src/core/model";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { seedPlan } from "../../support/seeds";

/** Tiên Lữ with one indicator's field replaced. */
function withField(code: string, field: "name" | "target" | "unit" | "note", text: string): Plan {
  const plan = structuredClone(seedPlan("tien-lu-2024"));
  for (const section of plan.sections) {
    for (const indicator of section.indicators) if (indicator.code === code) Object.assign(indicator, { [field]: text });
  }
  return plan;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `đoạn${i} văn bản định tính dài`).join(" ");

test("a qualitative target hundreds of words long caps its row at 409 points and keeps the full text readable as a note", async () => {
  const long = words(300);
  const layout = annexLayout({ plan: withField("CT02", "target", long), options: annexOptions() });
  const sheet = layout.workbook.sheets[0];
  const row = sheet?.rows[(layout.rowOf.get("CT02") as number) - 1];
  expect(row?.height).toBe(EXCEL_LIMITS.rowHeight);
  const target = row?.cells[(layout.columns.targets[0]?.column as number) - 1];
  expect(target?.value).toBe(long);
  expect(target?.note).toBe(long);
  // Every row of every sheet is within Excel's height.
  for (const s of layout.workbook.sheets) for (const r of s.rows) expect(r.height ?? 0).toBeLessThanOrEqual(EXCEL_LIMITS.rowHeight);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderWorkbook(layout.workbook)).slice().buffer);
  const cell = book.getWorksheet("Phụ lục I")?.getCell(layout.rowOf.get("CT02") as number, layout.columns.targets[0]?.column as number);
  expect(cell?.value).toBe(long);
  const note = cell?.note;
  const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
  expect(noteText).toBe(long);
});

test("a short row gets no note", () => {
  const layout = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
  const notes = layout.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c?.note !== undefined)));
  expect(notes).toEqual([]);
});

test("a text longer than a cell holds is refused, naming the row by STT and name, before anything is written", async () => {
  const plan = withField("CT02", "unit", "x".repeat(EXCEL_LIMITS.cellText + 1));
  const layout = annexLayout({ plan, options: annexOptions() });
  const problems = excelLimitProblems(layout.workbook);
  expect(problems).toHaveLength(1);
  const ct02 = plan.sections.flatMap((s) => s.indicators).find((i) => i.code === "CT02");
  expect(problems[0]).toContain(`STT ${ct02?.stt}`);
  expect(problems[0]).toContain(ct02?.name.slice(0, 20));
  expect(problems[0]).toContain("32.767");
  expect(problems[0]).not.toContain("CT02");
  await expect(renderWorkbook(layout.workbook)).rejects.toBeInstanceOf(ExcelLimitError);
});

test("exactly 32,767 characters fit", () => {
  const layout = annexLayout({ plan: withField("CT02", "unit", "x".repeat(EXCEL_LIMITS.cellText)), options: annexOptions() });
  expect(excelLimitProblems(layout.workbook)).toEqual([]);
});
