/**
 * A hand-made workbook description that uses every field of the contract (src/core/annex/sheet.ts),
 * shaped like a small annex: title block, two header rows repeated on every printed page, fifty
 * indicator rows long enough for two landscape pages, check formulas, a very hidden code sheet.
 */
import type { Cell, Row, Sheet, Workbook } from "../../../src/core/annex/sheet";

export const MAIN = "Phụ lục I";
export const CODES = "Mã chỉ tiêu";
export const FIRST = 7;
export const COUNT = 50;
export const LAST = FIRST + COUNT - 1;

/** Rows below the table, each holding one case the tests look at. */
export const EXTRA = {
  total: LAST + 2,
  hyperlink: LAST + 3,
  spaces: LAST + 4,
  hidden: LAST + 5,
  staleLength: LAST + 6,
  percentFormat: LAST + 7,
  plainFormat: LAST + 8,
  flag: LAST + 9,
} as const;

export const HYPERLINK_TEXT = '=HYPERLINK("http://example.com/ke-hoach","Xem văn bản")';
export const SPACED_TEXT = "  có khoảng trắng ở hai đầu  ";
export const TITLE = "CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024";

interface Indicator {
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  percentInput?: boolean;
}

const SPECIAL: Indicator[] = [
  { name: "Tốc độ tăng trưởng kinh tế (GRDP)", unit: "%", target: 7.5, actual: 8.1 },
  { name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", target: 1234.5, actual: 1000 },
  { name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", unit: "%", target: 1.5, actual: null },
  // Typed as 95.6% in a percent-formatted cell: the value is 0.956, what CELL("format") must catch.
  { name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", target: 95, actual: 0.956, percentInput: true },
];

/** Every tenth generic row has a name that wraps onto two lines, and an explicit height for it. */
export function isTallRow(i: number): boolean {
  return i >= SPECIAL.length && i % 10 === 0;
}

function indicator(i: number): Indicator {
  const name = isTallRow(i)
    ? `Chỉ tiêu số ${i + 1}: giá trị sản xuất ngành nông nghiệp, lâm nghiệp và thủy sản (giá so sánh năm 2010)`
    : `Chỉ tiêu số ${i + 1}`;
  return SPECIAL[i] ?? { name, unit: "tỷ đồng", target: 100 + i, actual: 100 + 2 * i - 10 };
}

export function expectedRatio(i: number): number | "" {
  const { target, actual } = indicator(i);
  return actual === null || target === 0 ? "" : actual / target;
}

export function expectedAssessment(i: number): string {
  const { target, actual } = indicator(i);
  if (actual === null) return "Chưa có số liệu";
  return actual >= target ? "Vượt" : "Không đạt";
}

export const PERCENT_ROW = FIRST + 3;

const c = (value: Cell["value"], style?: string): Cell => (style === undefined ? { value } : { value, style });
const f = (formula: string, result: Cell["result"], style?: string): Cell =>
  style === undefined ? { formula, result } : { formula, result, style };

function dataRow(i: number): Row {
  const r = FIRST + i;
  const ind = indicator(i);
  const ratio = expectedRatio(i);
  return {
    // Excel fits rows without a height to wrapped text when it opens the file; LibreOffice does not.
    ...(isTallRow(i) ? { height: 32 } : {}),
    cells: [
      c(i + 1, "center"),
      c(ind.name, "text"),
      c(ind.unit, "center"),
      c(ind.target, "number"),
      ind.actual === null ? { style: "input" } : c(ind.actual, ind.percentInput ? "inputPercent" : "input"),
      f(`IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r}),D${r}<>0),E${r}/D${r},"")`, ratio, "percent"),
      f(`IF(ISNUMBER(E${r}),IF(E${r}>=D${r},"Vượt","Không đạt"),"Chưa có số liệu")`, expectedAssessment(i), "center"),
      c(`CT${String(i + 1).padStart(2, "0")}`, "center"),
      f(
        `IF(LEN(TRIM(B${r}))=0,"Thiếu tên chỉ tiêu",IF(LEFT(CELL("format",E${r}),1)="P","Nhập dạng phần trăm",""))`,
        ind.percentInput ? "Nhập dạng phần trăm" : "",
        "note",
      ),
      { style: "input" },
    ],
  };
}

function mainSheet(): Sheet {
  const rows: Row[] = [
    { height: 21, cells: [c("PHỤ LỤC I", "title14")] },
    { height: 36, cells: [c(TITLE, "title13")] },
    {
      height: 33,
      cells: [c("(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của Ủy ban nhân dân huyện Tiên Lữ)", "subtitle")],
    },
    { height: 6, cells: [] },
    {
      height: 30,
      cells: [
        c("STT", "header"),
        c("Chỉ tiêu", "header"),
        c("Đơn vị tính", "header"),
        c("Năm 2024", "header"),
        { style: "header" },
        c("% so với kế hoạch", "header"),
        c("Đánh giá", "header"),
        c("Mã", "header"),
        c("Kiểm tra", "header"),
        c("Nguồn số liệu", "header"),
      ],
    },
    {
      height: 20,
      cells: [null, null, null, c("Kế hoạch", "header"), c("Thực hiện", "header")],
    },
  ];
  for (let i = 0; i < COUNT; i++) rows.push(dataRow(i));
  rows.push({ cells: [] });
  rows.push({ cells: [null, c("Tổng số chỉ tiêu", "text"), null, f(`COUNTA(H${FIRST}:H${LAST})`, COUNT, "number")] });
  rows.push({ cells: [null, c(HYPERLINK_TEXT, "text")] });
  rows.push({ cells: [null, c(SPACED_TEXT)] });
  rows.push({ hidden: true, cells: [null, c("Dòng ẩn dùng cho kiểm tra")] });
  // Deliberately stale cached result: only a real recalculation gives the true length.
  rows.push({ cells: [null, null, null, f(`LEN(TRIM(B${FIRST}))`, 0)] });
  rows.push({ cells: [null, null, null, f(`CELL("format",E${PERCENT_ROW})`, "P1")] });
  rows.push({ cells: [null, null, null, f(`CELL("format",D${FIRST})`, ",1")] });
  rows.push({ cells: [null, c(true), null, c(-0.25, "percent")] });

  return {
    name: MAIN,
    visibility: "visible",
    columns: [
      { width: 6 },
      { width: 42 },
      { width: 11 },
      { width: 12 },
      { width: 12 },
      { width: 11 },
      { width: 14 },
      { width: 9, hidden: true },
      { width: 22 },
      { width: 15 },
    ],
    rows,
    merges: ["A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:J6"],
    frozen: { rows: 6, columns: 2 },
    validations: [
      {
        range: `E${FIRST}:E${LAST}`,
        type: "decimal",
        min: 0,
        prompt: { title: "Nhập số thực hiện", message: "Nhập số, không kèm đơn vị; để trống nếu chưa có số liệu." },
        error: { title: "Số không hợp lệ", message: "Chỉ nhập số không âm, ví dụ 8,1." },
      },
      {
        range: `J${FIRST}:J${LAST}`,
        type: "list",
        values: ["Ước thực hiện", "Chính thức"],
        error: { title: "Chọn trong danh sách", message: "Chọn Ước thực hiện hoặc Chính thức." },
      },
    ],
    conditionalFormats: [
      { range: `G${FIRST}:G${LAST}`, formula: `$G${FIRST}="Vượt"`, style: { fill: "C6EFCE", fontColor: "006100", bold: true } },
      { range: `G${FIRST}:G${LAST}`, formula: `$G${FIRST}="Không đạt"`, style: { fill: "FFC7CE", fontColor: "9C0006" } },
    ],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      printTitleRows: { from: 5, to: 6 },
      fitToWidth: 1,
      footer: "Trang &P/&N",
      horizontalCentered: true,
    },
    gridLines: false,
  };
}

function codeSheet(): Sheet {
  const rows: Row[] = [{ cells: [c("Mã"), c("Hàng")] }];
  for (let i = 0; i < COUNT; i++) rows.push({ cells: [c(`CT${String(i + 1).padStart(2, "0")}`), c(FIRST + i)] });
  return {
    name: CODES,
    visibility: "veryHidden",
    columns: [{ width: 10 }, { width: 8 }],
    rows,
    merges: [],
    validations: [
      {
        range: `B2:B${COUNT + 1}`,
        type: "whole",
        min: 1,
        max: 1000,
        error: { title: "Số hàng", message: "Số hàng từ 1 đến 1000." },
      },
    ],
    conditionalFormats: [],
  };
}

export function sampleWorkbook(): Workbook {
  const tnr = "Times New Roman";
  return {
    sheets: [mainSheet(), codeSheet()],
    activeSheet: MAIN,
    styles: {
      title14: { font: { name: tnr, size: 14, bold: true }, alignment: { horizontal: "center", vertical: "middle" } },
      title13: { font: { name: tnr, size: 13, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
      subtitle: { font: { name: tnr, size: 13, italic: true }, alignment: { horizontal: "center", vertical: "top", wrapText: true } },
      header: {
        font: { name: tnr, size: 12, bold: true },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
        fill: "D9E1F2",
        border: true,
      },
      text: { font: { name: tnr, size: 12 }, alignment: { horizontal: "left", vertical: "middle", wrapText: true, indent: 1 }, border: true, numFmt: "@" },
      center: { font: { name: tnr, size: 12 }, alignment: { horizontal: "center", vertical: "middle" }, border: true },
      number: { font: { name: tnr, size: 12 }, alignment: { horizontal: "right", vertical: "middle" }, border: true, numFmt: "#,##0.0" },
      input: { font: { name: tnr, size: 12, color: "1F4E79" }, alignment: { horizontal: "right" }, border: true, fill: "FFF2CC", numFmt: "#,##0.0" },
      inputPercent: { font: { name: tnr, size: 12, color: "1F4E79" }, alignment: { horizontal: "right" }, border: true, fill: "FFF2CC", numFmt: "0.0%" },
      percent: { font: { name: tnr, size: 12 }, alignment: { horizontal: "right", vertical: "middle" }, border: true, numFmt: "0.0%" },
      note: { font: { name: tnr, size: 11, italic: true, color: "C00000" }, alignment: { wrapText: true }, border: true },
    },
    definedNames: [
      { name: "ThucHien", refersTo: `'${MAIN}'!$E$${FIRST}:$E$${LAST}` },
      { name: "MaChiTieu", refersTo: `'${CODES}'!$A$2:$B$${COUNT + 1}` },
    ],
    properties: { title: "Phụ lục I - Chỉ tiêu chủ yếu năm 2024", creator: "Phụ lục" },
  };
}
