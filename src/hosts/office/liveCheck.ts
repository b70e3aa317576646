/**
 * Live checking: which cells of a worksheet change event are actuals, and reading just those back.
 * The rows are found again from the codes in the hidden column at every event, so sorting or
 * inserting rows never mixes indicators up.
 */
import type { AnnexReading } from "../../core/annex";
import { cellRef } from "../../core/annex/sheet";
import { placedIndicators } from "../../core/model";
import type { ActualChange } from "../annexHost";
import { MAX_COLUMNS, MAX_ROWS, parseArea, type Area } from "../xlsx/a1";
import { readCell } from "./cellValues";

/** The annex sheet being watched and where its columns were when it was last read. */
export interface Binding {
  sheetName: string;
  sheetId: string;
  code: number;
  actual: number;
  headerRow: number;
  /** The last row holding an indicator; edits below it (or whole columns) are clipped here. */
  lastRow: number;
  codes: ReadonlySet<string>;
}

export function bindingOf(reading: Extract<AnnexReading, { ok: true }>, sheetId: string): Binding {
  const rows = [...reading.entries.values()].map((entry) => entry.row);
  return {
    sheetName: reading.sheetName,
    sheetId,
    code: reading.columns.code,
    actual: reading.columns.actual,
    headerRow: reading.columns.headerRow,
    lastRow: Math.max(reading.columns.headerRow, ...rows),
    codes: new Set(placedIndicators(reading.plan).map((p) => p.indicator.code)),
  };
}

/**
 * Changes that move columns or rows: the binding is read again before the next edit is handled.
 * Only the insert and delete kinds move cells; anything else (an edit, a paste, a clear, and the
 * unknown kind, which ExcelApi 1.7 calls "Others" and later versions "Unknown") is checked.
 */
const MOVES = new Set(["RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]);

export function movesCells(changeType: string): boolean {
  return MOVES.has(changeType);
}

/** "G7", "G7:G9", "G:G", "7:9" or several of them joined by commas, with or without a sheet name. */
export function eventAreas(address: string): Area[] {
  const areas: Area[] = [];
  for (const raw of address.split(",")) {
    const part = raw.slice(raw.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
    const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(part);
    const rows = /^(\d+):(\d+)$/.exec(part);
    if (columns) {
      const left = parseArea(`${columns[1]}1`)?.left ?? 1;
      const right = parseArea(`${columns[2]}1`)?.left ?? MAX_COLUMNS;
      areas.push({ top: 1, bottom: MAX_ROWS, left: Math.min(left, right), right: Math.max(left, right) });
    } else if (rows) {
      const a = Number(rows[1]);
      const b = Number(rows[2]);
      areas.push({ top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLUMNS });
    } else {
      const area = parseArea(part);
      if (area) areas.push(area);
    }
  }
  return areas;
}

/** The row spans of the actuals column that an event touched, below the header. */
export function actualSpans(address: string, binding: Binding): { top: number; bottom: number }[] {
  return eventAreas(address)
    .filter((area) => area.left <= binding.actual && binding.actual <= area.right)
    .map((area) => ({ top: Math.max(area.top, binding.headerRow + 1), bottom: Math.min(area.bottom, binding.lastRow) }))
    .filter((span) => span.top <= span.bottom);
}

/** Queues the loads of the touched actuals cells and their rows' codes; call the result after the sync. */
export function queueChangedCells(sheet: Excel.Worksheet, spans: { top: number; bottom: number }[], binding: Binding): () => ActualChange[] {
  const loaded = spans.map(({ top, bottom }) => {
    const actual = sheet.getRange(`${cellRef(top, binding.actual)}:${cellRef(bottom, binding.actual)}`);
    actual.load(["values", "numberFormat"]);
    const codes = sheet.getRange(`${cellRef(top, binding.code)}:${cellRef(bottom, binding.code)}`);
    codes.load("values");
    return { top, actual, codes };
  });
  return () => {
    const changes: ActualChange[] = [];
    for (const { top, actual, codes } of loaded) {
      codes.values.forEach((row, i) => {
        const code = typeof row[0] === "string" ? row[0].trim() : "";
        if (!binding.codes.has(code)) return;
        const cell = readCell(actual.values[i]?.[0], actual.numberFormat[i]?.[0]);
        changes.push({ code, cell: { value: cell.value, numFmt: cell.numFmt ?? null }, row: top + i });
      });
    }
    return changes;
  };
}
