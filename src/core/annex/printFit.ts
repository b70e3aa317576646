import { EXCEL_LIMITS } from "./excelLimits";
import { COLUMN_PADDING_PIXELS, MM_PER_PIXEL, PAGE_SAFETY, POINTS_PER_MM, PRINT_PIXELS_PER_CHARACTER } from "./styles";
import { cellText, fitRowHeights, measureCell, measuredHeight, measuredAt, measureRows, mergeSpans, oneLinePoints, pointsNeeded, type MeasuredRow, type MeasuredText } from "./rowHeights";
import type { Cell, Sheet, Style } from "./sheet";
import { textWidthPoints } from "./textWidth";

/**
 * Fitting a table to A4 landscape as an office prints it: column widths shared out by the text
 * each column holds, the print scale that needs the fewest pages, and page breaks that never leave
 * a section heading alone at the foot of a page.
 *
 * Widths start at what each column's longest word needs and grow one character at a time where
 * that saves the most height, so a long agency name gets room before a short phrase wraps into a
 * tower of lines, and no width is spent on a column whose text already fits.
 */

/** A4 landscape at Nghị định 30's margins (left 30, right 15, top and bottom 20 mm). */
export const PRINTABLE_MM = { width: 297 - 30 - 15, height: 210 - 20 - 20 } as const;
/** Scales tried, largest first; below 75 % 12-point text prints under 9 points. */
const SCALES = [100, 90, 85, 80, 75] as const;
/** Enough rows to judge widths by; a 2,000-indicator annex is sampled evenly. */
const SAMPLE_ROWS = 240;
const MIN_WIDTH = 5;
/**
 * A column is never made wider than this for one long word (a pasted link, a run of digits): Excel
 * breaks such a word at the cell's edge, and a wider column would push the table off the page or
 * past Excel's 255-character column width.
 */
const MAX_LEAST_WIDTH = 60;
const POINTS_PER_WIDTH = 7 * 0.75;
/** As rowHeights measures a line. */
const LINE_POINTS_PER_FONT_POINT = 1.32;

export interface PrintFitInput {
  sheet: Sheet;
  styles: Record<string, Style>;
  /** Columns whose width may change (1-based); the others keep theirs. */
  flexible: readonly number[];
  /** Least widths of flexible columns whose text comes later (figures and notes typed by officers). */
  minimums?: ReadonlyMap<number, number>;
  /** Rows fitted together (1-based, inclusive): the header and the data. */
  table: { from: number; to: number };
  /** Rows repeated at the top of every page. */
  titleRows: { from: number; to: number };
  /** Rows that head a section: never the last row of a page. */
  sectionRows: ReadonlySet<number>;
}

export interface PrintFit {
  widths: number[];
  scale: number;
  /** Rows that start a new page. */
  breaks: number[];
  pages: number;
}

/** Sets the sheet's column widths, row heights, scale and page breaks. */
export function fitForPrint(input: PrintFitInput): PrintFit {
  const { sheet, styles } = input;
  let best: PrintFit | null = null;
  // Heights depend on the width only, not the scale: every row measured once, for every scale tried and the heights set.
  const measured = measureRows(sheet, styles);
  const heights = heightTable(input, measured);
  const least = new Map(input.flexible.map((c) => [c, Math.max(minimumWidth(input, c, heights.rows), input.minimums?.get(c) ?? 0)]));
  const widthsAt = SCALES.map((scale) => balancedWidths(input, budgetAt(scale, sheet, input.flexible), heights, least));
  const heightsOf = rowHeightsAt(input, measured, widthsAt);
  for (let k = 0; k < SCALES.length; k++) {
    const scale = SCALES[k] as number;
    const widths = widthsAt[k] as number[];
    const { breaks, pages } = pageBreaks(heightsOf(widths), scale, input);
    if (best === null || pages < best.pages) best = { widths, scale, breaks, pages };
  }
  const fit = best as PrintFit;
  sheet.columns = sheet.columns.map((column, i) => ({ ...column, width: fit.widths[i] ?? column.width }));
  for (const row of sheet.rows) delete row.height;
  fitRowHeights(sheet, styles, measured);
  sheet.rowBreaks = fit.breaks;
  if (sheet.page) {
    delete sheet.page.fitToWidth;
    sheet.page.scale = fit.scale;
  }
  return fit;
}

