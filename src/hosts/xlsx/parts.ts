/**
 * The parts of an .xlsx package that reading needs, inflated with fflate and bounded: a part is
 * refused by the size its zip directory declares before anything is inflated, and inflating writes
 * into a buffer of exactly that size that never grows, so a part that lies about its size (a zip
 * bomb) is cut short and fails to parse, never fills memory.
 */
import { unzipSync } from "fflate";

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

export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly declared: number,
    readonly limit: number,
  ) {
    super(`part ${part} declares ${declared} bytes, over ${limit}`);
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
