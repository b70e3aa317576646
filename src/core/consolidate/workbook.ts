import { fitRowHeights } from "../annex/rowHeights";
import { cellRef, columnLetter, rangeRef, type Cell, type ConditionalFormat, type PageSetup, type Row, type Sheet, type Style, type Workbook } from "../annex/sheet";
import { ANNEX_STYLES, STATUS_COLOURS, widePage } from "../annex/styles";
import { rowFormulas, SHEET_LABELS, type Status } from "../check";
import { quoted } from "../check/review/describe";
import { formatNumber, shorten } from "../vn";
import { ratioScale } from "./aggregate";
import { LOCALITY_STATE_LABELS, type ConsolidatedIndicator, type Consolidation } from "./consolidate";
import { localityList, sourceList } from "./localities";

export const SUMMARY_SHEET_NAME = "Tổng hợp";
export const REPORTING_SHEET_NAME = "Tình hình báo cáo";

/** Sub-column headers of each locality on "Tổng hợp"; the totals add up the columns headed ACTUAL. */
export const LOCALITY_HEADERS = { target: "Kế hoạch", actual: "Thực hiện", status: "Đánh giá" } as const;
export const NOT_CONSOLIDATED = "không tổng hợp";
/** What "Tình hình báo cáo" shows per locality and indicator. */
export const CELL_MARKS = { filled: "Có", empty: "Trống", unreadable: "Lỗi" } as const;

/** Where things are on "Tổng hợp", for hosts and tests. */
export interface SummaryLayout {
  headerRows: { from: number; to: number };
  /** Row of each indicator, by code. */
  rowOf: Map<string, number>;
  columns: { count: number; target: number; actual: number; percent: number; status: number; code: number; value: number };
  /** Columns of the i-th locality. */
  locality: (i: number) => { target: number; actual: number; status: number };
}

export interface ReportingLayout {
  /** Row of each locality, by name. */
  rowOf: Map<string, number>;
  /** Column of each indicator, by code. */
  columnOf: Map<string, number>;
  rateRow: number;
  columns: { state: number; filled: number; percent: number };
}

export interface ConsolidationWorkbook {
  workbook: Workbook;
  summary: SummaryLayout;
  reporting: ReportingLayout;
}

const FONT = "Times New Roman";
const align = (horizontal: "left" | "center" | "right", wrapText = true) => ({ horizontal, vertical: "middle", wrapText }) as const;

const NUMBER_FORMATS = ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000"] as const;

const STYLES: Record<string, Style> = {
  ...ANNEX_STYLES,
  subtitle: { font: { name: FONT, size: 12, italic: true }, alignment: align("center") },
  summaryLine: { font: { name: FONT, size: 12 }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  groupHeader: { font: { name: FONT, size: 12, bold: true }, alignment: align("center", false), fill: "DDEBF7" },
  totalHeader: { font: { name: FONT, size: 12, bold: true }, alignment: align("center"), border: true, fill: "DDEBF7" },
  method: { font: { name: FONT, size: 11, italic: true }, alignment: align("left"), border: true, numFmt: "@" },
  count: { font: { name: FONT, size: 12 }, alignment: align("center"), border: true, numFmt: "0" },
  notConsolidated: { font: { name: FONT, size: 11, italic: true, color: "7F7F7F" }, alignment: align("center"), border: true, numFmt: "@" },
  localityText: { font: { name: FONT, size: 12 }, alignment: align("center"), border: true, numFmt: "@" },
  mark: { font: { name: FONT, size: 11 }, alignment: align("center"), border: true, numFmt: "@" },
  state: { font: { name: FONT, size: 12, bold: true }, alignment: align("center"), border: true, numFmt: "@" },
  blockTitle: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: "left", vertical: "middle" } },
  ...Object.fromEntries(
    NUMBER_FORMATS.flatMap((numFmt, decimals) => [
      [`number${decimals}`, { font: { name: FONT, size: 12 }, alignment: align("center"), border: true, numFmt }],
      [`total${decimals}`, { font: { name: FONT, size: 12, bold: true }, alignment: align("center"), border: true, numFmt }],
    ]),
  ),
};

