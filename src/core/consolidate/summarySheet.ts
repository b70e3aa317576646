/**
 * "Tổng hợp" as a province reads it: one row per indicator, its total target and total, % of plan
 * and verdict; how many localities reported it and how many were Vượt / Đạt / Không đạt against
 * their own targets; the lowest, median and highest figure. Every total is a formula over "Chi tiết
 * theo đơn vị", so the workbook works alone. Its width does not grow with the localities: it prints
 * on one page wide whatever their number.
 */
import { cellRef, columnLetter, rangeRef, type ConditionalFormat, type Sheet } from "../annex/sheet";
import { landscapePage, STATUS_COLOURS } from "../annex/styles";
import { marginText, rowFormulas, SHEET_LABELS, type Status } from "../check";
import { fitRowHeights } from "../annex/rowHeights";
import { quoted } from "../check/review/describe";
import { ratioScale } from "./aggregate";
import type { DetailLayout } from "./detailSheet";
import { bannerRow, CONSOLIDATION_STYLES, decimalsOf, DETAIL_SHEET_NAME, grid, LOCALITY_HEADERS, NOT_CONSOLIDATED, SUMMARY_SHEET_NAME } from "./sheetParts";
import type { ConsolidatedIndicator, Consolidation } from "./types";

/** Where things are on "Tổng hợp", for hosts and tests. */
export interface SummaryLayout {
  headerRows: { from: number; to: number };
  /** Row of each indicator, by code. */
  rowOf: Map<string, number>;
  columns: typeof COLUMNS;
}

const COLUMNS = {
  stt: 1,
  name: 2,
  unit: 3,
  target: 4,
  actual: 5,
  percent: 6,
  status: 7,
  count: 8,
  vuot: 9,
  dat: 10,
  khongDat: 11,
  none: 12,
  low: 13,
  median: 14,
  high: 15,
  method: 16,
  code: 17,
  value: 18,
} as const;
const HEADER = 5;
const FIRST_ROW = HEADER + 2;

/** Wide enough that names and targets seldom wrap: 44 rows print on two pages at about 75 %. */
const WIDTHS = [5, 44, 11, 19, 13, 8, 10, 8, 7, 7, 7, 7, 10, 10, 10, 20];

