/**
 * Cell contents between the sheet description and Office.js, both ways.
 *
 * TEXT SAFETY. Excel parses every string written through `Range.values` or `Range.formulas` as if
 * typed: "=HYPERLINK(...)" becomes a formula, "(1)" becomes -1, "1/2" a date, "TRUE" a boolean.
 * The description says a string is always text, so every string constant is written with a
 * leading apostrophe ("'(1)"), Excel's own "this is text" prefix: Excel drops the apostrophe, keeps
 * the rest as text and reads back "(1)". The apostrophe works only while the cell's number format
 * is not Text ("@"), where it would be kept literally, so values are written before number formats
 * (render.ts), into cells that are new or cleared and therefore General.
 */
import type { ReadCell } from "../../core/annex/readAnnex";
import { cellFormula, type Cell, type CellValue } from "../../core/annex/sheet";

/** Excel's prefix that makes what follows text. */
export const TEXT_PREFIX = "'";

/** One described cell, at its (1-based) row, as an entry of a `Range.formulas` array; null leaves the cell as it is (empty). */
export function formulaInput(cell: Cell | null | undefined, row: number): string | number | boolean | null {
  if (!cell) return null;
  const formula = cellFormula(cell, row);
  if (formula !== undefined) return `=${formula}`;
  const value = cell.value;
  if (typeof value === "string") return TEXT_PREFIX + value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return null;
}

/**
 * A cell as Office.js reports it (`values` and `numberFormat`), in the core's reading terms: empty
 * is null, and a date is ISO text as the .xlsx reader gives it, so that a "1/2" Excel turned into a
 * date is never read as the number 45323.
 */
export function readCell(value: unknown, numberFormat: unknown): ReadCell {
  const numFmt = typeof numberFormat === "string" && numberFormat !== "General" ? numberFormat : null;
  return { value: readValue(value, numFmt), numFmt };
}

function readValue(value: unknown, numFmt: string | null): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return isDateFormat(numFmt) ? isoFromSerial(value) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Whether a number format shows a date or time: d, m, y, h or s outside quotes, escapes and colour codes. */
export function isDateFormat(numFmt: string | null): boolean {
  if (numFmt === null) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare.replace(/General/gi, ""));
}

const DAY_MS = 86_400_000;
/** Serial 25569 is 1970-01-01; Excel counts a 29 February 1900 that never was (serial 60). */
const UNIX_EPOCH_SERIAL = 25_569;

export function isoFromSerial(serial: number): string {
  const adjusted = serial < 60 ? serial + 1 : serial;
  const ms = Math.round((adjusted - UNIX_EPOCH_SERIAL) * DAY_MS);
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
