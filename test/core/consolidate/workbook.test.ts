import type { Cell, Sheet } from "../../../src/core/annex";
import {
  CELL_MARKS,
  consolidate,
  consolidationWorkbook,
  LOCALITY_HEADERS,
  NOT_CONSOLIDATED,
  REPORTING_SHEET_NAME,
  SUMMARY_SHEET_NAME,
} from "../../../src/core/consolidate";
import { checkWorkbook } from "../../../src/hosts/xlsx/check";
import { received, smallPlan } from "./support";

const PLAN = smallPlan();
const c = consolidate({
  expected: ["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"],
  files: [
    received("a.xlsx", PLAN, { locality: "Xã An Bình" }, { CT01: 52_000, CT02: 4_100, CT04: 2_000, CT05: 7_000, CT06: 50, CT07: 2.5, CT03: 62, CT08: 7 }),
    received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, { CT01: 31_000.5, CT02: "chưa có", CT04: 1_000, CT05: 3_000, CT06: 40, CT07: 4, CT03: 50 }, { CT01: "30.000 triệu đồng" }),
    received("khac.xlsx", { ...PLAN, id: "ke-hoach-khac" }, { locality: "Xã Cát Tiên" }, {}),
  ],
});
const { workbook, summary, reporting } = consolidationWorkbook(c);
const [sheet, report] = workbook.sheets as [Sheet, Sheet];
const at = (s: Sheet, row: number, column: number): Cell | null => s.rows[row - 1]?.cells[column - 1] ?? null;

test("two visible sheets that Excel accepts, opening on Tổng hợp", () => {
  expect(workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    [SUMMARY_SHEET_NAME, "visible"],
    [REPORTING_SHEET_NAME, "visible"],
  ]);
  expect(workbook.activeSheet).toBe(SUMMARY_SHEET_NAME);
  expect(() => checkWorkbook(workbook)).not.toThrow();
});

test("Tổng hợp: one row per indicator, the total first, then each locality's target, figure and verdict", () => {
  expect(sheet.frozen).toEqual({ rows: summary.headerRows.to, columns: summary.columns.value });
  const cols = summary.locality(1);
  expect(at(sheet, summary.headerRows.from, cols.actual)?.value).toBe("Xã Bình Hòa");
  expect([cols.target, cols.actual, cols.status].map((col) => at(sheet, summary.headerRows.to, col)?.value)).toEqual(Object.values(LOCALITY_HEADERS));
  const r = summary.rowOf.get("CT01") as number;
  expect(at(sheet, r, summary.columns.code)?.value).toBe("CT01");
  expect([at(sheet, r, cols.target)?.value, at(sheet, r, cols.actual)?.value, at(sheet, r, cols.status)?.value]).toEqual(["30.000 triệu đồng", 31_000.5, "Vượt"]);
  expect(at(sheet, r, summary.columns.actual)).toMatchObject({ formula: expect.stringContaining(`SUMIF(`), result: 83_000.5 });
  expect(at(sheet, r, summary.columns.target)?.value).toBe("80.000 triệu đồng");
  expect(at(sheet, r, summary.columns.status)).toMatchObject({ result: "Vượt" });
  expect(at(sheet, r, summary.columns.count)).toMatchObject({ result: 2 });
});

test("Tổng hợp: a rate's total is the quotient of the sums of its numerator and denominator rows; a percentage alone says «không tổng hợp»", () => {
  const rate = summary.rowOf.get("CT07") as number;
  const formula = at(sheet, rate, summary.columns.actual)?.formula ?? "";
  const num = summary.rowOf.get("CT06") as number;
  const den = summary.rowOf.get("CT04") as number;
  expect(formula).toContain(`SUMPRODUCT(`);
  expect(formula).toContain(`L${num}:`);
  expect(formula).toContain(`L${den}:`);
  expect(formula).toContain("*100");
  expect(at(sheet, rate, summary.columns.actual)?.result).toBe(3);
  expect(at(sheet, summary.rowOf.get("CT08") as number, summary.columns.actual)?.value).toBe(NOT_CONSOLIDATED);
  expect(at(sheet, summary.rowOf.get("CT08") as number, summary.columns.status)?.formula).toBeUndefined();
});

