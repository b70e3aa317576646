/**
 * "Chi tiết theo đơn vị": one row per locality consolidated, and for each indicator with figures its
 * own target, its figure and its verdict against its own target, coloured by verdict so that a
 * province sees the map of its communes at a glance. "Tổng hợp" computes from these columns.
 */
import { cellRef, rangeRef, type ConditionalFormat, type Sheet } from "../annex/sheet";
import { STATUS_COLOURS } from "../annex/styles";
import { widePrint } from "../annex/widePrint";
import { SHEET_LABELS } from "../check";
import { fitRowHeights } from "../annex/rowHeights";
import { quoted } from "../check/review/describe";
import { headingLine } from "../model";
import { bannerRow, CONSOLIDATION_STYLES, decimalsOf, DETAIL_SHEET_NAME, grid, LOCALITY_HEADERS } from "./sheetParts";
import type { Consolidation } from "./types";

export interface DetailLayout {
  headerRows: { from: number; to: number };
  firstRow: number;
  /** Last data row; firstRow - 1 when no locality was consolidated. */
  lastRow: number;
  /** Row of each locality, by name. */
  rowOf: Map<string, number>;
  /** Columns of each indicator with figures, by code. */
  columnsOf: Map<string, { target: number; actual: number; status: number }>;
}

const STT = 1;
const NAME = 2;
const FIRST = 3;
const HEADER = 4;
const FIRST_ROW = HEADER + 2;

export function detailSheet(c: Consolidation): { sheet: Sheet; layout: DetailLayout } {
  const { put, label, done } = grid();
  const merges: string[] = [];
  const figured = c.indicators.filter((i) => i.expectsFigure);
  const columnsOf = new Map<string, { target: number; actual: number; status: number }>();
  figured.forEach((indicator, k) => columnsOf.set(indicator.code, { target: FIRST + 3 * k, actual: FIRST + 3 * k + 1, status: FIRST + 3 * k + 2 }));
  const lastColumn = Math.max(NAME + 4, FIRST + 3 * figured.length - 1);
  const columns: { width: number }[] = [{ width: 6 }, { width: 24 }];
  // The verdict column holds «Không hợp lệ» on its one line.
  for (let k = 0; k < figured.length; k++) columns.push({ width: 15 }, { width: 11 }, { width: 11 });
  while (columns.length < lastColumn) columns.push({ width: 12 });
  const sub = HEADER + 1;
  // Header rows of about three lines, then one line per commune (the page's heights are fitted below).
  const heights = [20, 20, undefined, 48, 30, ...c.localities.map(() => undefined)];
  const print = widePrint({ columns, titleRows: { from: HEADER, to: sub }, rowLabels: { from: STT, to: NAME }, rowHeights: heights, group: 3 });
  const page = print.page;
  columns.splice(0, columns.length, ...print.columns);
  // The title lines end within the first page: merged further they would be cut between pages.
  const banner = bannerRow(page, put, merges, Math.max(print.firstPageTo, (page.printTitleColumns?.to ?? 0) + 3));

  const period = c.template?.period ?? "";
  banner(1, { value: `SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ${period ? ` - ${period.toLocaleUpperCase("vi")}` : ""}`, style: "title" });
  banner(2, { value: `(${c.localities.length} đơn vị; mỗi đơn vị một dòng: kế hoạch của đơn vị, số thực hiện và đánh giá so với kế hoạch của chính đơn vị)`, style: "subtitle" });

  for (const [column, text] of [
    [STT, "STT"],
    [NAME, "Đơn vị"],
  ] as const) {
    put(HEADER, column, { value: text, style: "header" });
    put(sub, column, { value: null, style: "header" });
    merges.push(rangeRef(HEADER, column, sub, column));
  }
  for (const indicator of figured) {
    const cols = columnsOf.get(indicator.code) as { target: number; actual: number; status: number };
    put(HEADER, cols.target, { value: headingLine(indicator.heading, indicator.unit), style: "groupHeader" });
    put(HEADER, cols.actual, { value: null, style: "groupHeader" });
    put(HEADER, cols.status, { value: null, style: "groupHeader" });
    merges.push(rangeRef(HEADER, cols.target, HEADER, cols.status));
    put(sub, cols.target, { value: LOCALITY_HEADERS.target, style: "smallHeader" });
    put(sub, cols.actual, { value: LOCALITY_HEADERS.actual, style: "smallHeader" });
    put(sub, cols.status, { value: LOCALITY_HEADERS.status, style: "smallHeader" });
  }

  const rowOf = new Map<string, number>();
  const decimals = new Map(figured.map((ind) => [ind.code, decimalsOf(ind.byLocality.map((f) => (typeof f.actual === "number" ? f.actual : null)))]));
  c.localities.forEach((name, i) => {
    const r = FIRST_ROW + i;
    rowOf.set(name, r);
    put(r, STT, { value: i + 1, style: "center" });
    put(r, NAME, { value: name, style: "detailName" });
    label(r, `đơn vị ${quoted(name)}`);
    for (const indicator of figured) {
      const cols = columnsOf.get(indicator.code) as { target: number; actual: number; status: number };
      const figure = indicator.byLocality[i];
      put(r, cols.target, { value: figure?.target ?? "", style: "detailText" });
      const actual = figure?.actual ?? null;
      put(r, cols.actual, { value: actual, style: typeof actual === "number" ? `number${decimals.get(indicator.code) ?? 0}` : "detailText" });
      put(r, cols.status, { value: figure === undefined ? "" : SHEET_LABELS[figure.status], style: "detailStatus" });
    }
  });
  const lastRow = FIRST_ROW + c.localities.length - 1;

  // One rule per verdict over the whole block, each cell testing itself: the verdict columns light up.
  const conditionalFormats: ConditionalFormat[] = [];
  if (c.localities.length > 0 && figured.length > 0) {
    const range = rangeRef(FIRST_ROW, FIRST, lastRow, FIRST + 3 * figured.length - 1);
    const topLeft = cellRef(FIRST_ROW, FIRST);
    for (const { status, fill, fontColor } of STATUS_COLOURS) {
      conditionalFormats.push({ range, formula: `${topLeft}="${SHEET_LABELS[status]}"`, style: { fill, fontColor, bold: true } });
    }
  }

  const sheet: Sheet = {
    name: DETAIL_SHEET_NAME,
    visibility: "visible",
    columns,
    rows: done(),
    merges,
    frozen: { rows: sub, columns: NAME },
    validations: [],
    conditionalFormats,
    page,
    gridLines: false,
  };
  // Only the header wraps; the rows below hold one line each (thousands of them: none is measured).
  fitRowHeights({ ...sheet, rows: sheet.rows.slice(0, FIRST_ROW - 1) }, CONSOLIDATION_STYLES);
  return { sheet, layout: { headerRows: { from: HEADER, to: sub }, firstRow: FIRST_ROW, lastRow, rowOf, columnsOf } };
}
