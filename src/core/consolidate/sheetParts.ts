/** What the consolidation's sheets share: styles, a sparse grid, banner lines, number formats. */
import { rangeRef, type Cell, type PageSetup, type Row, type Style } from "../annex/sheet";
import { ANNEX_STYLES, VIETNAMESE_NUMBER } from "../annex/styles";
import { formatNumber } from "../vn";

export const SUMMARY_SHEET_NAME = "Tổng hợp";
export const DETAIL_SHEET_NAME = "Chi tiết theo đơn vị";
export const REPORTING_SHEET_NAME = "Tình hình báo cáo";

/** Sub-column headers of each indicator on the detail sheet; the totals add up the ACTUAL columns. */
export const LOCALITY_HEADERS = { target: "Kế hoạch", actual: "Thực hiện", status: "Đánh giá" } as const;
export const NOT_CONSOLIDATED = "không tổng hợp";

const FONT = "Times New Roman";
const align = (horizontal: "left" | "center" | "right", wrapText = true) => ({ horizontal, vertical: "middle", wrapText }) as const;

const NUMBER_FORMATS = ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000"].map((format) => `${VIETNAMESE_NUMBER}${format}`);

export const CONSOLIDATION_STYLES: Record<string, Style> = {
  ...ANNEX_STYLES,
  subtitle: { font: { name: FONT, size: 12, italic: true }, alignment: align("center") },
  summaryLine: { font: { name: FONT, size: 12 }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  groupHeader: { font: { name: FONT, size: 11, bold: true }, alignment: align("center"), border: true, fill: "DDEBF7" },
  smallHeader: { font: { name: FONT, size: 11, bold: true }, alignment: align("center"), border: true, fill: "F2F2F2" },
  method: { font: { name: FONT, size: 10, italic: true }, alignment: align("left"), border: true, numFmt: "@" },
  count: { font: { name: FONT, size: 12 }, alignment: align("center"), border: true, numFmt: "0" },
  notConsolidated: { font: { name: FONT, size: 11, italic: true, color: "7F7F7F" }, alignment: align("center"), border: true, numFmt: "@" },
  /** One line, for the thousands of rows of the detail sheet: a long target is cut at the border, never a row made tall. */
  detailText: { font: { name: FONT, size: 10 }, alignment: align("center", false), border: true, numFmt: "@" },
  detailName: { font: { name: FONT, size: 11 }, alignment: align("left", false), border: true, numFmt: "@" },
  /** A verdict on one line (a wrapped «Không hợp lệ» would print over the rows around it). */
  detailStatus: { font: { name: FONT, size: 10, bold: true }, alignment: align("center", false), border: true },
  localityText: { font: { name: FONT, size: 11 }, alignment: align("center"), border: true, numFmt: "@" },
  state: { font: { name: FONT, size: 12, bold: true }, alignment: align("center"), border: true, numFmt: "@" },
  blockTitle: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: "left", vertical: "middle" } },
  ...Object.fromEntries(
    NUMBER_FORMATS.flatMap((numFmt, decimals) => [
      [`number${decimals}`, { font: { name: FONT, size: 12 }, alignment: align("center"), border: true, numFmt }],
      [`total${decimals}`, { font: { name: FONT, size: 12, bold: true }, alignment: align("center"), border: true, numFmt }],
    ]),
  ),
};

export type Put = (row: number, column: number, cell: Cell) => void;

export function grid(): { put: Put; label: (row: number, text: string) => void; done: () => Row[] } {
  const rows: Row[] = [];
  const put: Put = (row, column, cell) => {
    const target = (rows[row - 1] ??= { cells: [] });
    target.cells[column - 1] = cell;
  };
  // What a message names the row by (Excel's limits, text escaping): the indicator or the commune.
  const label = (row: number, text: string) => {
    (rows[row - 1] ??= { cells: [] }).label = text;
  };
  return { put, label, done: () => Array.from({ length: rows.length }, (_, i) => rows[i] ?? { cells: [] }) };
}

/**
 * A title or note line merged across the first page. On a sheet printed page after page, the row
 * labels repeat on every page, so the line starts after them: a merge reaching into them would
 * print a slice of its text on every page.
 */
export function bannerRow(page: PageSetup, put: Put, merges: string[], last: number): (row: number, cell: Cell) => void {
  const from = page.printTitleColumns ? page.printTitleColumns.to + 1 : 1;
  return (row, cell) => {
    put(row, from, cell);
    merges.push(rangeRef(row, from, row, last));
  };
}

/** Decimals the figures of a row are written with, for its number format (at most 3). */
export function decimalsOf(values: readonly (number | null)[]): number {
  let most = 0;
  for (const value of values) {
    if (value === null || Number.isInteger(value)) continue;
    const text = formatNumber(value, { maxDecimals: 3, grouping: false });
    most = Math.max(most, text.split(",")[1]?.length ?? 0);
  }
  return Math.min(3, most);
}
