import { annexLayout, readAnnex, type AnnexEntry, type AnnexOptions, type AnnexReading } from "../../core/annex";
import type { Plan } from "../../core/model";
import { readWorkbookFast } from "./fastRead";
import { asUint8Array } from "./bytes";
import { NotXlsxError } from "./fileKind";
import { OWN_WORKBOOK_LIMITS, PartTooLargeError, type RawInflate } from "./parts";
import { renderWorkbook } from "./render";

/** The annex of a plan as .xlsx bytes; entries (by code) are carried into the actuals and notes columns. */
export async function annexBytes(plan: Plan, options: AnnexOptions, entries?: ReadonlyMap<string, AnnexEntry>): Promise<Uint8Array> {
  return renderWorkbook(annexLayout({ plan, options, ...(entries ? { entries } : {}) }).workbook);
}

/**
 * Reads a filled annex file with the bounded streaming reader (no workbook model: an annex of
 * 100,000 indicators reads in a fraction of ExcelJS's time and memory); throws NotXlsxError for a
 * file that is not a workbook at all and PartTooLargeError for one that would inflate past the limits.
 * @param inflate a faster inflater the host has (the CLI: Node's native zlib), bounded as fflate's (parts.ts)
 */
export async function readAnnexBytes(data: Uint8Array | ArrayBuffer, inflate?: RawInflate): Promise<AnnexReading> {
  let sheets;
  try {
    // The core reads values and cached results, never a formula's text: left out before parsing.
    sheets = readWorkbookFast(data, OWN_WORKBOOK_LIMITS, { formulas: false, ...(inflate ? { inflate } : {}) }).sheets;
  } catch (error) {
    if (error instanceof NotXlsxError || error instanceof PartTooLargeError) throw error;
    // Damaged inside (a part cut short, malformed XML): the same answer as a file that is no workbook.
    throw new NotXlsxError(asUint8Array(data));
  }
  return readAnnex(sheets);
}
