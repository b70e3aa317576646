/**
 * Reads what the core needs from the open workbook in one sync: the sheet list, the defined names,
 * and the cells (values and number formats) of the model sheet and of "Phụ lục I". The core's
 * readAnnex then finds the plan and the entries. Only when the annex is not on "Phụ lục I" (renamed
 * or deleted) does a second sync load the other sheets.
 */
import { ANNEX_SHEET_NAME, MODEL_SHEET_NAME, readAnnex, type AnnexReading, type ReadCell, type ReadSheet } from "../../core/annex";
import { readCell } from "./cellValues";

export interface SheetInfo {
  name: string;
  id: string;
  /** 0-based tab position. */
  position: number;
  visibility: string;
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  names: string[];
  /** The sheets whose cells were loaded. */
  loaded: ReadSheet[];
  modelExists: boolean;
}

const CELLS = ["values", "numberFormat", "rowIndex", "columnIndex"];

/** Queues the loads; call the returned function after the sync. */
export function queueSnapshot(context: Excel.RequestContext): () => WorkbookSnapshot {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  const wanted = [MODEL_SHEET_NAME, ANNEX_SHEET_NAME].map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    return { name, sheet, cells: queueCells(sheet) };
  });
  return () => ({
    sheets: worksheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id, position: sheet.position, visibility: sheet.visibility })),
    names: names.items.map((item) => item.name),
    loaded: wanted.filter(({ sheet }) => !sheet.isNullObject).map(({ name, cells }) => readSheet(name, cells)),
    modelExists: wanted.some(({ name, sheet }) => name === MODEL_SHEET_NAME && !sheet.isNullObject),
  });
}

/** Values only: a sheet's formatted but empty cells would make the used range, and the response, larger. */
function queueCells(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(CELLS);
  return used;
}

export function readSheet(name: string, used: Excel.Range): ReadSheet {
  if (used.isNullObject) return { name, rows: [] };
  const rows: ReadCell[][] = Array.from({ length: used.rowIndex }, () => []);
  const lead: ReadCell[] = Array.from({ length: used.columnIndex }, () => ({ value: null }));
  used.values.forEach((values, r) => {
    const formats = used.numberFormat[r] ?? [];
    rows.push([...lead, ...values.map((value: unknown, c: number) => readCell(value, formats[c]))]);
  });
  return { name, rows };
}

/**
 * The annex in the workbook, as the core reads it; null when there is no model sheet (no annex).
 * Loads the remaining sheets, one more sync, only if the core did not find the annex table.
 */
export async function readExisting(context: Excel.RequestContext, snapshot: WorkbookSnapshot): Promise<AnnexReading | null> {
  if (!snapshot.modelExists) return null;
  const first = readAnnex(snapshot.loaded);
  const loadedNames = new Set(snapshot.loaded.map((sheet) => sheet.name));
  const others = snapshot.sheets.filter((sheet) => !loadedNames.has(sheet.name) && sheet.name !== MODEL_SHEET_NAME);
  if (first.ok || others.length === 0) return first;
  const more = others.map(({ name }) => ({ name, cells: queueCells(context.workbook.worksheets.getItem(name)) }));
  await context.sync();
  const all = [...snapshot.loaded, ...more.map(({ name, cells }) => readSheet(name, cells))];
  snapshot.loaded = all;
  return readAnnex(all);
}
