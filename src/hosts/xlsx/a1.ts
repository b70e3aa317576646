/** A1-style cell and range references, as the sheet description writes them ("G7", "A1:J1"). */

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref.toUpperCase());
  if (!match) return null;
  const column = columnNumber(match[1] ?? "");
  const row = Number(match[2]);
  if (column > MAX_COLUMNS || row > MAX_ROWS) return null;
  return { row, column };
}

/** A cell or rectangular range on one sheet; null when it is not one (no sheet prefix allowed). */
export function parseArea(ref: string): Area | null {
  const parts = ref.split(":");
  if (parts.length > 2) return null;
  const first = parseCell(parts[0] ?? "");
  const second = parts.length === 2 ? parseCell(parts[1] ?? "") : first;
  if (!first || !second) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(area: Area, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}
