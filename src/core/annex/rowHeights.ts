import { EXCEL_LIMITS } from "./excelLimits";
import type { Cell, Sheet, Style } from "./sheet";
import { textWidthPoints } from "./textWidth";
import { isWhitespaceCode } from "../vn/text";

/**
 * Row heights for wrapped text. Excel fits rows to wrapped text when it opens a file, but
 * LibreOffice (and so PDF export) and merged cells do not: without a height, a long indicator
 * name prints on one clipped line. Lines are broken greedily by word, with each word measured in
 * the font's own widths ("UBND-HĐND" is far wider than "thôn xóm"), a little generously so that
 * text is never clipped. Excel draws no row taller than 409 points: a text that needs more keeps
 * the row at that height and gets its full text as the cell's note, so it can still be read.
 */
const LINE_POINTS_PER_FONT_POINT = 1.32;
const PADDING_POINTS = 2;
const GENEROUS = 1.04;
/** A column width counts 7-pixel digits; the cell's text gets that much, in points (0.75 a pixel). */
const POINTS_PER_WIDTH = 7 * 0.75;
/** Each indent level moves text by about 10 pixels. */
const POINTS_PER_INDENT = 10 * 0.75;

/** A cell's text measured once: word widths by paragraph, in points, for any column width. */
export interface MeasuredText {
  paragraphs: number[][];
  space: number;
  size: number;
  indent: number;
  /** The widest paragraph written on one line: where it fits, each paragraph is one line. */
  longest: number;
}

export function measureText(text: string, size: number, bold: boolean, indent = 0): MeasuredText {
  const widths = wordWidths(size, bold);
  const measure = (word: string) => {
    let width = widths.get(word);
    if (width === undefined) {
      width = textWidthPoints(word, size, bold) * GENEROUS;
      // Bounded: words repeat (syllables, units, agencies), a text's odd words do not pile up.
      if (widths.size >= WORD_CACHE_SIZE) widths.clear();
      widths.set(word, width);
    }
    return width;
  };
  const space = measure(" ");
  let longest = 0;
  // Paragraphs split at "\n", words at any other whitespace (what \s matches), in one pass over the text.
  const paragraphs: number[][] = [];
  let words: number[] = [];
  let line = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEW_LINE;
    if (!isWhitespaceCode(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const width = measure(text.slice(start, i));
      line += words.length === 0 ? width : space + width;
      words.push(width);
      start = -1;
    }
    if (code === NEW_LINE) {
      paragraphs.push(words);
      if (line > longest) longest = line;
      words = [];
      line = 0;
    }
  }
  return { paragraphs, space, size, indent, longest };
}

const NEW_LINE = 10;

/** Words measured once per font: a 100,000-row annex repeats a few thousand words. */
const WORD_WIDTHS = new Map<string, Map<string, number>>();
const WORD_CACHE_SIZE = 50_000;

function wordWidths(size: number, bold: boolean): Map<string, number> {
  const key = `${size}${bold ? "b" : ""}`;
  let widths = WORD_WIDTHS.get(key);
  if (widths === undefined) WORD_WIDTHS.set(key, (widths = new Map()));
  return widths;
}

/** Below this much short of the line, rounding cannot make a text that fits on one line count otherwise. */
const ONE_LINE_SLACK = 1e-6;

function lineCount(text: MeasuredText, available: number): number {
  // Most cells (units, targets, short names) fit: each paragraph on a line, no word to place.
  if (text.longest <= available - ONE_LINE_SLACK) return text.paragraphs.length;
  let lines = 0;
  for (const paragraph of text.paragraphs) {
    let line = 0;
    lines++;
    for (const width of paragraph) {
      if (line > 0 && line + text.space + width <= available) {
        line += text.space + width;
        continue;
      }
      if (line > 0) lines++;
      line = width;
      // A word longer than the line is broken where it runs out.
      while (line > available) {
        lines++;
        line -= available;
      }
    }
  }
  return lines;
}

/** The measured cell, or null when it shows nothing or does not wrap. */
export function measureCell(cell: Cell | null | undefined, styles: Record<string, Style>): MeasuredText | null {
  const text = cellText(cell);
  if (text === "") return null;
  const style = styles[cell?.style ?? ""];
  if (!style?.alignment?.wrapText) return null;
  return measureText(text, style.font?.size ?? 11, style.font?.bold === true, style.alignment.indent ?? 0);
}

/** Points the measured text needs at a column width (characters). */
export function measuredHeight(text: MeasuredText | null, width: number): number {
  if (text === null) return 0;
  const available = Math.max(POINTS_PER_WIDTH, width * POINTS_PER_WIDTH - text.indent * POINTS_PER_INDENT);
  return lineCount(text, available) * text.size * LINE_POINTS_PER_FONT_POINT + PADDING_POINTS;
}

/**
 * Points a cell needs at a column width (characters), or 0 when it does not wrap. A formula's
 * result counts like a value: a verdict ("Không hợp lệ") must fit as much as a typed note.
 */
export function cellHeight(cell: Cell | null | undefined, width: number, styles: Record<string, Style>): number {
  return measuredHeight(measureCell(cell, styles), width);
}

/** What a cell shows, near enough to measure: numbers as a few digits (they never wrap into many lines). */
export function cellText(cell: Cell | null | undefined): string {
  const shown = cell?.shown ?? cell?.value ?? cell?.result ?? null;
  if (typeof shown === "string") return shown;
  if (typeof shown === "number") return String(Math.round(shown * 1000) / 1000);
  return "";
}

/**
 * A row's wrapping cells measured, in column order: their 0-based columns and texts. Hidden columns
 * and cells that show nothing or do not wrap are left out (an annex row has a few such cells among
 * twenty-odd).
 */
