/**
 * Reads what the core needs from the open workbook, usually in one sync: the sheet list, the
 * defined names, and the cells (values and number formats) of the model sheet and of the sheet the
 * annex's defined name points to (PhuLuc_ThucHien: it follows the annex when it is renamed, and
 * names the newest sheet after "thêm trang mới"). The core's readAnnex then finds the plan and
 * the entries.
 *
 * Only when that finds no annex table (the name deleted, the sheet's header edited) does a second
 * sync look for it, bounded: the first rows of each other sheet, never every sheet's whole used
 * range (Excel on the web refuses a response over 5 MB); a third loads the one sheet found.
 */
import { ACTUALS_NAME, MODEL_SHEET_NAME, readAnnex, type AnnexReading, type ReadCell, type ReadSheet } from "../../core/annex";
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

/** Sheets a generation writes before swapping them in (render.ts); hidden, and never read as the annex. */
export const STAGING_PREFIX = "PhuLuc_DangGhi_";

export function isStaging(sheet: Pick<SheetInfo, "name" | "visibility">): boolean {
  return sheet.name.startsWith(STAGING_PREFIX) && sheet.visibility !== "Visible";
}

/** Where the annex table's header is looked for when the annex is not where its name says. */
const HEAD = "A1:AZ30";

/** Queues the loads; call the returned function after the sync. */
export function queueSnapshot(context: Excel.RequestContext): () => WorkbookSnapshot {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  const model = worksheets.getItemOrNullObject(MODEL_SHEET_NAME);
  const modelCells = queueCells(model);
  // The sheet the annex's name refers to, found and read in this same request.
  const named = names.getItemOrNullObject(ACTUALS_NAME).getRangeOrNullObject();
  const annex = named.worksheet;
  annex.load("name");
  const annexCells = queueCells(annex);
  return () => {
    const loaded: ReadSheet[] = [];
    if (!model.isNullObject) loaded.push(readSheet(MODEL_SHEET_NAME, modelCells));
    if (!named.isNullObject && annex.name !== MODEL_SHEET_NAME) loaded.push(readSheet(annex.name, annexCells));
    return {
      sheets: worksheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id, position: sheet.position, visibility: sheet.visibility })),
      names: names.items.map((item) => item.name),
      loaded,
      modelExists: !model.isNullObject,
    };
  };
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
 * Looks further, in at most two more syncs, only if the core did not find the annex table.
 */
export async function readExisting(context: Excel.RequestContext, snapshot: WorkbookSnapshot): Promise<AnnexReading | null> {
  if (!snapshot.modelExists) return null;
  const first = readAnnex(snapshot.loaded);
  if (first.ok) return first;
  const loadedNames = new Set(snapshot.loaded.map((sheet) => sheet.name));
  const others = snapshot.sheets.filter((sheet) => !loadedNames.has(sheet.name) && sheet.name !== MODEL_SHEET_NAME && !isStaging(sheet));
  if (others.length === 0) return first;
  const model = snapshot.loaded.filter((sheet) => sheet.name === MODEL_SHEET_NAME);
  // The first rows of each other sheet: enough for the header, a few kilobytes per sheet.
  const heads = others.map(({ name }) => {
    const head = context.workbook.worksheets.getItem(name).getRange(HEAD);
    head.load(["values", "numberFormat"]);
    return { name, head };
  });
  await context.sync();
  const found = readAnnex([...model, ...heads.map(({ name, head }) => readHead(name, head))]);
  if (!found.ok) return first;
  const cells = queueCells(context.workbook.worksheets.getItem(found.sheetName));
  await context.sync();
  const sheet = readSheet(found.sheetName, cells);
  snapshot.loaded = [...snapshot.loaded, sheet];
  return readAnnex([...model, sheet]);
}

function readHead(name: string, head: Excel.Range): ReadSheet {
  return {
    name,
    rows: head.values.map((values, r) => values.map((value: unknown, c: number) => readCell(value, head.numberFormat[r]?.[c]))),
  };
}
