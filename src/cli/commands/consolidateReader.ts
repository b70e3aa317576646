/**
 * Reading one received file from disk, for `phuluc consolidate`: on the main thread, or as the
 * module each reading worker thread runs. Kept apart from the command so that a thread loads only
 * the reader (fflate, saxes, the core's annex reading), not ExcelJS and the writer.
 */
import { readFileSync, statSync } from "node:fs";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";
import { receivedSender, unreadableFile, type ReceivedFile } from "../../core/consolidate";
import { formatNumber } from "../../core/vn";
import { DEFAULT_LIMITS, type RawInflate } from "../../hosts/xlsx/parts";
import { readReceivedBytes } from "../../hosts/xlsx/received";

export const READER_ROLE = "phuluc-consolidate-reader";
/** This module's own file, for `new Worker` (TypeScript under ts-jest, where threads are not used). */
export const READER_MODULE = __filename;

/** A commune annex is a few hundred KB; a file this big is not one, and is not read into memory. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Node's native zlib, several times faster than fflate in JavaScript. Bounded like fflate's: never
 * more than the size the zip directory declares; a part that would inflate past it (a bomb that
 * lies about its size) throws, and the file is refused as damaged.
 */
export const nodeInflate: RawInflate = (data, size) => {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

/** One file -> what consolidation needs from it; never throws for a bad file. */
export async function readOne(path: string, source: string): Promise<ReceivedFile> {
  let bytes: Uint8Array;
  let modified: Date;
  try {
    // Checked again here: the file may have been replaced by a pipe or a device since the folder was listed.
    const stat = statSync(path);
    if (!stat.isFile()) return unreadableFile(source, "Không phải tệp thường (ống, thiết bị hay socket): không đọc.");
    if (stat.size > MAX_FILE_BYTES) {
      return unreadableFile(source, `Tệp quá lớn (${formatNumber(stat.size / 1024 / 1024, { maxDecimals: 0 })} MB) để là một phụ lục: không đọc. Kiểm tra lại tệp đơn vị gửi.`);
    }
    modified = stat.mtime;
    bytes = readFileSync(path);
  } catch (error) {
    return unreadableFile(source, `Không mở được tệp (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  return readReceivedBytes(source, bytes, modified, DEFAULT_LIMITS, nodeInflate);
}

function startReader(): void {
  const port = parentPort;
  if (port === null) return;
  const send = receivedSender();
  port.on("message", (message: { i: number; path: string; source: string }) => {
    void readOne(message.path, message.source)
      .catch((error: unknown) => unreadableFile(message.source, `Không đọc được tệp (${error instanceof Error ? error.message : String(error)}).`))
      .then((received) => port.postMessage({ i: message.i, received: send(received) }));
  });
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === READER_ROLE) startReader();
