import type { Cell, Sheet } from "../../../src/core/annex";
import { consolidate, consolidationWorkbook, DETAIL_SHEET_NAME, LOCALITY_HEADERS, NOT_CONSOLIDATED, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../../src/core/consolidate";
import { checkWorkbook } from "../../../src/hosts/xlsx/check";
import { plan, received, smallPlan } from "./support";

const PLAN = smallPlan();
const c = consolidate({
  expected: ["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên", "Xã Đông Hải"],
  deadline: "2025-12-05",
  files: [
    { ...received("a.xlsx", PLAN, { locality: "Xã An Bình" }, { CT01: 52_000, CT02: 4_100, CT04: 2_000, CT05: 7_000, CT06: 50, CT07: 2.5, CT03: 62, CT08: 7 }), received: { at: "2025-12-01T03:00:00Z", origin: "properties" } },
    {
      ...received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, { CT01: 31_000.5, CT02: "chưa có", CT04: 1_000, CT05: 3_000, CT06: 40, CT07: 4, CT03: 50, CT08: 9 }, { CT01: "30.000 triệu đồng" }),
      received: { at: "2025-12-07T03:00:00Z", origin: "modified" },
    },
    received("khac.xlsx", { ...PLAN, id: "ke-hoach-khac" }, { locality: "Xã Cát Tiên" }, {}),
    received("ky-khac.xlsx", PLAN, { locality: "Xã Đông Hải", actualsLabel: "Thực hiện 6 tháng" }, {}),
  ],
});
const { workbook, summary, detail, reporting } = consolidationWorkbook(c);
const [sheet, details, report] = workbook.sheets as [Sheet, Sheet, Sheet];
const at = (s: Sheet, row: number, column: number): Cell | null => s.rows[row - 1]?.cells[column - 1] ?? null;

test("three visible sheets that Excel accepts, opening on Tổng hợp", () => {
  expect(workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
    [SUMMARY_SHEET_NAME, "visible"],
    [DETAIL_SHEET_NAME, "visible"],
    [REPORTING_SHEET_NAME, "visible"],
  ]);
  expect(workbook.activeSheet).toBe(SUMMARY_SHEET_NAME);
  expect(() => checkWorkbook(workbook)).not.toThrow();
});

test("Tổng hợp: one row per indicator with the total target, the total as a formula over the detail sheet, the counts per verdict and the spread", () => {
  const r = summary.rowOf.get("CT01") as number;
  const col = summary.columns;
  expect(at(sheet, r, col.code)?.value).toBe("CT01");
  expect(at(sheet, r, col.target)?.value).toBe("80.000 triệu đồng");
  expect(at(sheet, r, col.actual)).toMatchObject({ formula: expect.stringContaining(`SUM('${DETAIL_SHEET_NAME}'!$D$6:$D$7)`), result: 83_000.5 });
  expect(at(sheet, r, col.status)).toMatchObject({ result: "Vượt" });
  expect(at(sheet, r, col.count)).toMatchObject({ formula: expect.stringContaining("COUNT("), result: 2 });
  expect(at(sheet, r, col.vuot)).toMatchObject({ formula: `COUNTIF('${DETAIL_SHEET_NAME}'!$E$6:$E$7,"Vượt")`, result: 2 });
  expect([col.low, col.median, col.high].map((k) => at(sheet, r, k)?.result)).toEqual([31_000.5, 41_500.25, 52_000]);
  // The width does not grow with the localities.
  expect(sheet.columns).toHaveLength(18);
});

test("Tổng hợp: a rate's total is Σ numerator ÷ Σ denominator; a percentage alone is not summed but counted and spread", () => {
  const col = summary.columns;
  const rate = summary.rowOf.get("CT07") as number;
  const formula = at(sheet, rate, col.actual)?.formula ?? "";
  const num = detail.columnsOf.get("CT06")?.actual as number;
  expect(formula).toContain("SUMPRODUCT(");
  expect(formula).toContain(`$${String.fromCharCode(64 + num)}$6:`);
  expect(formula).toContain("*100");
  expect(at(sheet, rate, col.actual)?.result).toBe(3);
  const pct = summary.rowOf.get("CT08") as number;
  expect(at(sheet, pct, col.actual)?.value).toBe(NOT_CONSOLIDATED);
  expect(at(sheet, pct, col.status)?.formula).toBeUndefined();
  expect([col.dat, col.khongDat, col.low, col.median, col.high].map((k) => at(sheet, pct, k)?.result)).toEqual([1, 1, 7, 8, 9]);
});

test("Tổng hợp prints one page wide, centred, whatever the number of localities", () => {
  expect(sheet.page).toMatchObject({ fitToWidth: 1, horizontalCentered: true, printTitleRows: summary.headerRows });
  expect(sheet.merges).toContain("A1:P1");
});