export interface MeasuredRow {
  columns: number[];
  texts: MeasuredText[];
}

/** The measured text of a row's cell (0-based column), or null. */
export function measuredAt(row: MeasuredRow | undefined, column: number): MeasuredText | null {
  if (row === undefined) return null;
  const at = row.columns.indexOf(column);
  return at < 0 ? null : (row.texts[at] ?? null);
}

/**
 * Every row measured once, for its height at any column widths: equal texts in equal styles (units,
 * agencies, targets, verdicts repeat down an annex) are measured once. Hidden columns (codes, the
 * reading helpers) hold text that never prints.
 */
export function measureRows(sheet: Sheet, styles: Record<string, Style>): MeasuredRow[] {
  const known = new Map<string, Map<string, MeasuredText | null>>();
  const wraps = new Map<string, boolean>();
  const measured = (cell: Cell): MeasuredText | null => {
    const style = cell.style ?? "";
    let wrapping = wraps.get(style);
    if (wrapping === undefined) wraps.set(style, (wrapping = styles[style]?.alignment?.wrapText === true));
    if (!wrapping) return null;
    const text = cellText(cell);
    if (text === "") return null;
    let byText = known.get(style);
    if (byText === undefined) known.set(style, (byText = new Map()));
    let found = byText.get(text);
    if (found === undefined) {
      found = measureCell(cell, styles);
      byText.set(text, found);
    }
    return found;
  };
  const hidden = sheet.columns.map((column) => column.hidden === true);
  return sheet.rows.map((row) => {
    const out: MeasuredRow = { columns: [], texts: [] };
    const cells = row.cells;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined || hidden[c] === true) continue;
      const text = measured(cell);
      if (text === null) continue;
      out.columns.push(c);
      out.texts.push(text);
    }
    return out;
  });
}

/**
 * The last column of each merge that spans several columns, by the row and column of its first
 * cell: such a cell wraps in the width of all its columns.
 */
export function mergeSpans(sheet: Sheet): Map<number, Map<number, number>> {
  const spans = new Map<number, Map<number, number>>();
  for (const merge of sheet.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge);
    if (!match || match[1] === match[3]) continue;
    const row = Number(match[2]);
    let columns = spans.get(row);
    if (columns === undefined) spans.set(row, (columns = new Map()));
    columns.set(letterIndex(match[1] ?? ""), letterIndex(match[3] ?? ""));
  }
  return spans;
}

/** Points a measured row needs at column widths (characters, by 0-based column), 0 when nothing wraps. */
export function pointsNeeded(row: MeasuredRow, widths: readonly number[], spans: ReadonlyMap<number, number> | undefined): number {
  let points = 0;
  for (let i = 0; i < row.columns.length; i++) {
    const needed = measuredHeight(row.texts[i] as MeasuredText, spannedWidth(row.columns[i] as number, widths, spans));
    if (needed > points) points = needed;
  }
  return points;
}

/** A cell's width (0-based column), with the columns its merge spans. */
function spannedWidth(c: number, widths: readonly number[], spans: ReadonlyMap<number, number> | undefined): number {
  let width = widths[c] ?? 10;
  const last = spans?.get(c + 1);
  if (last !== undefined) for (let k = c + 1; k < last; k++) width += widths[k] ?? 0;
  return width;
}

/**
 * What a measured row needs at these widths when each of its texts fits there with every paragraph
 * on one line, else null. Wider columns leave such a row as it is: at any widths at least these, it
 * needs exactly this (so print fitting computes it once for all the scales it tries).
 */
export function oneLinePoints(row: MeasuredRow, widths: readonly number[], spans: ReadonlyMap<number, number> | undefined): number | null {
  let points = 0;
  for (let i = 0; i < row.columns.length; i++) {
    const text = row.texts[i] as MeasuredText;
    const width = spannedWidth(row.columns[i] as number, widths, spans);
    const available = Math.max(POINTS_PER_WIDTH, width * POINTS_PER_WIDTH - text.indent * POINTS_PER_INDENT);
    if (!(text.longest <= available - ONE_LINE_SLACK)) return null;
    const needed = measuredHeight(text, width);
    if (needed > points) points = needed;
  }
  return points;
}

/**
 * Sets every row's height to what its wrapped text needs at the sheet's column widths (rows that
 * have a height keep it, capped at Excel's limit). `measured` when the caller has measured already.
 */
export function fitRowHeights(sheet: Sheet, styles: Record<string, Style>, measured: readonly MeasuredRow[] = measureRows(sheet, styles)): void {
  const spans = mergeSpans(sheet);
  const widths = sheet.columns.map((column) => column.width);
  sheet.rows.forEach((row, r) => {
    if (row.height !== undefined) {
      row.height = Math.min(row.height, EXCEL_LIMITS.rowHeight);
      return;
    }
    const cells = measured[r];
    if (cells === undefined) return;
    const rowSpans = spans.get(r + 1);
    const points = pointsNeeded(cells, widths, rowSpans);
    if (points > 0) row.height = Math.min(Math.ceil(points), EXCEL_LIMITS.rowHeight);
    if (points <= EXCEL_LIMITS.rowHeight) return;
    // A text taller than Excel draws a row is kept whole in the cell's note, so it can still be read.
    cells.columns.forEach((c, i) => {
      const cell = row.cells[c];
      if (measuredHeight(cells.texts[i] as MeasuredText, spannedWidth(c, widths, rowSpans)) > EXCEL_LIMITS.rowHeight && cell && typeof cell.value === "string" && cell.note === undefined) {
        cell.note = cell.value;
      }
    });
  });
}

function letterIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}
