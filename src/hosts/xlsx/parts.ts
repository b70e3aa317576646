/**
 * The parts of an .xlsx package that reading needs, inflated with fflate and bounded: a part is
 * refused by the size its zip directory declares before anything is inflated, and inflating writes
 * into a buffer of exactly that size that never grows, so a part that lies about its size (a zip
 * bomb) is cut short and fails to parse, never fills memory.
 */
import { inflateSync, strFromU8, unzipSync, zipSync } from "fflate";
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

/**
 * Inflates raw deflate data into at most `size` bytes. fflate's (in JavaScript, everywhere) writes
 * into a buffer of exactly that size and stops there; a host may pass a faster one (Node's native
 * zlib in the CLI) that must stay within `size` too, by cutting or by throwing.
 */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

const fflateInflate: RawInflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/**
 * Parts whose names `wanted` accepts, by name; throws PartTooLargeError before inflating any when one is too big.
 * @param inflate how deflated parts are inflated (default: fflate, which runs in the browser too)
 */
export function readParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: PartLimits = DEFAULT_LIMITS, inflate: RawInflate = fflateInflate): Map<string, Uint8Array> {
  const directory = zipDirectory(bytes);
  // A zip64 or otherwise unusual package: fflate reads it (never one of ours, nor one Excel writes for a commune).
  if (directory === null) return readPartsWithFflate(bytes, wanted, limits);
  let total = 0;
  // Every declared size is checked before anything is inflated.
  const chosen = directory.filter((entry) => wanted(entry.name));
  for (const entry of chosen) {
    if (entry.size > limits.partBytes) throw new PartTooLargeError(entry.name, entry.size, limits.partBytes);
    total += entry.size;
    if (total > limits.totalBytes) throw new PartTooLargeError(entry.name, total, limits.totalBytes);
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of chosen) {
    const start = entry.localHeader + 30 + u16(bytes, entry.localHeader + 26) + u16(bytes, entry.localHeader + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    // Stored parts are copied as fflate does: the stored size is bounded by the file itself.
    parts.set(entry.name, entry.method === 0 ? data.slice() : inflate(data, entry.size));
  }
  return parts;
}

function readPartsWithFflate(bytes: Uint8Array, wanted: (name: string) => boolean, limits: PartLimits): Map<string, Uint8Array> {
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

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  localHeader: number;
}

const u16 = (d: Uint8Array, at: number) => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8);
const u32 = (d: Uint8Array, at: number) => ((d[at] ?? 0) | ((d[at + 1] ?? 0) << 8) | ((d[at + 2] ?? 0) << 16) | ((d[at + 3] ?? 0) << 24)) >>> 0;

/**
 * The central directory as fflate reads it (the end record found from the end, names in UTF-8 when
 * flagged, else Latin-1); null for a zip64 package, an encrypted part or a compression other than
 * stored and deflate, which are left to fflate (and its errors). Throws as fflate does on a file
 * without an end record.
 */
function zipDirectory(d: Uint8Array): ZipEntry[] | null {
  let end = d.length - 22;
  for (; u32(d, end) !== 0x06054b50; --end) {
    if (end <= 0 || d.length - end > 65558) throw new Error("invalid zip data");
  }
  const count = u16(d, end + 8);
  let at = u32(d, end + 16);
  if (end >= 20 && u32(d, end - 20) === 0x07064b50) return null;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > d.length || u32(d, at) !== 0x02014b50) throw new Error("invalid zip data");
    const flags = u16(d, at + 8);
    const method = u16(d, at + 10);
    const compressedSize = u32(d, at + 20);
    const size = u32(d, at + 24);
    const nameLength = u16(d, at + 28);
    const localHeader = u32(d, at + 42);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) return null;
    if (localHeader + 30 > d.length || u32(d, localHeader) !== 0x04034b50) throw new Error("invalid zip data");
    const name = strFromU8(d.subarray(at + 46, at + 46 + nameLength), (flags & 2048) === 0);
    entries.push({ name, method, compressedSize, size, localHeader });
    at += 46 + nameLength + u16(d, at + 30) + u16(d, at + 32);
  }
  return entries;
}

/**
 * The same package with every part inflated within the limits and stored again uncompressed, for a
 * reader (ExcelJS, through JSZip) that would otherwise inflate whatever a part's data holds: what it
 * is handed can never grow past the limits.
 */
export function boundedPackage(bytes: Uint8Array, limits: PartLimits = OWN_WORKBOOK_LIMITS): Uint8Array {
  return zipSync(Object.fromEntries(readParts(bytes, () => true, limits)), { level: 0 });
}
