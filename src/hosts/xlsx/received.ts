/**
 * One received file's bytes -> what consolidation needs from it, for every reader of many files
 * (the CLI from disk, the pane from the browser's file picker). Never throws for a bad file: a file
 * that is no workbook, a damaged one or one too big to read safely is a ReceivedFile that says why,
 * and consolidation goes on. Reads with the bounded streaming reader (fastRead.ts).
 */
import { readReceived, unreadableFile, type ReceivedAt, type ReceivedFile } from "../../core/consolidate";
import { formatNumber } from "../../core/vn";
import { readWorkbookFast } from "./fastRead";
import { NotXlsxError } from "./fileKind";
import { DEFAULT_LIMITS, PartTooLargeError, type PartLimits, type RawInflate } from "./parts";

/**
 * @param modified the file's modification time (disk, or the browser's File.lastModified), used
 * when the workbook's own properties do not say when it was saved
 * @param inflate a faster inflater the host has (Node's zlib), bounded as fflate's (parts.ts)
 */
export async function readReceivedBytes(
  source: string,
  bytes: Uint8Array | ArrayBuffer,
  modified: Date | null = null,
  limits: PartLimits = DEFAULT_LIMITS,
  inflate?: RawInflate,
): Promise<ReceivedFile> {
  const fromDisk: ReceivedAt | null = modified === null || Number.isNaN(modified.getTime()) ? null : { at: modified.toISOString(), origin: "modified" };
  try {
    const book = readWorkbookFast(bytes, limits, { formulas: false, inflate });
    const received: ReceivedAt | null = book.modified !== null ? { at: book.modified, origin: "properties" } : fromDisk;
    return readReceived(source, book.sheets, received);
  } catch (error) {
    if (error instanceof NotXlsxError) return unreadableFile(source, error.message);
    if (error instanceof PartTooLargeError) {
      const mb = (n: number) => formatNumber(n / 1024 / 1024, { maxDecimals: 1 });
      return unreadableFile(
        source,
        `Tệp quá lớn để đọc an toàn: phần «${error.part}» khai báo ${mb(error.declared)} MB khi giải nén, quá giới hạn ${mb(error.limit)} MB (một phụ lục xã chỉ vài trăm KB). Không đọc tệp này; hỏi lại đơn vị gửi tệp.`,
      );
    }
    return unreadableFile(source, `Tệp bị hỏng, không đọc được (${error instanceof Error ? error.message : String(error)}). Mở tệp trong Excel, lưu lại rồi gửi lại.`);
  }
}