/** Characters of width the visible columns may share at a scale. */
function budgetAt(scale: number, sheet: Sheet, flexible: readonly number[]): number {
  const pixels = (PRINTABLE_MM.width / MM_PER_PIXEL) * (100 / scale);
  const visible = sheet.columns.filter((c) => !c.hidden);
  const fixed = sheet.columns.reduce((sum, c, i) => (c.hidden || flexible.includes(i + 1) ? sum : sum + c.width), 0);
  return Math.floor((pixels - COLUMN_PADDING_PIXELS * visible.length) / PRINT_PIXELS_PER_CHARACTER) - fixed;
}

/**
 * Every row's height at given widths, as fitRowHeights would set it (undefined: the default),
 * from texts measured once: the scales tried differ only in widths.
 */
function rowHeightsAt(input: PrintFitInput, measured: readonly MeasuredRow[], widthsTried: readonly (readonly number[])[]): (widths: readonly number[]) => (number | undefined)[] {
  const { sheet } = input;
  const spans = mergeSpans(sheet);
  const rounded = (points: number) => (points > 0 ? Math.ceil(points) : undefined);
  // A row whose texts each fit on a line at the narrowest width any scale gives a column needs the
  // same at every scale: found once (most rows), the others measured at each scale's widths.
  const narrowest = (widthsTried[0] ?? []).map((_, c) => Math.min(...widthsTried.map((widths) => widths[c] ?? 10)));
  const same = sheet.rows.map((row, r) => {
    const cells = measured[r];
    if (row.height !== undefined || cells === undefined) return null;
    const points = oneLinePoints(cells, narrowest, spans.get(r + 1));
    return points === null ? null : rounded(points);
  });
  return (widths) =>
    sheet.rows.map((row, r) => {
      if (row.height !== undefined) return row.height;
      const known = same[r];
      if (known !== null) return known;
      const cells = measured[r];
      return rounded(cells === undefined ? 0 : pointsNeeded(cells, widths, spans.get(r + 1)));
    });
}

type HeightTable = { rows: number[]; at: (column: number, width: number) => Float64Array };

/** Each sampled cell's height at a width computed once and kept. */
function heightTable(input: PrintFitInput, measuredRows: readonly MeasuredRow[]): HeightTable {
  const { sheet } = input;
  const rows = sampleRows(input.table);
  const spanning = mergedAnchors(sheet);
  const measured = new Map<number, (MeasuredText | null)[]>();
  const cache = new Map<string, Float64Array>();
  const at = (column: number, width: number): Float64Array => {
    const key = `${column}:${width}`;
    let found = cache.get(key);
    if (found === undefined) {
      let texts = measured.get(column);
      if (texts === undefined) {
        texts = rows.map((r) => (spanning.has(`${r}:${column}`) ? null : measuredAt(measuredRows[r - 1], column - 1)));
        measured.set(column, texts);
      }
      found = Float64Array.from(texts, (t) => measuredHeight(t, width));
      cache.set(key, found);
    }
    return found;
  };
  return { rows, at };
}

/** Greedy: each character of the budget goes to the column where it saves the most height. */
function balancedWidths(input: PrintFitInput, budget: number, table: HeightTable, least: ReadonlyMap<number, number>): number[] {
  const { sheet, flexible } = input;
  const { rows } = table;
  const widths = sheet.columns.map((c) => c.width);
  for (const column of flexible) widths[column - 1] = least.get(column) ?? MIN_WIDTH;
  const heights = table.at;
  const columns = sheet.columns.map((_, i) => i + 1).filter((c) => !sheet.columns[c - 1]?.hidden);
  const current = columns.map((c) => heights(c, widths[c - 1] ?? 10));
  const total = (replaced: number, candidate: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < rows.length; i++) {
      let row = 0;
      for (let k = 0; k < columns.length; k++) {
        const h = columns[k] === replaced ? (candidate[i] as number) : ((current[k] as Float64Array)[i] as number);
        if (h > row) row = h;
      }
      sum += row;
    }
    return sum;
  };
  let left = budget - flexible.reduce((sum, c) => sum + (widths[c - 1] ?? 0), 0);
  while (left > 0) {
    const now = total(-1, new Float64Array(0));
    let pick = -1;
    let pickTotal = now;
    for (const column of flexible) {
      const after = total(column, heights(column, (widths[column - 1] ?? 0) + 1));
      if (after < pickTotal - 1e-9) {
        pick = column;
        pickTotal = after;
      }
    }
    if (pick < 0) break;
    widths[pick - 1] = (widths[pick - 1] ?? 0) + 1;
    current[columns.indexOf(pick)] = heights(pick, widths[pick - 1] ?? 0);
    left--;
  }
  // Room no row needs goes to the columns by how much text they hold, so the table fills the page.
  if (left > 0) {
    // By the text each column holds now, not the room a verdict keeps for a mark it may show later.
    const weights = flexible.map((c) => rows.reduce((sum, r) => sum + heldText(sheet.rows[r - 1]?.cells[c - 1]).length, 0) + 1);
    const all = weights.reduce((a, b) => a + b, 0);
    flexible.forEach((c, i) => (widths[c - 1] = (widths[c - 1] ?? 0) + Math.floor((left * (weights[i] ?? 0)) / all)));
  }
  return widths.map((w) => Math.min(w, EXCEL_LIMITS.columnWidth));
}