export function summarySheet(c: Consolidation, detail: DetailLayout): { sheet: Sheet; layout: SummaryLayout } {
  const { put, label, done } = grid();
  const merges: string[] = [];
  const n = c.localities.length;
  const top = HEADER;
  const sub = top + 1;
  const C = COLUMNS;
  const columns = [...WIDTHS.map((width) => ({ width })), { width: 10, hidden: true }, { width: 10, hidden: true }];
  // The same width whatever the number of localities: one page wide, title centred over the table.
  const page = { ...landscapePage({ from: top, to: sub }), fitToWidth: 1, horizontalCentered: true };
  const banner = bannerRow(page, put, merges, C.method);

  const period = c.template?.period ?? "";
  banner(1, { value: `BIỂU TỔNG HỢP CHỈ TIÊU CHỦ YẾU${period ? ` - ${period.toLocaleUpperCase("vi")}` : ""}`, style: "title" });
  const from = c.template ? ` theo mẫu «${c.template.title}» của ${c.template.issuer}` : "";
  banner(2, { value: `(Tổng hợp số liệu của ${n}/${c.completeness.expected} đơn vị${from})`, style: "subtitle" });
  banner(3, {
    value:
      `Cộng được thì cộng; tỷ lệ tính từ tổng tử số và tổng mẫu số, hoặc bình quân theo quyền số; tỷ lệ, xếp hạng không có cách tính thì "${NOT_CONSOLIDATED}", ` +
      `xem số đơn vị đạt kế hoạch của mình và số thấp nhất, trung vị, cao nhất. Số đơn vị theo đánh giá: mỗi đơn vị so với kế hoạch của chính đơn vị (trang "${DETAIL_SHEET_NAME}"). ` +
      marginText(c.template?.exceedMargin ?? 0),
    style: "footnote",
  });

  const single = (column: number, text: string) => {
    put(top, column, { value: text, style: "header" });
    put(sub, column, { value: null, style: "header" });
    merges.push(rangeRef(top, column, sub, column));
  };
  const group = (fromColumn: number, text: string, subs: string[]) => {
    put(top, fromColumn, { value: text, style: "header" });
    subs.forEach((label, k) => {
      if (k > 0) put(top, fromColumn + k, { value: null, style: "header" });
      put(sub, fromColumn + k, { value: label, style: "smallHeader" });
    });
    merges.push(rangeRef(top, fromColumn, top, fromColumn + subs.length - 1));
  };
  single(C.stt, "STT");
  single(C.name, "Chỉ tiêu");
  single(C.unit, "Đơn vị tính");
  group(C.target, `Tổng hợp ${n} đơn vị`, ["Kế hoạch", LOCALITY_HEADERS.actual, "% so với KH", "Đánh giá"]);
  single(C.count, "Số đơn vị có số liệu");
  group(C.vuot, "Số đơn vị theo đánh giá", ["Vượt", "Đạt", "Không đạt", "Chưa có"]);
  group(C.low, "Số liệu các đơn vị", ["Thấp nhất", "Trung vị", "Cao nhất"]);
  single(C.method, "Cách tổng hợp");
  single(C.code, "Mã chỉ tiêu");
  single(C.value, "Giá trị tính");

  const rowOf = new Map<string, number>();
  let row = FIRST_ROW;
  let lastSection = -1;
  const placed: { indicator: ConsolidatedIndicator; row: number }[] = [];
  for (const indicator of c.indicators) {
    if (indicator.sectionIndex !== lastSection) {
      lastSection = indicator.sectionIndex;
      const section = c.sections[indicator.sectionIndex];
      for (let column = 1; column <= C.method; column++) put(row, column, { value: null, style: "section" });
      put(row, C.stt, { value: section?.code ?? "", style: "sectionCenter" });
      put(row, C.name, { value: section?.title ?? "", style: "section" });
      row++;
    }
    rowOf.set(indicator.code, row);
    placed.push({ indicator, row });
    row++;
  }
  const lastRow = row - 1;

  // Ranges of "Chi tiết theo đơn vị": one column of one indicator over every locality.
  const sheetRef = `'${DETAIL_SHEET_NAME}'!`;
  const range = (code: string, which: "actual" | "status") => {
    const column = detail.columnsOf.get(code)?.[which];
    if (column === undefined) return null;
    const letter = columnLetter(column);
    return `${sheetRef}$${letter}$${detail.firstRow}:$${letter}$${detail.lastRow}`;
  };

  for (const { indicator, row: r } of placed) {
    const style = indicator.depth === 0 ? "name" : indicator.depth === 1 ? "part" : "subPart";
    put(r, C.stt, { value: indicator.stt === "" && indicator.depth > 0 ? "-" : indicator.stt, style: "center" });
    put(r, C.name, { value: indicator.name, style });
    label(r, indicator.stt.trim() === "" ? quoted(indicator.name) : `${quoted(indicator.name)} (STT ${indicator.stt.trim()})`);
    put(r, C.unit, { value: indicator.unit ?? "", style: "center" });
    put(r, C.method, { value: indicator.method, style: "method" });
    put(r, C.code, { value: indicator.code, style: "hidden" });
    const total = indicator.total;
    const actuals = range(indicator.code, "actual");
    const statuses = range(indicator.code, "status");
    if (total.kind === "heading" || actuals === null || statuses === null || n === 0) {
      for (let column = C.target; column <= C.high; column++) put(r, column, { value: null, style: "center" });
      if (total.kind !== "heading") put(r, C.count, { value: 0, style: "count" });
      continue;
    }

    // Counts of the localities' own verdicts, and the spread of their figures.
    const counts = total.counts;
    put(r, C.vuot, { formula: `COUNTIF(${statuses},"${SHEET_LABELS.vuot}")`, result: counts.vuot, style: "count" });
    put(r, C.dat, { formula: `COUNTIF(${statuses},"${SHEET_LABELS.dat}")`, result: counts.dat, style: "count" });
    put(r, C.khongDat, { formula: `COUNTIF(${statuses},"${SHEET_LABELS.khong_dat}")`, result: counts.khong_dat, style: "count" });
    put(r, C.none, { formula: `ROWS(${statuses})-SUM(${cellRef(r, C.vuot)}:${cellRef(r, C.khongDat)})`, result: counts.none, style: "count" });
    const numbers = indicator.byLocality.map((f) => (typeof f.actual === "number" ? f.actual : null));
    const decimals = decimalsOf(numbers);
    const spread = total.spread;
    const guard = (fn: string, result: number | undefined) => ({ formula: `IF(COUNT(${actuals})=0,"",${fn})`, result: result ?? "", style: `number${decimals}` });
    put(r, C.low, guard(`MIN(${actuals})`, spread?.low));
    put(r, C.median, guard(`ROUND(MEDIAN(${actuals}),9)`, spread?.median));
    put(r, C.high, guard(`MAX(${actuals})`, spread?.high));

    put(r, C.target, { value: total.target ?? "", style: "target" });
    const aggregate = indicator.aggregate;
    const both = (a: string, b: string) => `--ISNUMBER(${a}),--ISNUMBER(${b})`;
    let countFormula = `COUNT(${actuals})`;
    let actualFormula: string | null = null;
    let totalDecimals = 2;
    if (aggregate.kind === "sum") {
      actualFormula = `ROUND(SUM(${actuals}),9)`;
      totalDecimals = decimals;
    } else if (aggregate.kind === "ratio") {
      const nums = range(aggregate.numerator, "actual");
      const dens = range(aggregate.denominator, "actual");
      if (nums !== null && dens !== null) {
        const scale = ratioScale(aggregate, indicator.unit);
        countFormula = `SUMPRODUCT(${both(nums, dens)})`;
        actualFormula = `IFERROR(ROUND(SUMPRODUCT(${both(nums, dens)},${nums})/SUMPRODUCT(${both(nums, dens)},${dens})${scale === 1 ? "" : `*${scale}`},9),"")`;
      }
    } else if (aggregate.kind === "weighted") {
      const weights = range(aggregate.weight, "actual");
      if (weights !== null) {
        countFormula = `SUMPRODUCT(${both(actuals, weights)})`;
        actualFormula = `IFERROR(ROUND(SUMPRODUCT(${both(actuals, weights)},${actuals},${weights})/SUMPRODUCT(${both(actuals, weights)},${weights}),9),"")`;
      }
    } else {
      // Not consolidated: who answered (qualitative answers too), and no total.
      countFormula = `COUNTA(${actuals})-COUNTIF(${statuses},"${SHEET_LABELS.khong_hop_le}")`;
    }
    put(r, C.count, { formula: countFormula, result: total.count, style: "count" });
    if (actualFormula === null || total.rule === null) {
      put(r, C.actual, total.kind === "none" ? { value: NOT_CONSOLIDATED, style: "notConsolidated" } : { value: null, style: "center" });
      put(r, C.percent, { value: null, style: "percent" });
      put(r, C.status, { value: null, style: "status" });
      continue;
    }
    const count = cellRef(r, C.count);
    const formulas = rowFormulas(total.rule, { actual: cellRef(r, C.actual), value: cellRef(r, C.value) });
    put(r, C.actual, { formula: `IF(${count}=0,"",${actualFormula})`, result: total.value ?? "", style: `total${totalDecimals}` });
    put(r, C.percent, formulas.percent === null ? { value: null, style: "percent" } : { formula: formulas.percent, result: total.percentOfPlan ?? "", style: "percent" });
    put(r, C.status, { formula: formulas.status, result: SHEET_LABELS[total.status ?? "chua_co_so_lieu"], style: "status" });
    if (formulas.value !== null) put(r, C.value, { formula: formulas.value, result: total.value ?? "", style: "hidden" });
  }

  const conditionalFormats: ConditionalFormat[] = [];
  if (lastRow >= FIRST_ROW) {
    const statusRange = rangeRef(FIRST_ROW, C.status, lastRow, C.status);
    for (const { status, fill, fontColor } of STATUS_COLOURS) {
      conditionalFormats.push({ range: statusRange, formula: `${cellRef(FIRST_ROW, C.status)}="${SHEET_LABELS[status as Status]}"`, style: { fill, fontColor, bold: true } });
    }
    // The count columns take their verdict's colour where they are not zero.
    const tint = (column: number, status: Status) => {
      const colour = STATUS_COLOURS.find((s) => s.status === status);
      if (colour === undefined) return;
      const cell = cellRef(FIRST_ROW, column);
      conditionalFormats.push({ range: rangeRef(FIRST_ROW, column, lastRow, column), formula: `AND(ISNUMBER(${cell}),${cell}>0)`, style: { fill: colour.fill, fontColor: colour.fontColor } });
    };
    tint(C.vuot, "vuot");
    tint(C.dat, "dat");
    tint(C.khongDat, "khong_dat");
  }

  const sheet: Sheet = {
    name: SUMMARY_SHEET_NAME,
    visibility: "visible",
    columns,
    rows: done(),
    merges,
    frozen: { rows: sub, columns: C.unit },
    validations: [],
    conditionalFormats,
    page,
    gridLines: false,
  };
  fitRowHeights(sheet, CONSOLIDATION_STYLES);
  return { sheet, layout: { headerRows: { from: top, to: sub }, rowOf, columns: COLUMNS } };
}
