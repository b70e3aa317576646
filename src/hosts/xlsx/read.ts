/**
 * Reads an .xlsx file into the core's plain grid (src/core/annex/grid.ts). Runs in Node and in the
 * browser: bytes in, plain data out.
 */
import * as ExcelJS from "exceljs";
import type { GridCell, GridSheet, GridValue, GridWorkbook, SheetVisibility } from "../../core/annex/grid";
import { asArrayBuffer, asUint8Array } from "./bytes";
import { fileKind, NotXlsxError } from "./fileKind";
import { boundedPackage, OWN_WORKBOOK_LIMITS, PartTooLargeError, type PartLimits } from "./parts";

export { NotXlsxError } from "./fileKind";

/**
 * Refuses anything that is not an .xlsx workbook with a NotXlsxError whose message says what to do,
 * and one whose parts would inflate past the limits with a PartTooLargeError, before inflating them.
 */
export async function readWorkbookGrid(data: Uint8Array | ArrayBuffer, limits: PartLimits = OWN_WORKBOOK_LIMITS): Promise<GridWorkbook> {
  const book = await loadBounded(data, limits);
  return { sheets: book.worksheets.map(readSheet) };
}

/** ExcelJS's whole-workbook model of a file the user gave, its parts inflated within the limits first. */
export async function loadBounded(data: Uint8Array | ArrayBuffer, limits: PartLimits = OWN_WORKBOOK_LIMITS): Promise<ExcelJS.Workbook> {
  const bytes = asUint8Array(data);
  if (fileKind(bytes) !== "zip") throw new NotXlsxError(bytes);
  let bounded: Uint8Array;
  try {
    bounded = boundedPackage(bytes, limits);
  } catch (error) {
    if (error instanceof PartTooLargeError) throw error;
    throw new NotXlsxError(bytes);
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(asArrayBuffer(bounded));
  } catch {
    throw new NotXlsxError(bytes);
  }
  // A .docx or .pptx is a valid zip that ExcelJS opens as a workbook without sheets.
  if (book.worksheets.length === 0) throw new NotXlsxError(bytes);
  return book;
}

function readSheet(ws: ExcelJS.Worksheet): GridSheet {
  const rows: GridCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    const cells: GridCell[] = [];
    if (row) {
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        cells.push(cell ? readCell(cell) : { value: null });
      }
    }
    rows.push(cells);
  }
  return { name: ws.name, visibility: visibility(ws.state), rows, merges: [...ws.model.merges] };
}

function visibility(state: string): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

function readCell(cell: ExcelJS.Cell): GridCell {
  const out: GridCell = { value: null };
  const numFmt = cell.numFmt;
  if (numFmt && numFmt !== "General") out.numFmt = numFmt;
  // A covered cell of a merge reports the top-left cell's value; in the file it is empty.
  if (cell.isMerged && cell.master !== cell) return out;

  const raw: unknown = cell.value;
  if (isObject(raw) && ("formula" in raw || "sharedFormula" in raw)) {
    const formula = cell.formula;
    // "_xlfn." marks newer functions in the file (render.ts, fileFormula); the description has the plain name.
    if (formula) out.formula = (formula.startsWith("=") ? formula.slice(1) : formula).replace(/_xlfn\./g, "");
    // cell.value copies only truthy results (a cached 0, false or "" would be lost); cell.result does not.
    out.value = plainValue(cell.result);
  } else {
    out.value = plainValue(raw);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function plainValue(value: unknown): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return isoDate(value);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return value.error;
  if (Array.isArray(value.richText)) return richTextPlain(value.richText);
  // Hyperlink cells: their text may itself be rich text.
  if ("hyperlink" in value) return plainValue(value.text) ?? "";
  return null;
}

function richTextPlain(runs: unknown[]): string {
  return runs.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** ExcelJS gives dates as UTC instants of the serial number; the file has no time zone. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
