import type { AnnexReading } from "../core/annex";
import { readAnnexBytes } from "../hosts/xlsx/annexFile";
import { PartTooLargeError } from "../hosts/xlsx/parts";
import { NotXlsxError } from "../hosts/xlsx/read";
import { nodeInflate } from "./commands/consolidateReader";
import { readBytes, UserError } from "./io";

/** A filled annex from disk, or a UserError that names the file and says what to do. */
export async function readAnnexFile(file: string): Promise<Extract<AnnexReading, { ok: true }>> {
  let reading: AnnexReading;
  try {
    reading = await readAnnexBytes(readBytes(file), nodeInflate);
  } catch (error) {
    if (error instanceof NotXlsxError || error instanceof PartTooLargeError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
  if (!reading.ok) throw new UserError(`${file}: ${reading.error}`);
  return reading;
}
