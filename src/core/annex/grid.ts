/**
 * What a host reads back from a workbook: plain values the core can interpret (e.g. the actuals an
 * officer typed, found by indicator code), independent of the library that parsed the file.
 *
 * Conventions match sheet.ts: rows and columns are 1-based in the helpers below, formulas are
 * invariant (en-US) syntax without the leading "=".
 */

/**
 * A constant, or for a formula cell its cached result. Dates come back as ISO text ("2024-02-01",
 * or "2024-02-01T08:30:00" with a time) so that a date Excel made out of a typed "1/2" is never
 * mistaken for a number; error values as their text ("#DIV/0!"); rich text as its plain text.
 */
export type GridValue = string | number | boolean | null;

export interface GridCell {
  value: GridValue;
  /** Present for formula cells (shared formulas are expanded to this cell's own formula). */
  formula?: string;
  /** The cell's number format code, left out for "General". */
  numFmt?: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface GridSheet {
  name: string;
  visibility: SheetVisibility;
  /**
   * rows[r - 1][c - 1] is the cell at row r, column c. Each row ends at its last stored cell, so
   * rows differ in length; use gridCell() to read any position safely. Cells covered by a merge,
   * other than its top-left cell, are empty.
   */
  rows: GridCell[][];
  /** "A1:J1" style ranges. */
  merges: string[];
}

export interface GridWorkbook {
  sheets: GridSheet[];
}

const EMPTY: GridCell = Object.freeze({ value: null }) as GridCell;

/** The cell at a 1-based position; an empty cell outside what the file stores. */
export function gridCell(sheet: GridSheet, row: number, column: number): GridCell {
  return sheet.rows[row - 1]?.[column - 1] ?? EMPTY;
}

export function gridSheet(workbook: GridWorkbook, name: string): GridSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name);
}

/** The widest row's length. */
export function gridColumnCount(sheet: GridSheet): number {
  return sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
}