function heldText(cell: Cell | null | undefined): string {
  return cell === null || cell === undefined || cell.shown === undefined ? cellText(cell) : cellText({ ...cell, shown: undefined });
}

/** Short texts (a header, a unit, a target) wrap into at most this many lines. */
const SHORT_TEXT = 40;
const MAX_SHORT_LINES = 3;

/**
 * The longest word of a column must fit on a line, a short phrase in at most three lines, and no
 * column is narrower than MIN_WIDTH. Cells merged across columns are measured by their merge.
 */
function minimumWidth(input: PrintFitInput, column: number, rows: readonly number[]): number {
  const spanning = mergedAnchors(input.sheet);
  let widest = 0;
  let least = MIN_WIDTH;
  for (const r of rows) {
    if (spanning.has(`${r}:${column}`)) continue;
    const cell = input.sheet.rows[r - 1]?.cells[column - 1];
    const style = input.styles[cell?.style ?? ""];
    const size = style?.font?.size ?? 11;
    const bold = style?.font?.bold === true;
    const text = cellText(cell);
    for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidthPoints(word, size, bold) * 1.04 + (style?.alignment?.indent ?? 0) * 7.5);
    if (text.length > 0 && text.length <= SHORT_TEXT && style?.alignment?.wrapText) {
      const limit = MAX_SHORT_LINES * size * LINE_POINTS_PER_FONT_POINT + 2;
      const measured = measureCell(cell, input.styles);
      while (least < 60 && measuredHeight(measured, least) > limit) least++;
    }
  }
  return Math.min(MAX_LEAST_WIDTH, Math.max(least, Math.ceil(widest / POINTS_PER_WIDTH)));
}

/** "row:column" of cells whose merge spans several columns. */
function mergedAnchors(sheet: Sheet): Set<string> {
  const anchors = new Set<string>();
  for (const merge of sheet.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge);
    if (!match || match[1] === match[3]) continue;
    anchors.add(`${match[2]}:${letterNumber(match[1] ?? "")}`);
  }
  return anchors;
}

function letterNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

function sampleRows(table: { from: number; to: number }): number[] {
  const count = table.to - table.from + 1;
  if (count <= SAMPLE_ROWS) return Array.from({ length: Math.max(0, count) }, (_, i) => table.from + i);
  return Array.from({ length: SAMPLE_ROWS }, (_, i) => table.from + Math.floor((i * count) / SAMPLE_ROWS));
}

/** Rows of default height when a row has none (15 points, Excel's default at 11 points). */
const rowPoints = (heights: readonly (number | undefined)[], row: number) => heights[row - 1] ?? 15;

/**
 * Where pages break at a scale: a row that does not fit starts the next page, and a section
 * heading that would end a page moves to the next one with its first row.
 */
export function pageBreaks(heights: readonly (number | undefined)[], scale: number, input: Pick<PrintFitInput, "titleRows" | "sectionRows">): { breaks: number[]; pages: number } {
  const capacity = ((PRINTABLE_MM.height * POINTS_PER_MM) / (scale / 100)) * PAGE_SAFETY;
  let titles = 0;
  for (let r = input.titleRows.from; r <= input.titleRows.to; r++) titles += rowPoints(heights, r);
  const breaks: number[] = [];
  let used = 0;
  let pageStart = 1;
  for (let r = 1; r <= heights.length; r++) {
    const height = rowPoints(heights, r);
    if (used + height > capacity && r > pageStart && r > input.titleRows.to) {
      let start = r;
      while (input.sectionRows.has(start - 1) && start - 1 > pageStart) start--;
      breaks.push(start);
      pageStart = start;
      used = titles;
      for (let k = start; k < r; k++) used += rowPoints(heights, k);
    }
    used += height;
  }
  return { breaks, pages: breaks.length + 1 };
}
