import { annexLayout, readAnnex, type AnnexEntry, type AnnexOptions, type AnnexReading } from "../../core/annex";
import type { Plan } from "../../core/model";
import { readWorkbookGrid } from "./read";
import { renderWorkbook } from "./render";

/** The annex of a plan as .xlsx bytes; entries (by code) are carried into the actuals and notes columns. */
export async function annexBytes(plan: Plan, options: AnnexOptions, entries?: ReadonlyMap<string, AnnexEntry>): Promise<Uint8Array> {
  return renderWorkbook(annexLayout({ plan, options, ...(entries ? { entries } : {}) }).workbook);
}

/** Reads a filled annex file; throws NotXlsxError for a file that is not a workbook at all. */
export async function readAnnexBytes(data: Uint8Array | ArrayBuffer): Promise<AnnexReading> {
  const grid = await readWorkbookGrid(data);
  return readAnnex(grid.sheets);
}
