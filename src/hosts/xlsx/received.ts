/**
 * One received file's bytes -> what consolidation needs from it, for every reader of many files
 * (the CLI from disk, the pane from the browser's file picker). Never throws for a bad file: a file
 * that is no workbook, or a damaged one, is a ReceivedFile that says why, and consolidation goes on.
 */
import { readReceived, unreadableFile, type ReceivedFile } from "../../core/consolidate";
import { NotXlsxError, readWorkbookGrid } from "./read";

export async function readReceivedBytes(source: string, bytes: Uint8Array | ArrayBuffer): Promise<ReceivedFile> {
  try {
    const grid = await readWorkbookGrid(bytes);
    return readReceived(source, grid.sheets);
  } catch (error) {
    if (error instanceof NotXlsxError) return unreadableFile(source, error.message);
    return unreadableFile(source, `Tệp bị hỏng, không đọc được (${error instanceof Error ? error.message : String(error)}). Mở tệp trong Excel, lưu lại rồi gửi lại.`);
  }
}
