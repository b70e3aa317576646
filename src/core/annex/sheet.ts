/**
 * A plain-data description of a workbook: what every host (ExcelJS for .xlsx files, Office.js for
 * live Excel) renders, cell for cell. Layout is decided here, in the core; hosts only translate.
 *
 * Conventions: rows and columns are 1-based; formulas are in Excel's invariant (en-US) syntax,
 * without the leading "=" (as stored in OOXML); number formats are invariant format codes
 * ("#,##0.0"), which Excel shows with the user's separators (1.234,5 in Vietnamese); colours are
 * "RRGGBB"; column widths are in characters, row heights in points.
 */

export type CellValue = string | number | boolean | null;

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface Alignment {
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrapText?: boolean;
  indent?: number;
}

export interface Style {
  font?: Font;
  alignment?: Alignment;
  /** Solid background colour. */
  fill?: string;
  /** Thin black border on all four sides. */
  border?: boolean;
  /** Number format code; "@" makes the cell text. */
  numFmt?: string;
}

export interface Cell {
  /** A constant. Strings are always written as text, never read as formulas ("=x" stays "=x"). */
  value?: CellValue;
  /**
   * A formula without "=", e.g. 'IF(G7="","",G7/95*100)', for a cell whose formula is not relative
   * to its own row (or read from a file). A cell holds `formula` or `pattern`, never both: read a
   * cell's formula with `cellFormula`.
   */
  formula?: string;
  /** What the formula evaluates to as generated, so files read without recalculation show it. */
  result?: CellValue;
  /**
   * A formula relative to its own row: the row written as ROW_MARK in every relative reference to it
   * (the formula at row 7 is `rowFormula(pattern, 7)`). Cells down a column with equal patterns hold
   * one formula, which an .xlsx stores once (a shared formula) instead of once a row, and a
   * 100,000-row layout holds a few hundred patterns instead of a million formula texts.
   */
  pattern?: string;
  /** Key into Workbook.styles. */
  style?: string;
  /** A note (comment) on the cell: the full text of a cell too long to show in a row Excel can draw. */
  note?: string;
  /**
   * What the cell shows as generated when a conditional format adds to its value ("Vượt - Kiểm tra
   * lại số liệu"); only measured for row heights and print fitting, never written.
   */
  shown?: string;
}

export interface Row {
  /** Points; omitted for automatic height. */
  height?: number;
  hidden?: boolean;
  /** Who the row is for messages, e.g. «Tỷ lệ hộ nghèo» (STT 16, mục B «XÃ HỘI»); not written. */
  label?: string;
  /** Dense from column 1; null or a missing entry is an empty, unstyled cell. */
  cells: (Cell | null)[];
}

export interface Column {
  /** Characters. */
  width: number;
  hidden?: boolean;
}

/** "A1:J1" style ranges, on the sheet they belong to. */
export type RangeRef = string;

export type DataValidation =
  | {
      range: RangeRef;
      type: "decimal" | "whole";
      /** Inclusive bounds; omitted means unbounded. */
      min?: number;
      max?: number;
      prompt?: { title: string; message: string };
      error: { title: string; message: string };
    }
  | {
      range: RangeRef;
      type: "list";
      values: string[];
      prompt?: { title: string; message: string };
      error: { title: string; message: string };
    }
  /** Anything may be typed; the prompt says what is expected (figures typed as text are read too). */
  | {
      range: RangeRef;
      type: "any";
      prompt: { title: string; message: string };
    };

export interface ConditionalFormat {
  range: RangeRef;
  /** A formula relative to the top-left cell of the range, without "=", e.g. '$I7="Vượt"'. */
  formula: string;
  /** `numFmt`: a number format while the condition holds (its text section can add words to a text cell). */
  style: { fill?: string; fontColor?: string; bold?: boolean; numFmt?: string };
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, e.g. {from: 5, to: 6}. */
  printTitleRows?: { from: number; to: number };
  /** Columns repeated at the left of every printed page of a table too wide for one page. */
  printTitleColumns?: { from: number; to: number };
  /** Scale to this many pages wide (height unbounded). */
  fitToWidth?: number;
  /** Print at this percentage instead (the table's widths were fitted to the page at it). */
  scale?: number;
  /** Pages of a table wider than a page: across then down, or down then across (Excel's default). */
  pageOrder?: "overThenDown" | "downThenOver";
  /** Footer text with Excel codes, e.g. "Trang &P/&N". */
  footer?: string;
  horizontalCentered?: boolean;
}

export interface Sheet {
  name: string;
  visibility: "visible" | "veryHidden";
  columns: Column[];
  rows: Row[];
  merges: RangeRef[];
  /** Panes frozen above `rows` and left of `columns`. */
  frozen?: { rows: number; columns: number };
  validations: DataValidation[];
  conditionalFormats: ConditionalFormat[];
  page?: PageSetup;
  /** Rows that start a new printed page (manual page breaks above them). */
  rowBreaks?: number[];
  /** Show grid lines on screen. */
  gridLines?: boolean;
}

export interface DefinedName {
  name: string;
  /** e.g. "'Phụ lục I'!$G$7:$G$60" */
  refersTo: string;
}

export interface Workbook {
  sheets: Sheet[];
  /** Name of the sheet shown when the file opens; never a very hidden sheet. */
  activeSheet: string;
  styles: Record<string, Style>;
  definedNames: DefinedName[];
  properties: { title: string; creator: string };
}

/**
 * Stands for the row in a formula pattern (Cell.pattern). A control character: plan text reaches
 * formulas only as a unit, and a unit with control characters is never put in a formula
 * (check/entry.ts strippableUnit).
 */
export const ROW_MARK = "\u0001";

/** A formula pattern at a row: "IF(G\u0001>5,...)" at row 7 is "IF(G7>5,...)". */
export function rowFormula(pattern: string, row: number): string {
  return pattern.replaceAll(ROW_MARK, String(row));
}

/** Whether a cell holds a formula: its own text or a pattern. */
export function hasFormula(cell: Cell | null | undefined): cell is Cell & ({ formula: string } | { pattern: string }) {
  return cell !== null && cell !== undefined && (cell.formula !== undefined || cell.pattern !== undefined);
}

/** A cell's formula at its (1-based) row: its own, or its pattern's there; undefined for a constant or an empty cell. */
export function cellFormula(cell: Cell | null | undefined, row: number): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell.formula !== undefined) return cell.formula;
  return cell.pattern === undefined ? undefined : rowFormula(cell.pattern, row);
}

/** "A".."Z", "AA".. for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellRef(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnLetter(column)}$${row}` : `${columnLetter(column)}${row}`;
}

export function rangeRef(top: number, left: number, bottom: number, right: number): RangeRef {
  return `${cellRef(top, left)}:${cellRef(bottom, right)}`;
}

/** "$5:$6": whole rows, as print titles name them. */
export function rowSpanRef(span: { from: number; to: number }): string {
  return `$${span.from}:$${span.to}`;
}

/** "$A:$C": whole columns, as print titles name them. */
export function columnSpanRef(span: { from: number; to: number }): string {
  return `$${columnLetter(span.from)}:$${columnLetter(span.to)}`;
}

/** Sheet names in formulas and defined names are quoted, with quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
