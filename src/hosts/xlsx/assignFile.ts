/**
 * "Giao chỉ tiêu" as files, for the CLI and the pane alike (bytes in, bytes out, no file system):
 * the blank table as .xlsx, the filled one read back with the bounded reader every received file
 * goes through (fastRead.ts), and the communes' annexes, each by the annex generator, one by one
 * or packed in one .zip.
 */
import { zipSync } from "fflate";
import { assignTable, communeAnnexes, readAssignTable, type AssignReading, type AssignTableOptions, type CommuneIssueOptions } from "../../core/assign";
import type { Plan } from "../../core/model";
import { formatNumber } from "../../core/vn";
import { annexBytes } from "./annexFile";
import { readWorkbookFast } from "./fastRead";
import { NotXlsxError } from "./fileKind";
import { DEFAULT_LIMITS, PartTooLargeError, type PartLimits } from "./parts";
import { renderWorkbook } from "./render";

export function assignTableBytes(plan: Plan, options: AssignTableOptions = {}): Promise<Uint8Array> {
  return renderWorkbook(assignTable(plan, options));
}

/** Never throws for a bad file: what is wrong comes back as errors in Vietnamese. */
export function readAssignTableBytes(bytes: Uint8Array | ArrayBuffer, plan: Plan, limits: PartLimits = DEFAULT_LIMITS): AssignReading {
  try {
    return readAssignTable(readWorkbookFast(bytes, limits), plan);
  } catch (error) {
    if (error instanceof NotXlsxError) return { ok: false, errors: [error.message] };
    if (error instanceof PartTooLargeError) {
      const mb = (n: number) => formatNumber(n / 1024 / 1024, { maxDecimals: 1 });
      return { ok: false, errors: [`Tệp quá lớn để đọc an toàn (phần «${error.part}» ${mb(error.declared)} MB khi giải nén, giới hạn ${mb(error.limit)} MB): lưu bảng giao chỉ tiêu thành một tệp riêng chỉ có bảng đó rồi chọn lại.`] };
    }
    return { ok: false, errors: [`Tệp bị hỏng, không đọc được (${error instanceof Error ? error.message : String(error)}). Mở tệp trong Excel, lưu lại rồi chọn lại.`] };
  }
}

export interface CommuneAnnexFile {
  locality: string;
  fileName: string;
  bytes: Uint8Array;
  assigned: number;
}

/** Every commune's annex, in the table's order; `onProgress(done, total)` after each. */
export async function communeAnnexFiles(
  plan: Plan,
  reading: Extract<AssignReading, { ok: true }>,
  options: CommuneIssueOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<CommuneAnnexFile[]> {
  const annexes = communeAnnexes(plan, reading, options);
  const files: CommuneAnnexFile[] = [];
  for (const annex of annexes) {
    files.push({ locality: annex.locality, fileName: annex.fileName, bytes: await annexBytes(annex.plan, annex.options), assigned: annex.assigned });
    onProgress?.(files.length, annexes.length);
  }
  return files;
}

/** One .zip of the files (stored: an .xlsx is compressed already); names are marked UTF-8, so diacritics survive. */
export function zipFiles(files: readonly { fileName: string; bytes: Uint8Array }[], when: Date = new Date()): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.fileName, [f.bytes, { level: 0, mtime: when }]])));
}
