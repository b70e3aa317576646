/**
 * Shared formulas (ECMA-376 18.3.1.40, `<f t="shared">`): a run of cells down a column whose
 * formulas are one pattern relative to their rows (Cell.pattern, decided by the core) is stored
 * once, on its first cell with the run's range, and every other cell of the run only points at it.
 * An annex row's hidden reading formulas run to about 2 KB; stored once a run, a 100,000-row
 * sheet is several times smaller to write and to read back. Excel, LibreOffice and ExcelJS expand
 * them on reading; the description's full `formula` stays for every other host.
 */
import type { Sheet } from "../../core/annex/sheet";
import { cellRef } from "../../core/annex/sheet";

/** How a formula cell is stored: alone, as the first cell of a run (with the run's range), or pointing at that cell. */
export type Sharing = { ref: string } | { master: string } | null;

export interface SharedRuns {
  at(row: number, column: number): Sharing;
  /** How many runs start in the row (the streaming writer numbers them). */
  startsIn(row: number): number;
}

/**
 * Per column, per row: 0 for a cell that shares nothing, the run's last row for its first cell,
 * minus the first row for the others. Typed arrays: a 100,000-row annex has about a million formula cells.
 */
export function sharedRuns(sheet: Sheet): SharedRuns {
  const rowCount = sheet.rows.length;
  const links = new Map<number, Int32Array>();
  const starts = new Int32Array(rowCount + 2);
  const columnCount = sheet.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  for (let c = 0; c < columnCount; c++) {
    let link: Int32Array | undefined;
    let first = 0;
    let previous: string | undefined;
    const close = (last: number) => {
      if (first !== 0 && last > first && link !== undefined) {
        link[first] = last;
        starts[first] = (starts[first] as number) + 1;
      }
    };
    for (let r = 1; r <= rowCount; r++) {
      const pattern = sheet.rows[r - 1]?.cells[c]?.pattern;
      if (pattern !== undefined && pattern === previous) {
        link ??= new Int32Array(rowCount + 1);
        link[r] = -first;
        continue;
      }
      close(r - 1);
      first = pattern === undefined ? 0 : r;
      previous = pattern;
    }
    close(rowCount);
    if (link !== undefined) links.set(c + 1, link);
  }
  return {
    at(row, column) {
      const value = links.get(column)?.[row] ?? 0;
      if (value > 0) return { ref: `${cellRef(row, column)}:${cellRef(value, column)}` };
      if (value < 0) return { master: cellRef(-value, column) };
      return null;
    },
    startsIn: (row) => starts[row] ?? 0,
  };
}