test("Tổng hợp: verdicts and unreadable figures are coloured", () => {
  const formulas = sheet.conditionalFormats.map((f) => f.formula);
  expect(formulas).toEqual(expect.arrayContaining(['I7="Vượt"', 'L7="Không đạt"', 'M7="Không hợp lệ"']));
});

test("Tình hình báo cáo: every expected locality, its state and marks; files left out and unreadable figures below", () => {
  const row = (name: string) => reporting.rowOf.get(name) as number;
  expect(at(report, row("Xã Cát Tiên"), reporting.columns.state)?.value).toBe("Chưa nộp");
  expect(at(report, row("Xã An Bình"), reporting.columns.state)?.value).toBe("Đã tổng hợp");
  const ct02 = reporting.columnOf.get("CT02") as number;
  expect(at(report, row("Xã Bình Hòa"), ct02)?.value).toBe(CELL_MARKS.unreadable);
  expect(at(report, row("Xã An Bình"), reporting.columnOf.get("CT09") as number)?.value).toBe(CELL_MARKS.empty);
  expect(at(report, row("Xã An Bình"), reporting.columns.filled)).toMatchObject({ formula: expect.stringContaining("COUNTIF("), result: 8 });
  expect(at(report, reporting.rateRow, ct02)).toMatchObject({ result: 50 });
  const texts = report.rows.flatMap((r) => r.cells.map((cell) => cell?.value)).filter((v): v is string => typeof v === "string");
  expect(texts).toEqual(expect.arrayContaining(["Tệp không được tổng hợp", "khac.xlsx", "Khác mẫu phụ lục", "Số liệu không đọc được (không tính vào tổng)", "Không đọc được số liệu «chưa có»: nhập một số, ví dụ 97,5."]));
  expect(texts.some((t) => t.startsWith("Đã tổng hợp 2/3 đơn vị (66,7%), theo danh sách đơn vị phải báo cáo. Chưa nộp: 1."))).toBe(true);
  expect(report.conditionalFormats.map((f) => f.formula)).toEqual(expect.arrayContaining(['C7="Chưa nộp"', `H7="${CELL_MARKS.empty}"`]));
});

test("printing: two communes shrink to one page wide; many print at full size, each page repeating STT, the indicator and its unit (or the commune)", () => {
  expect(sheet.page).toMatchObject({ fitToWidth: 1 });
  expect(sheet.page?.printTitleColumns).toBeUndefined();
  const names = Array.from({ length: 12 }, (_, i) => `Xã Số ${i + 1}`);
  const wide = consolidationWorkbook(consolidate({ expected: names, files: names.map((name) => received(`${name}.xlsx`, PLAN, { locality: name }, { CT01: 1_000 })) }));
  const [summarySheet, reportSheet] = wide.workbook.sheets as [Sheet, Sheet];
  expect(summarySheet.page?.fitToWidth).toBeUndefined();
  expect(summarySheet.page).toMatchObject({ printTitleRows: wide.summary.headerRows, printTitleColumns: { from: 1, to: 3 } });
  expect([1, 2, 3].map((column) => at(summarySheet, wide.summary.headerRows.from, column)?.value)).toEqual(["STT", "Chỉ tiêu", "Đơn vị tính"]);
  // Tình hình báo cáo is as wide as the plan has figures, one commune a row: STT and the commune repeat.
  expect(reportSheet.page).toMatchObject({ printTitleColumns: { from: 1, to: 2 } });
  expect(reportSheet.rows[4]?.cells.slice(0, 2).map((cell) => cell?.value)).toEqual(["STT", "Đơn vị"]);
  expect(() => checkWorkbook(wide.workbook)).not.toThrow();
});