/** The consolidated workbook: "Tổng hợp" (indicators × localities + total) and "Tình hình báo cáo". Pure. */
export function consolidationWorkbook(c: Consolidation): ConsolidationWorkbook {
  const summary = summarySheet(c);
  const reporting = reportingSheet(c);
  return {
    workbook: {
      sheets: [summary.sheet, reporting.sheet],
      activeSheet: SUMMARY_SHEET_NAME,
      styles: STYLES,
      definedNames: [],
      properties: { title: `Tổng hợp chỉ tiêu chủ yếu${c.template ? ` - ${c.template.title}` : ""}`, creator: "Phụ lục" },
    },
    summary: summary.layout,
    reporting: reporting.layout,
  };
}

type Put = (row: number, column: number, cell: Cell) => void;

function grid(): { rows: Row[]; put: Put; label: (row: number, text: string) => void; done: () => Row[] } {
  const rows: Row[] = [];
  const put: Put = (row, column, cell) => {
    const target = (rows[row - 1] ??= { cells: [] });
    target.cells[column - 1] = cell;
  };
  const label = (row: number, text: string) => {
    (rows[row - 1] ??= { cells: [] }).label = text;
  };
  return { rows, put, label, done: () => Array.from({ length: rows.length }, (_, i) => rows[i] ?? { cells: [] }) };
}

/**
 * A title or note line merged across the first page. On a sheet printed page after page, the row
 * labels repeat on every page, so the line starts after them: a merge reaching into them would
 * print a slice of its text on every page.
 */
function bannerRow(page: PageSetup, put: Put, merges: string[], last: number): (row: number, cell: Cell) => void {
  const from = page.printTitleColumns ? page.printTitleColumns.to + 1 : 1;
  return (row, cell) => {
    put(row, from, cell);
    merges.push(rangeRef(row, from, row, last));
  };
}

const FIXED = { stt: 1, name: 2, unit: 3, method: 4, count: 5, target: 6, actual: 7, percent: 8, status: 9, code: 10, value: 11 } as const;
const FIRST_LOCALITY = 12;
const SUMMARY_HEADER = 5;
const SUMMARY_FIRST_ROW = SUMMARY_HEADER + 2;

/** Decimals the figures of a row are written with, for its number format (at most 3). */
function decimalsOf(values: readonly (number | null)[]): number {
  let most = 0;
  for (const value of values) {
    if (value === null || Number.isInteger(value)) continue;
    const text = formatNumber(value, { maxDecimals: 3, grouping: false });
    most = Math.max(most, text.split(",")[1]?.length ?? 0);
  }
  return Math.min(3, most);
}

