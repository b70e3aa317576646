/**
 * The parts of an .xlsx package that reading needs, inflated with fflate and bounded: a part is
 * refused by the size its zip directory declares before anything is inflated, and inflating writes
 * into a buffer of exactly that size that never grows, so a part that lies about its size (a zip
 * bomb) is cut short and fails to parse, never fills memory.
 */
import { unzipSync, zipSync } from "fflate";
import { formatNumber } from "../../core/vn";

/** Limits on what one received workbook may make us allocate. */
export interface PartLimits {
  /** One part (a sheet's XML, the shared strings) once inflated. */
  partBytes: number;
  /** All the parts read, together. */
  totalBytes: number;
}

/**
 * A commune annex of a few hundred rows is well under 1 MB of XML; 64 MB a part leaves room for
 * annexes of thousands of indicators with long notes while refusing a bomb in milliseconds.
 */
export const DEFAULT_LIMITS: PartLimits = { partBytes: 64 * 1024 * 1024, totalBytes: 160 * 1024 * 1024 };

/**
 * An officer's own annex (checked, updated, imported) is one file they chose, and may hold a plan of
 * tens of thousands of indicators: a 100,000-indicator annex is about 330 MB of sheet XML. The
 * limits still refuse a bomb (a few MB that claims gigabytes) before inflating anything.
 */
export const OWN_WORKBOOK_LIMITS: PartLimits = { partBytes: 512 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 };

export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly declared: number,
    readonly limit: number,
  ) {
    const mb = (n: number) => formatNumber(n / 1024 / 1024, { maxDecimals: 1 });
    // The message is the officer's: what the file claims, the limit, what to do.
    super(`Tệp quá lớn để mở an toàn: khi giải nén, nội dung của tệp chiếm ${mb(declared)} MB, quá giới hạn ${mb(limit)} MB. Tệp có thể bị hỏng hoặc không phải một phụ lục; mở tệp trong Excel, lưu lại rồi thử lại.`);
    this.name = "PartTooLargeError";
  }
}

/** Parts whose names `wanted` accepts, by name; throws PartTooLargeError before inflating any when one is too big. */
export function readParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: PartLimits = DEFAULT_LIMITS): Map<string, Uint8Array> {
  let total = 0;
  // A first pass over the directory only: nothing is inflated until every declared size is known.
  unzipSync(bytes, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      if (file.originalSize > limits.partBytes) throw new PartTooLargeError(file.name, file.originalSize, limits.partBytes);
      total += file.originalSize;
      if (total > limits.totalBytes) throw new PartTooLargeError(file.name, total, limits.totalBytes);
      return false;
    },
  });
  const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  return new Map(Object.entries(parts));
}

/**
 * The same package with every part inflated within the limits and stored again uncompressed, for a
 * reader (ExcelJS, through JSZip) that would otherwise inflate whatever a part's data holds: what it
 * is handed can never grow past the limits.
 */
export function boundedPackage(bytes: Uint8Array, limits: PartLimits = OWN_WORKBOOK_LIMITS): Uint8Array {
  return zipSync(Object.fromEntries(readParts(bytes, () => true, limits)), { level: 0 });
}
