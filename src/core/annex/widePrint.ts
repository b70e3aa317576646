import type { Column, PageSetup } from "./sheet";
import { COLUMN_PADDING_PIXELS, landscapePage, MIN_LEGIBLE_SCALE, MM_PER_PIXEL, PAGE_SAFETY, POINTS_PER_MM, PRINT_PIXELS_PER_CHARACTER, printedWidthMm } from "./styles";

/**
 * How a table wider than a page prints, as a provincial office issues one: one page wide while the
 * text stays legible; wider, at the scale that needs the fewest pages (never under 75 %, where
 * 12-point text prints under 9 points), the header rows and the row labels (STT, name) repeated on
 * every page, pages numbered across then down so that a commune's row is read on consecutive
 * pages, and the title lines ending within the first page so they are never cut between pages.
 */

const SCALES = [100, 95, 90, 85, 80, 75] as const;

export interface WidePrintInput {
  columns: readonly Column[];
  /** Rows repeated at the top of every page. */
  titleRows: { from: number; to: number };
  /** Columns that say which row is which, repeated at the left of every page when the table is wider than one. */
  rowLabels: { from: number; to: number };
  /** Row heights in points (undefined: Excel's default 15), for the pages a scale needs down. */
  rowHeights: readonly (number | undefined)[];
  /**
   * Columns after the row labels come in groups of this many (an indicator's Kế hoạch, Thực hiện,
   * Đánh giá): a group is never cut between pages. Excel and LibreOffice break pages by whole
   * columns only, so the first column of each group is widened until whole groups fill a page and
   * the next group's first column cannot fit beside them. Given as 1, single columns are widened so:
   * a table whose header spans columns (a section's title) splits it where the pages break.
   */
  group?: number;
}

export interface WidePrint {
  page: PageSetup;
  /** The columns, widened so that groups are never cut (the same when no group is given). */
  columns: Column[];
  /** The last column printed on the first page: title lines merged up to it wrap there. */
  firstPageTo: number;
  /**
   * The last column of each page across (one entry when the table is one page wide): a title
   * merged across a break prints on the first of its pages only, so spanning headers end there.
   */
  pageEnds: number[];
  /** Pages across and down, as estimated (renderers round a little differently). */
  across: number;
  down: number;
}

export function widePrint(input: WidePrintInput): WidePrint {
  const { columns, titleRows, rowLabels } = input;
  const page = landscapePage(titleRows);
  const printable = 297 - page.margins.left - page.margins.right;
  const usable = 210 - page.margins.top - page.margins.bottom;
  if (printable / printedWidthMm(columns) >= MIN_LEGIBLE_SCALE) {
    return { page: { ...page, fitToWidth: 1 }, columns: [...columns], firstPageTo: columns.length, pageEnds: [columns.length], across: 1, down: pagesDown(input, usable / Math.min(1, printable / printedWidthMm(columns))) };
  }
  let best: WidePrint | null = null;
  for (const scale of SCALES) {
    const widthPx = ((printable / MM_PER_PIXEL) * 100) / scale;
    const labels = columns.slice(rowLabels.from - 1, rowLabels.to).reduce((sum, c) => sum + px(c), 0);
    const down = pagesDown(input, (usable * 100) / scale);
    const room = widthPx * PAGE_SAFETY - labels;
    const widened = widenGroups(columns, rowLabels.to + 1, input.group ?? 0, room);
    const bands = columnBands(widened, rowLabels.to + 1, room);
    const candidate: WidePrint = {
      page: { ...page, printTitleColumns: rowLabels, scale, pageOrder: "overThenDown" },
      columns: widened,
      firstPageTo: bands[0] ?? columns.length,
      pageEnds: bands,
      across: bands.length,
      down,
    };
    if (best === null || candidate.across * candidate.down < best.across * best.down) best = candidate;
  }
  return best as WidePrint;
}

/**
 * Whole groups to a page: each group's first column widened so that as many whole groups as fit
 * fill the page (at LibreOffice's wider character; at Excel's narrower one the same groups take
 * 7/7.5 of it, and the room left is still narrower than the next group's first column).
 */
function widenGroups(columns: readonly Column[], from: number, group: number, room: number): Column[] {
  const widened = columns.map((c) => ({ ...c }));
  if (group < 1) return widened;
  const groupPx = columns.slice(from - 1, from - 1 + group).reduce((sum, c) => sum + px(c), 0);
  const perPage = Math.floor(room / groupPx);
  if (perPage < 1) return widened;
  const extra = Math.floor((room * 0.99 - perPage * groupPx) / perPage / PRINT_PIXELS_PER_CHARACTER);
  const first = columns[from - 1];
  // The next group's first column must not fit in what Excel leaves: room less 7/7.5 of the page's groups.
  const leftInExcel = room - (perPage * (groupPx + extra * PRINT_PIXELS_PER_CHARACTER) * 7) / PRINT_PIXELS_PER_CHARACTER;
  if (extra <= 0 || first === undefined || px({ width: first.width + extra }) <= leftInExcel) return widened;
  for (let c = from; c <= widened.length; c += group) {
    const column = widened[c - 1];
    if (column) column.width += extra;
  }
  return widened;
}

const px = (column: Column) => (column.hidden ? 0 : column.width * PRINT_PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS);

/** The last column of each page across, whole columns packed greedily as Excel breaks them. */
function columnBands(columns: readonly Column[], from: number, room: number): number[] {
  const ends: number[] = [];
  let used = 0;
  for (let c = from; c <= columns.length; c++) {
    const width = px(columns[c - 1] as Column);
    if (used > 0 && used + width > room) {
      ends.push(c - 1);
      used = 0;
    }
    used += width;
  }
  ends.push(columns.length);
  return ends;
}

/** Pages down for a page `heightMm` tall at 100 %, the title rows repeated on each. */
function pagesDown(input: WidePrintInput, heightMm: number): number {
  const capacity = heightMm * POINTS_PER_MM * PAGE_SAFETY;
  const height = (r: number) => input.rowHeights[r - 1] ?? 15;
  let titles = 0;
  for (let r = input.titleRows.from; r <= input.titleRows.to; r++) titles += height(r);
  let pages = 1;
  let used = 0;
  for (let r = 1; r <= input.rowHeights.length; r++) {
    if (used + height(r) > capacity && r > input.titleRows.to) {
      pages++;
      used = titles;
    }
    used += height(r);
  }
  return pages;
}