function summarySheet(c: Consolidation): { sheet: Sheet; layout: SummaryLayout } {
  const { put, label, done } = grid();
  const merges: string[] = [];
  const n = c.localities.length;
  const locality = (i: number) => ({ target: FIRST_LOCALITY + 3 * i, actual: FIRST_LOCALITY + 3 * i + 1, status: FIRST_LOCALITY + 3 * i + 2 });
  const lastColumn = n === 0 ? FIXED.value : FIRST_LOCALITY + 3 * n - 1;
  const top = SUMMARY_HEADER;
  const sub = top + 1;
  const widths: { width: number; hidden?: boolean }[] = [
    { width: 6 },
    { width: 36 },
    { width: 9 },
    { width: 14 },
    { width: 9 },
    { width: 13 },
    { width: 13 },
    { width: 8 },
    { width: 10 },
    { width: 10, hidden: true },
    { width: 10, hidden: true },
  ];
  for (let i = 0; i < n; i++) widths.push({ width: 12 }, { width: 12 }, { width: 10 });

  const page = widePage(widths, { from: top, to: sub }, { from: FIXED.stt, to: FIXED.unit });
  const banner = bannerRow(page, put, merges, FIXED.status);

  const period = c.template?.period ?? "";
  banner(1, { value: `BIỂU TỔNG HỢP CHỈ TIÊU CHỦ YẾU${period ? ` - ${period.toLocaleUpperCase("vi")}` : ""}`, style: "title" });
  const from = c.template ? `theo mẫu «${c.template.title}» của ${c.template.issuer}` : "";
  banner(2, { value: `(Tổng hợp số liệu của ${n}/${c.completeness.expected} đơn vị ${from})`.replace(" )", ")"), style: "subtitle" });
  banner(3, {
    value: `Cột "Tổng cộng" là công thức trên các cột "${LOCALITY_HEADERS.actual}" của các đơn vị: chỉ tiêu cộng được thì cộng; tỷ lệ tính từ tổng tử số và tổng mẫu số; tỷ lệ, bình quân không có cách tính thì ghi "${NOT_CONSOLIDATED}".`,
    style: "footnote",
  });

  // Header: two rows; each locality's name sits over its three columns without a merge (thousands of merges would slow every program).
  const fixedHeader = (column: number, text: string) => {
    put(top, column, { value: text, style: "header" });
    put(sub, column, { value: null, style: "header" });
    merges.push(rangeRef(top, column, sub, column));
  };
  fixedHeader(FIXED.stt, "STT");
  fixedHeader(FIXED.name, "Chỉ tiêu");
  fixedHeader(FIXED.unit, "Đơn vị tính");
  fixedHeader(FIXED.method, "Cách tổng hợp");
  for (let column = FIXED.count; column <= FIXED.status; column++) put(top, column, { value: null, style: "totalHeader" });
  put(top, FIXED.count, { value: `Tổng cộng (${n} đơn vị)`, style: "totalHeader" });
  merges.push(rangeRef(top, FIXED.count, top, FIXED.status));
  put(sub, FIXED.count, { value: "Số đơn vị có số liệu", style: "totalHeader" });
  put(sub, FIXED.target, { value: LOCALITY_HEADERS.target, style: "totalHeader" });
  put(sub, FIXED.actual, { value: LOCALITY_HEADERS.actual, style: "totalHeader" });
  put(sub, FIXED.percent, { value: "% so với KH", style: "totalHeader" });
  put(sub, FIXED.status, { value: LOCALITY_HEADERS.status, style: "totalHeader" });
  fixedHeader(FIXED.code, "Mã chỉ tiêu");
  fixedHeader(FIXED.value, "Giá trị tính");
  c.localities.forEach((name, i) => {
    const cols = locality(i);
    put(top, cols.target, { value: null, style: "groupHeader" });
    put(top, cols.actual, { value: name, style: "groupHeader" });
    put(top, cols.status, { value: null, style: "groupHeader" });
    put(sub, cols.target, { value: LOCALITY_HEADERS.target, style: "header" });
    put(sub, cols.actual, { value: LOCALITY_HEADERS.actual, style: "header" });
    put(sub, cols.status, { value: LOCALITY_HEADERS.status, style: "header" });
  });

  // Data rows.
  const rowOf = new Map<string, number>();
  let row = SUMMARY_FIRST_ROW;
  let lastSection = -1;
  const placedRows: { indicator: ConsolidatedIndicator; row: number }[] = [];
  for (const indicator of c.indicators) {
    if (indicator.sectionIndex !== lastSection) {
      lastSection = indicator.sectionIndex;
      const section = c.sections[indicator.sectionIndex];
      for (let column = 1; column <= FIXED.status; column++) put(row, column, { value: null, style: "section" });
      put(row, FIXED.stt, { value: section?.code ?? "", style: "sectionCenter" });
      put(row, FIXED.name, { value: section?.title ?? "", style: "section" });
      row++;
    }
    rowOf.set(indicator.code, row);
    placedRows.push({ indicator, row });
    row++;
  }
  const lastRow = row - 1;

  const header = `$${columnLetter(FIRST_LOCALITY)}$${sub}:$${columnLetter(lastColumn)}$${sub}`;
  const rowRange = (r: number) => `${columnLetter(FIRST_LOCALITY)}${r}:${columnLetter(lastColumn)}${r}`;
  const actualsMask = `--(${header}="${LOCALITY_HEADERS.actual}")`;

  for (const { indicator, row: r } of placedRows) {
    const style = indicator.depth === 0 ? "name" : indicator.depth === 1 ? "part" : "subPart";
    put(r, FIXED.stt, { value: indicator.stt === "" && indicator.depth > 0 ? "-" : indicator.stt, style: "center" });
    put(r, FIXED.name, { value: indicator.name, style });
    label(r, indicator.stt.trim() === "" ? quoted(indicator.name) : `${quoted(indicator.name)} (STT ${indicator.stt.trim()})`);
    put(r, FIXED.unit, { value: indicator.unit ?? "", style: "center" });
    put(r, FIXED.method, { value: indicator.method, style: "method" });
    put(r, FIXED.code, { value: indicator.code, style: "hidden" });

    const numbers = indicator.byLocality.map((f) => (typeof f.actual === "number" ? f.actual : null));
    const decimals = decimalsOf(numbers);
    indicator.byLocality.forEach((figure, i) => {
      const cols = locality(i);
      put(r, cols.target, { value: figure.target ?? "", style: "localityText" });
      put(r, cols.actual, { value: figure.actual, style: typeof figure.actual === "number" ? `number${decimals}` : "localityText" });
      put(r, cols.status, { value: SHEET_LABELS[figure.status], style: "status" });
    });

    const total = indicator.total;
    if (total.kind === "heading") {
      for (const column of [FIXED.count, FIXED.target, FIXED.actual, FIXED.percent, FIXED.status]) put(r, column, { value: null, style: "center" });
      continue;
    }
    const countFormula =
      indicator.aggregate.kind === "ratio"
        ? `SUMPRODUCT(${actualsMask},--ISNUMBER(${rowRange(rowOf.get(indicator.aggregate.numerator) ?? r)}),--ISNUMBER(${rowRange(rowOf.get(indicator.aggregate.denominator) ?? r)}))`
        : indicator.aggregate.kind === "weighted"
          ? `SUMPRODUCT(${actualsMask},--ISNUMBER(${rowRange(r)}),--ISNUMBER(${rowRange(rowOf.get(indicator.aggregate.weight) ?? r)}))`
          : `SUMPRODUCT(${actualsMask},--ISNUMBER(${rowRange(r)}))`;
    put(r, FIXED.count, n === 0 ? { value: total.count, style: "count" } : { formula: countFormula, result: total.count, style: "count" });
    put(r, FIXED.target, { value: total.target ?? "", style: "target" });
    if (total.kind === "none" || total.rule === null || n === 0) {
      put(r, FIXED.actual, total.kind === "none" ? { value: NOT_CONSOLIDATED, style: "notConsolidated" } : { value: null, style: "center" });
      put(r, FIXED.percent, { value: null, style: "percent" });
      put(r, FIXED.status, { value: null, style: "status" });
      continue;
    }
    const count = cellRef(r, FIXED.count);
    let actualFormula = "";
    let totalDecimals = 2;
    switch (indicator.aggregate.kind) {
      case "sum":
        actualFormula = `IF(${count}=0,"",ROUND(SUMIF(${header},"${LOCALITY_HEADERS.actual}",${rowRange(r)}),9))`;
        totalDecimals = decimals;
        break;
      case "ratio": {
        const nums = rowRange(rowOf.get(indicator.aggregate.numerator) ?? r);
        const dens = rowRange(rowOf.get(indicator.aggregate.denominator) ?? r);
        const both = `${actualsMask},--ISNUMBER(${nums}),--ISNUMBER(${dens})`;
        const scale = ratioScale(indicator.aggregate, indicator.unit);
        actualFormula = `IF(${count}=0,"",IFERROR(ROUND(SUMPRODUCT(${both},${nums})/SUMPRODUCT(${both},${dens})${scale === 1 ? "" : `*${scale}`},9),""))`;
        break;
      }
      case "weighted": {
        const weights = rowRange(rowOf.get(indicator.aggregate.weight) ?? r);
        actualFormula = `IF(${count}=0,"",IFERROR(ROUND(SUMPRODUCT(${actualsMask},${rowRange(r)},${weights})/SUMPRODUCT(${actualsMask},--ISNUMBER(${rowRange(r)}),${weights}),9),""))`;
        break;
      }
      case "none":
        continue;
    }
    const formulas = rowFormulas(total.rule, cellRef(r, FIXED.actual), cellRef(r, FIXED.value));
    put(r, FIXED.actual, { formula: actualFormula, result: total.value ?? "", style: `total${totalDecimals}` });
    put(r, FIXED.percent, formulas.percent === null ? { value: null, style: "percent" } : { formula: formulas.percent, result: total.percentOfPlan ?? "", style: "percent" });
    put(r, FIXED.status, { formula: formulas.status, result: SHEET_LABELS[total.status ?? "chua_co_so_lieu"], style: "status" });
    if (formulas.value !== null) put(r, FIXED.value, { formula: formulas.value, result: total.value ?? "", style: "hidden" });
  }

  const conditionalFormats: ConditionalFormat[] = [];
  if (lastRow >= SUMMARY_FIRST_ROW) {
    const statusRanges = [rangeRef(SUMMARY_FIRST_ROW, FIXED.status, lastRow, FIXED.status), ...(n > 0 ? [rangeRef(SUMMARY_FIRST_ROW, FIRST_LOCALITY, lastRow, lastColumn)] : [])];
    for (const range of statusRanges) {
      const topLeft = range.split(":")[0] as string;
      for (const { status, fill, fontColor } of STATUS_COLOURS) {
        conditionalFormats.push({ range, formula: `${topLeft}="${SHEET_LABELS[status as Status]}"`, style: { fill, fontColor, bold: true } });
      }
    }
    if (n > 0) {
      // A figure that could not be read: the cell left of a "Không hợp lệ" status.
      const range = rangeRef(SUMMARY_FIRST_ROW, FIRST_LOCALITY, lastRow, lastColumn);
      conditionalFormats.push({ range, formula: `${cellRef(SUMMARY_FIRST_ROW, FIRST_LOCALITY + 1)}="${SHEET_LABELS.khong_hop_le}"`, style: { fill: "FFEB9C", fontColor: "9C5700" } });
    }
  }

  const sheet: Sheet = {
    name: SUMMARY_SHEET_NAME,
    visibility: "visible",
    columns: widths,
    rows: done(),
    merges,
    frozen: { rows: sub, columns: FIXED.value },
    validations: [],
    conditionalFormats,
    page,
    gridLines: false,
  };
  fitRowHeights(sheet, STYLES);
  return {
    sheet,
    layout: {
      headerRows: { from: top, to: sub },
      rowOf,
      columns: { count: FIXED.count, target: FIXED.target, actual: FIXED.actual, percent: FIXED.percent, status: FIXED.status, code: FIXED.code, value: FIXED.value },
      locality,
    },
  };
}

