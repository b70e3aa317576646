/**
 * The ExcelJS side of the "Tổng hợp" step, loaded only when the step first reads or writes a file:
 * inside Excel the pane otherwise never downloads ExcelJS (hostChoice.ts).
 */
import type { ReceivedFile } from "../core/consolidate";
import { unreadableFile } from "../core/consolidate";
import { readReceivedBytes } from "../hosts/xlsx/received";
import type { FileLike, PickedFile } from "./view/receivedFiles";

export { renderWorkbook } from "../hosts/xlsx/render";

type Readable = FileLike & { arrayBuffer(): Promise<ArrayBuffer> };

/** The browser keeps a reference, not a copy: a file moved or deleted since it was picked is gone. */
export function goneFile(picked: PickedFile<FileLike>): ReceivedFile {
  return unreadableFile(picked.source, "Không đọc được tệp: tệp đã bị xóa, đổi tên hoặc chuyển chỗ sau khi chọn. Chọn lại tệp rồi tổng hợp lại.");
}

export async function readPicked(picked: PickedFile<Readable>): Promise<ReceivedFile> {
  let bytes: ArrayBuffer;
  try {
    bytes = await picked.file.arrayBuffer();
  } catch {
    return goneFile(picked);
  }
  // When the workbook's own properties do not say when it was saved, the file's date as the browser gives it.
  return readReceivedBytes(picked.source, bytes, picked.file.lastModified > 0 ? new Date(picked.file.lastModified) : null);
}
