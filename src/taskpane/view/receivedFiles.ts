/**
 * The files picked for "Tổng hợp": several picks add up (files from two folders, a late commune),
 * the same file picked twice is read once, and a folder contributes only its annex workbooks, in
 * the order of their paths (as `phuluc consolidate <thư mục>` reads them).
 */
import { isReceivedFileName } from "../../core/consolidate";

/** What the pane needs of a browser File; tests pass plain objects. */
export interface FileLike {
  name: string;
  size: number;
  lastModified: number;
  /** "bao-cao/xa-an-binh.xlsx" for a file from a picked folder; "" otherwise. */
  webkitRelativePath?: string;
}

export interface PickedFile<F extends FileLike = File> {
  /** How the file is named in results and on "Tình hình báo cáo": its path inside the picked folder, or its name. */
  source: string;
  file: F;
}

export interface PickResult<F extends FileLike> {
  files: PickedFile<F>[];
  added: number;
  /** Files of a picked folder that are not annex workbooks (.docx, .pdf, Excel's "~$" lock files). */
  skipped: number;
  /** Files already in the list. */
  repeated: number;
}

const key = (picked: PickedFile<FileLike>) => `${picked.source}\u0000${picked.file.size}\u0000${picked.file.lastModified}`;

export function addPicked<F extends FileLike>(current: readonly PickedFile<F>[], chosen: readonly F[], fromFolder: boolean): PickResult<F> {
  const seen = new Set(current.map(key));
  const files = [...current];
  let added = 0;
  let skipped = 0;
  let repeated = 0;
  const incoming = chosen.map((file) => ({ source: fromFolder && file.webkitRelativePath ? file.webkitRelativePath : file.name, file }));
  // Files picked one by one are read whatever their name, so a wrong one is reported with the reason.
  const wanted = fromFolder ? incoming.filter((p) => isReceivedFileName(p.file.name)) : incoming;
  skipped = incoming.length - wanted.length;
  if (fromFolder) wanted.sort((a, b) => a.source.localeCompare(b.source, "vi"));
  for (const picked of wanted) {
    const k = key(picked);
    if (seen.has(k)) {
      repeated++;
      continue;
    }
    seen.add(k);
    files.push(picked);
    added++;
  }
  return { files, added, skipped, repeated };
}

/** "Đã thêm 5 tệp; bỏ qua 2 tệp không phải .xlsx; 1 tệp đã có trong danh sách." */
export function pickSentence(result: PickResult<FileLike>): string {
  const parts = [result.added === 0 ? "Không thêm tệp nào" : `Đã thêm ${result.added} tệp`];
  if (result.skipped > 0) parts.push(`bỏ qua ${result.skipped} tệp không phải .xlsx`);
  if (result.repeated > 0) parts.push(`${result.repeated} tệp đã có trong danh sách`);
  return `${parts.join("; ")}.`;
}