test("Chi tiết theo đơn vị: one row per locality, each indicator's own target, figure and verdict, coloured by verdict, printed with headers and the commune repeated", () => {
  const r = detail.rowOf.get("Xã Bình Hòa") as number;
  const cols = detail.columnsOf.get("CT01") as { target: number; actual: number; status: number };
  expect([cols.target, cols.actual, cols.status].map((k) => at(details, detail.headerRows.to, k)?.value)).toEqual(Object.values(LOCALITY_HEADERS));
  expect(at(details, detail.headerRows.from, cols.target)?.value).toBe("01. Giá trị sản xuất nông nghiệp (triệu đồng)");
  expect([at(details, r, cols.target)?.value, at(details, r, cols.actual)?.value, at(details, r, cols.status)?.value]).toEqual(["30.000 triệu đồng", 31_000.5, "Vượt"]);
  expect(details.conditionalFormats.map((f) => f.formula)).toEqual(expect.arrayContaining(['C6="Vượt"', 'C6="Không đạt"', 'C6="Không hợp lệ"']));
  expect(details.page).toMatchObject({ printTitleRows: detail.headerRows, printTitleColumns: { from: 1, to: 2 } });
});

test("Tình hình báo cáo: on time, late by days, another template and another period named as such, and when each file came", () => {
  const row = (name: string) => reporting.rowOf.get(name) as number;
  const col = reporting.columns;
  expect(at(report, row("Xã An Bình"), col.state)?.value).toBe("Đã tổng hợp");
  expect(at(report, row("Xã An Bình"), col.timeliness)?.value).toBe("Đúng hạn");
  expect(at(report, row("Xã An Bình"), col.received)?.value).toBe("10:00 ngày 01/12/2025");
  expect(at(report, row("Xã An Bình"), col.origin)?.value).toBe("theo thuộc tính tệp");
  expect(at(report, row("Xã Bình Hòa"), col.timeliness)?.value).toBe("Trễ 2 ngày");
  expect(at(report, row("Xã Bình Hòa"), col.origin)?.value).toBe("theo ngày sửa tệp");
  expect(at(report, row("Xã Cát Tiên"), col.state)?.value).toBe("Khác mẫu phụ lục");
  expect(at(report, row("Xã Đông Hải"), col.state)?.value).toBe("Khác kỳ báo cáo");
  expect(at(report, row("Xã Bình Hòa"), col.filled)?.value).toBe(7);
  const texts = report.rows.flatMap((r) => r.cells.map((cell) => cell?.value)).filter((v): v is string => typeof v === "string");
  expect(texts.some((t) => t.includes("Hạn nộp: 05/12/2025 (do người tổng hợp đặt). Đúng hạn: 1. Trễ hạn: 1.") && t.includes("Khác kỳ báo cáo: 1.") && t.includes("Chưa nộp: 0."))).toBe(true);
  expect(texts).toEqual(expect.arrayContaining(["Tệp không được tổng hợp", "Số liệu không đọc được (không tính vào tổng)", "02. Sản lượng lương thực"]));
});

test("Chi tiết theo đơn vị names a part printed without its own STT by its parent's STT and name, as Giao chỉ tiêu does", () => {
  const part = (code: string, name: string, target: string) => ({ code, stt: "-", name, unit: "tỷ đồng", target, source: { quote: `- ${name} ${target}` } });
  const withParts = plan({
    sections: [
      {
        code: "I",
        title: "Kinh tế",
        indicators: [
          {
            code: "CT01",
            stt: "1",
            name: "Giá trị sản xuất",
            unit: "tỷ đồng",
            target: "1.200 tỷ đồng",
            source: { quote: "Giá trị sản xuất 1.200 tỷ đồng, trong đó: ..." },
            parts: [part("CT01.1", "Nông nghiệp", "500 tỷ đồng"), part("CT01.2", "Thương mại - dịch vụ", "700 tỷ đồng")],
          },
        ],
      },
    ],
  });
  const result = consolidate({ files: [received("a.xlsx", withParts, { locality: "Xã An Bình" }, { "CT01.2": "650,5" })] });
  const { workbook: book, detail: layout } = consolidationWorkbook(result);
  const sheetOf = book.sheets.find((s) => s.name === DETAIL_SHEET_NAME) as Sheet;
  const header = (code: string) => at(sheetOf, layout.headerRows.from, layout.columnsOf.get(code)?.target as number)?.value;
  expect(header("CT01")).toBe("1. Giá trị sản xuất (tỷ đồng)");
  expect(header("CT01.2")).toBe("1. Giá trị sản xuất: Thương mại - dịch vụ (tỷ đồng)");
  expect(header("CT01.1")).toBe("1. Giá trị sản xuất: Nông nghiệp (tỷ đồng)");
});