const REPORT = { stt: 1, name: 2, state: 3, source: 4, filled: 5, percent: 6, note: 7 } as const;
const FIRST_INDICATOR = 8;
const REPORT_HEADER = 5;
const MAX_LISTED = 60;

function listed(names: readonly string[]): string {
  return names.length > MAX_LISTED ? `${localityList(names, MAX_LISTED)} (xem bảng dưới)` : localityList(names, MAX_LISTED);
}



function reportingSheet(c: Consolidation): { sheet: Sheet; layout: ReportingLayout } {
  const { put, label, done } = grid();
  const merges: string[] = [];
  const comp = c.completeness;
  const figured = c.indicators.filter((i) => i.expectsFigure);
  const lastColumn = Math.max(REPORT.note, FIRST_INDICATOR + figured.length - 1);
  const columns = [{ width: 6 }, { width: 22 }, { width: 13 }, { width: 24 }, { width: 10 }, { width: 9 }, { width: 34 }];
  for (let k = 0; k < figured.length; k++) columns.push({ width: 12 });
  const shown = columns.slice(0, lastColumn);
  const rateRow = REPORT_HEADER + 1;
  const page = widePage(shown, { from: REPORT_HEADER, to: rateRow }, { from: REPORT.stt, to: REPORT.name });
  const banner = bannerRow(page, put, merges, REPORT.note);

  banner(1, { value: "TÌNH HÌNH BÁO CÁO SỐ LIỆU CHỈ TIÊU CHỦ YẾU", style: "title" });
  const list = comp.listSource === "expected" ? "theo danh sách đơn vị phải báo cáo" : "chưa có danh sách đơn vị phải báo cáo, tính trên các đơn vị đã gửi tệp";
  const rate = comp.reportingPercent === null ? "" : ` (${formatNumber(comp.reportingPercent, { maxDecimals: 1 })}%)`;
  banner(2, {
    value:
      `Đã tổng hợp ${comp.consolidated}/${comp.expected} đơn vị${rate}, ${list}. Chưa nộp: ${comp.missing.length}. Trùng tệp: ${comp.duplicates.length}. ` +
      `Tệp không được tổng hợp: ${c.excluded.length}. Số liệu không đọc được: ${comp.unreadable.length}${c.excluded.length + comp.unreadable.length > 0 ? " (xem cuối trang)" : ""}.`,
    style: "summaryLine",
  });
  banner(3, { value: comp.missing.length === 0 ? "Không có đơn vị chưa nộp." : `Đơn vị chưa nộp: ${listed(comp.missing)}.`, style: "summaryLine" });

  const header = (column: number, text: string) => put(REPORT_HEADER, column, { value: text, style: "header" });
  header(REPORT.stt, "STT");
  header(REPORT.name, "Đơn vị");
  header(REPORT.state, "Tình trạng");
  header(REPORT.source, "Tệp");
  header(REPORT.filled, `Số chỉ tiêu có số liệu (/${figured.length})`);
  header(REPORT.percent, "Tỷ lệ có số liệu (%)");
  header(REPORT.note, "Ghi chú");
  const columnOf = new Map<string, number>();
  figured.forEach((indicator, k) => {
    columnOf.set(indicator.code, FIRST_INDICATOR + k);
    header(FIRST_INDICATOR + k, `${indicator.code}. ${shorten(indicator.name, 60)}`);
  });

  const firstRow = rateRow + 1;
  const lastRow = firstRow + comp.localities.length - 1;
  for (let column = 1; column <= REPORT.note; column++) put(rateRow, column, { value: null, style: "section" });
  put(rateRow, REPORT.name, { value: "Tỷ lệ đơn vị có số liệu (%)", style: "section" });
  comp.indicators.forEach((ind) => {
    const column = columnOf.get(ind.code) as number;
    const range = rangeRef(firstRow, column, Math.max(firstRow, lastRow), column);
    put(
      rateRow,
      column,
      comp.consolidated === 0 ? { value: null, style: "percent" } : { formula: `COUNTIF(${range},"${CELL_MARKS.filled}")/${comp.consolidated}*100`, result: ind.filledPercent ?? "", style: "percent" },
    );
  });

  const rowOf = new Map<string, number>();
  const localityColumn = new Map(c.localities.map((name, i) => [name, i]));
  comp.localities.forEach((report, k) => {
    const r = firstRow + k;
    rowOf.set(report.name, r);
    put(r, REPORT.stt, { value: k + 1, style: "center" });
    put(r, REPORT.name, { value: report.name, style: "text" });
    label(r, `đơn vị ${quoted(report.name)}`);
    put(r, REPORT.state, { value: LOCALITY_STATE_LABELS[report.state], style: "state" });
    put(r, REPORT.source, { value: sourceList(report.sources), style: "text" });
    put(r, REPORT.note, { value: report.note ?? "", style: "text" });
    const i = localityColumn.get(report.name);
    if (i === undefined) {
      put(r, REPORT.filled, { value: null, style: "count" });
      put(r, REPORT.percent, { value: null, style: "percent" });
      for (const column of columnOf.values()) put(r, column, { value: null, style: "mark" });
      return;
    }
    const marks = rangeRef(r, FIRST_INDICATOR, r, FIRST_INDICATOR + figured.length - 1);
    put(r, REPORT.filled, figured.length === 0 ? { value: 0, style: "count" } : { formula: `COUNTIF(${marks},"${CELL_MARKS.filled}")`, result: report.filled, style: "count" });
    put(
      r,
      REPORT.percent,
      figured.length === 0 ? { value: null, style: "percent" } : { formula: `${cellRef(r, REPORT.filled)}/${figured.length}*100`, result: report.filledPercent ?? "", style: "percent" },
    );
    for (const indicator of figured) {
      const status = indicator.byLocality[i]?.status;
      const mark = status === "chua_co_so_lieu" ? CELL_MARKS.empty : status === "khong_hop_le" ? CELL_MARKS.unreadable : CELL_MARKS.filled;
      put(r, columnOf.get(indicator.code) as number, { value: mark, style: "mark" });
    }
  });

  // Below the table: files left out, figures that could not be read, warnings.
  let r = Math.max(lastRow, rateRow) + 2;
  const block = (title: string, lines: { name: string; reason: string; source: string; detail: string }[], reasonHeader: string) => {
    if (lines.length === 0) return;
    put(r, 1, { value: title, style: "blockTitle" });
    r++;
    header2(r, ["STT", "Đơn vị", reasonHeader, "Tệp", "", "", "Chi tiết"]);
    r++;
    lines.forEach((line, k) => {
      put(r, REPORT.stt, { value: k + 1, style: "center" });
      put(r, REPORT.name, { value: line.name, style: "text" });
      put(r, REPORT.state, { value: line.reason, style: "text" });
      put(r, REPORT.source, { value: line.source, style: "text" });
      put(r, REPORT.note, { value: line.detail, style: "text" });
      r++;
    });
    r++;
  };
  const header2 = (row: number, texts: string[]) => texts.forEach((text, k) => (text !== "" ? put(row, k + 1, { value: text, style: "header" }) : undefined));
  block(
    "Tệp không được tổng hợp",
    c.excluded.map((file) => ({ name: file.locality ?? "", reason: file.label, source: file.source, detail: file.message })),
    "Lý do",
  );
  block(
    "Số liệu không đọc được (không tính vào tổng)",
    comp.unreadable.map((u) => ({ name: u.locality, reason: u.code, source: u.source, detail: u.message.includes(`«${u.text}»`) ? u.message : `«${u.text}»: ${u.message}` })),
    "Mã chỉ tiêu",
  );
  if (c.warnings.length > 0) {
    put(r, 1, { value: "Lưu ý", style: "blockTitle" });
    r++;
    for (const warning of c.warnings) {
      // Beside "Lưu ý", or after the repeated row labels when the sheet prints page after page.
      const from = page.printTitleColumns ? page.printTitleColumns.to + 1 : REPORT.name;
      put(r, from, { value: warning, style: "summaryLine" });
      merges.push(rangeRef(r, from, r, REPORT.note));
      r++;
    }
  }

  const conditionalFormats: ConditionalFormat[] = [];
  if (comp.localities.length > 0) {
    const states = rangeRef(firstRow, REPORT.state, lastRow, REPORT.state);
    const stateCell = cellRef(firstRow, REPORT.state);
    conditionalFormats.push(
      { range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS.consolidated}"`, style: { fill: "C6EFCE", fontColor: "006100" } },
      { range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS.missing}"`, style: { fill: "FFC7CE", fontColor: "9C0006" } },
      { range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS.duplicate}"`, style: { fill: "FFEB9C", fontColor: "9C5700" } },
    );
    const percent = rangeRef(firstRow, REPORT.percent, lastRow, REPORT.percent);
    const percentCell = cellRef(firstRow, REPORT.percent);
    conditionalFormats.push({ range: percent, formula: `AND(ISNUMBER(${percentCell}),${percentCell}<100)`, style: { fill: "FFEB9C", fontColor: "9C5700" } });
    if (figured.length > 0) {
      const marks = rangeRef(firstRow, FIRST_INDICATOR, lastRow, FIRST_INDICATOR + figured.length - 1);
      const markCell = cellRef(firstRow, FIRST_INDICATOR);
      conditionalFormats.push(
        { range: marks, formula: `${markCell}="${CELL_MARKS.filled}"`, style: { fill: "C6EFCE", fontColor: "006100" } },
        { range: marks, formula: `${markCell}="${CELL_MARKS.empty}"`, style: { fill: "FFC7CE", fontColor: "9C0006" } },
        { range: marks, formula: `${markCell}="${CELL_MARKS.unreadable}"`, style: { fill: "FFEB9C", fontColor: "9C5700", bold: true } },
      );
    }
  }

  const sheet: Sheet = {
    name: REPORTING_SHEET_NAME,
    visibility: "visible",
    columns: shown,
    rows: done(),
    merges,
    frozen: { rows: rateRow, columns: REPORT.name },
    validations: [],
    conditionalFormats,
    page,
    gridLines: false,
  };
  fitRowHeights(sheet, STYLES);
  return { sheet, layout: { rowOf, columnOf, rateRow, columns: { state: REPORT.state, filled: REPORT.filled, percent: REPORT.percent } } };
}

