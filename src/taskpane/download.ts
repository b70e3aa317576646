import type { WorkbookFile } from "../hosts/xlsx/fileHost";
import { asArrayBuffer } from "../hosts/xlsx/bytes";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands a workbook to the browser's download. Inside Excel only the consolidation offers it (its
 * sheets are also written into the workbook): Excel on the web and on Windows download, Excel for
 * Mac's webview ignores downloads (office-js#2700).
 */
export function saveWorkbook(file: WorkbookFile): void {
  saveFile(file, XLSX_TYPE);
}

export const ZIP_TYPE = "application/zip";

/** Any file the pane makes (a .zip of the communes' annexes), downloaded the same way. */
export function saveFile(file: WorkbookFile, type: string): void {
  const url = URL.createObjectURL(new Blob([asArrayBuffer(file.bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
