import type { Status } from "../check";
import type { Column, PageSetup, Style } from "./sheet";

/**
 * Figures the sheet computes (% so với KH, totals) are numbers, so formulas and consolidation read
 * them; their format says they are Vietnamese ([$-42A], vi-VN). LibreOffice then prints them
 * "93,8" and "1.234,5" whatever its own language, beside entries typed that way; Excel takes its
 * separators from Windows' regional settings whatever the format says (see README).
 */
export const VIETNAMESE_NUMBER = "[$-42A]";

/** Nghị định 30/2020: Times New Roman, black. Input cells are tinted so officers see where to type. */
const FONT = "Times New Roman";
const base = (size: number, extra: Style["font"] = {}): Style["font"] => ({ name: FONT, size, ...extra });
const cellAlign = (horizontal: "left" | "center" | "right", indent?: number) =>
  ({ horizontal, vertical: "middle", wrapText: true, ...(indent ? { indent } : {}) }) as const;

export const ANNEX_STYLES: Record<string, Style> = {
  annexNumber: { font: base(14, { bold: true }), alignment: { horizontal: "center", vertical: "middle" } },
  title: { font: base(13, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  attached: { font: base(13, { italic: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  locality: { font: base(13, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } },
  header: { font: base(12, { bold: true }), alignment: cellAlign("center"), border: true, fill: "F2F2F2" },
  headerNumber: { font: base(11, { italic: true }), alignment: cellAlign("center"), border: true },
  section: { font: base(12, { bold: true }), alignment: cellAlign("left"), border: true, fill: "F2F2F2", numFmt: "@" },
  sectionCenter: { font: base(12, { bold: true }), alignment: cellAlign("center"), border: true, fill: "F2F2F2", numFmt: "@" },
  center: { font: base(12), alignment: cellAlign("center"), border: true, numFmt: "@" },
  name: { font: base(12), alignment: cellAlign("left"), border: true, numFmt: "@" },
  part: { font: base(12, { italic: true }), alignment: cellAlign("left", 1), border: true, numFmt: "@" },
  subPart: { font: base(12, { italic: true }), alignment: cellAlign("left", 2), border: true, numFmt: "@" },
  target: { font: base(12), alignment: cellAlign("center"), border: true, numFmt: "@" },
  text: { font: base(12), alignment: cellAlign("left"), border: true, numFmt: "@" },
  agencySuggested: { font: base(12, { italic: true, color: "595959" }), alignment: cellAlign("left"), border: true, numFmt: "@" },
  // Text cells: what an officer types stays as typed ("97,5%", "8,7" under English regional
  // settings), and the sheet's formulas read it the Vietnamese way (check/entry.ts).
  input: { font: base(12), alignment: cellAlign("center"), border: true, fill: "FFF9E5", numFmt: "@" },
  inputHeading: { font: base(12), alignment: cellAlign("center"), border: true, fill: "E7E6E6", numFmt: "@" },
  percent: { font: base(12), alignment: cellAlign("center"), border: true, numFmt: `${VIETNAMESE_NUMBER}#,##0.0` },
  status: { font: base(12, { bold: true }), alignment: cellAlign("center"), border: true },
  note: { font: base(12), alignment: cellAlign("left"), border: true, fill: "FFF9E5", numFmt: "@" },
  // Shown as nothing (";;;" hides every kind of value, text too; the value itself is kept and read):
  // LibreOffice draws a hidden column's text in the margin beside the last printed column, so the
  // codes were in the printed annex's text layer.
  hidden: { font: base(10), numFmt: ";;;" },
  footnote: { font: base(11, { italic: true }), alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  modelText: { numFmt: "@" },
};

/**
 * The issued copy: the same table in black on white, as Nghị định 30 prints it. No input shading,
 * and a confirmed agency looks like any other text.
 */
export const ISSUED_STYLES: Record<string, Style> = Object.fromEntries(
  Object.entries(ANNEX_STYLES).map(([key, style]) => {
    if (key === "agencySuggested") return [key, ANNEX_STYLES.text as Style];
    if (key === "header" || key === "section" || key === "sectionCenter") return [key, style];
    const { fill: _fill, ...rest } = style;
    return [key, rest];
  }),
);

export const STATUS_COLOURS: readonly { status: Status; fill: string; fontColor: string }[] = [
  { status: "vuot", fill: "C6EFCE", fontColor: "006100" },
  { status: "dat", fill: "DDEBF7", fontColor: "1F4E78" },
  { status: "khong_dat", fill: "FFC7CE", fontColor: "9C0006" },
  { status: "khong_hop_le", fill: "FFEB9C", fontColor: "9C5700" },
];

/** Page numbers in the table's own font: without a font code Excel prints the footer in Calibri. */
export const PAGE_FOOTER = '&C&"Times New Roman,Regular"&12Trang &P/&N';

/**
 * Nghị định 30/2020 for wide tables: A4 landscape; margins top and bottom 20 mm, left 30 mm, right
 * 15 mm; the header rows repeated on every page; pages numbered in the footer.
 */
export function landscapePage(printTitleRows: { from: number; to: number }, extra: Partial<PageSetup> = {}): PageSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
    printTitleRows,
    footer: PAGE_FOOTER,
    ...extra,
  };
}

const A4_LANDSCAPE_WIDTH_MM = 297;

/** Print geometry shared by the page fitters (printFit.ts, widePrint.ts): 96 pixels an inch, 72 points an inch. */
export const MM_PER_PIXEL = 25.4 / 96;
export const POINTS_PER_MM = 72 / 25.4;
/**
 * Excel counts 7 pixels a character of width; LibreOffice prints Calibri's (Carlito's) unrounded
 * digit, about 7.4. The fitters count the wider one, which keeps a table inside the page in both.
 */
export const PRINT_PIXELS_PER_CHARACTER = 7.5;
/** Excel's padding of every column, in pixels. */
export const COLUMN_PADDING_PIXELS = 5;
/** Leaves room for the renderers' own rounding of row heights, widths and scale. */
export const PAGE_SAFETY = 0.98;

/**
 * Width at 100 % of the visible columns, in millimetres. A column width counts digits of the
 * workbook's 11-point default font: 7 pixels each plus 5 of padding, at 96 pixels per inch.
 */
export function printedWidthMm(columns: readonly Column[]): number {
  return columns.reduce((mm, column) => (column.hidden ? mm : mm + (column.width * 7 + COLUMN_PADDING_PIXELS) * MM_PER_PIXEL), 0);
}

/** Below this, 12-point text prints under about 7 points: too small to read on paper. */
export const MIN_LEGIBLE_SCALE = 0.6;

/**
 * A table whose width varies (one column group per commune): one page wide while that keeps the
 * text legible; wider, printed at full size page after page, each page repeating `rowLabels`, the
 * columns that say which row is which.
 */
export function widePage(columns: readonly Column[], printTitleRows: { from: number; to: number }, rowLabels: { from: number; to: number }): PageSetup {
  const page = landscapePage(printTitleRows);
  const printable = A4_LANDSCAPE_WIDTH_MM - page.margins.left - page.margins.right;
  const scale = printable / printedWidthMm(columns);
  return { ...page, ...(scale >= MIN_LEGIBLE_SCALE ? { fitToWidth: 1 } : { printTitleColumns: rowLabels }) };
}
