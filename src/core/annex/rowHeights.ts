import { EXCEL_LIMITS } from "./excelLimits";
import { columnLetter, type Cell, type Sheet, type Style } from "./sheet";
import { textWidthPoints } from "./textWidth";

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
}

export function measureText(text: string, size: number, bold: boolean, indent = 0): MeasuredText {
  const measure = (word: string) => textWidthPoints(word, size, bold) * GENEROUS;
  return { paragraphs: text.split("\n").map((p) => p.split(/\s+/).filter((w) => w !== "").map(measure)), space: measure(" "), size, indent };
}

function lineCount(text: MeasuredText, available: number): number {
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

export function fitRowHeights(sheet: Sheet, styles: Record<string, Style>): void {
  const mergedWidth = new Map<string, number>();
  for (const merge of sheet.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge);
    if (!match) continue;
    const [, from = "", top = "", to = ""] = match;
    let width = 0;
    for (let c = 1; c <= sheet.columns.length; c++) {
      const letter = columnLetter(c);
      if (letterIndex(letter) >= letterIndex(from) && letterIndex(letter) <= letterIndex(to)) width += sheet.columns[c - 1]?.width ?? 0;
    }
    mergedWidth.set(`${from}${top}`, width);
  }
  sheet.rows.forEach((row, r) => {
    if (row.height !== undefined) {
      row.height = Math.min(row.height, EXCEL_LIMITS.rowHeight);
      return;
    }
    let points = 0;
    const tall: number[] = [];
    row.cells.forEach((cell, c) => {
      // Hidden columns (codes, the reading helpers) hold text that never prints.
      if (sheet.columns[c]?.hidden === true) return;
      const width = mergedWidth.get(`${columnLetter(c + 1)}${r + 1}`) ?? sheet.columns[c]?.width ?? 10;
      const needed = cellHeight(cell, width, styles);
      if (needed > EXCEL_LIMITS.rowHeight) tall.push(c);
      points = Math.max(points, needed);
    });
    if (points > 0) row.height = Math.min(Math.ceil(points), EXCEL_LIMITS.rowHeight);
    for (const c of tall) {
      const cell = row.cells[c];
      if (cell && typeof cell.value === "string" && cell.note === undefined) cell.note = cell.value;
    }
  });
}

function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}
