/**
 * THE one place that decides where the annex lives: the open workbook inside an Excel that has
 * the API the add-in needs, an in-memory .xlsx everywhere else (file mode). Each host is loaded on
 * demand, so a pane in Excel never downloads ExcelJS and a browser never loads the Office.js host.
 */
import type { AnnexHost } from "../hosts/annexHost";
import type { FileHost } from "../hosts/xlsx/fileHost";

export type PaneHost =
  | { mode: "excel"; host: AnnexHost }
  /** `inExcel`: running in an Excel too old for the add-in (before ExcelApi 1.7), which gets files instead. */
  | { mode: "file"; host: FileHost; inExcel: boolean };

export async function chooseHost(inExcel: boolean): Promise<PaneHost> {
  if (inExcel) {
    const [{ createExcelHost, officeDeps }, { BASELINE_VERSION }] = await Promise.all([
      import(/* webpackChunkName: "excel-host" */ "../hosts/office/excelHost"),
      import(/* webpackChunkName: "excel-host" */ "../hosts/office/apiSupport"),
    ]);
    if (Office.context.requirements.isSetSupported("ExcelApi", BASELINE_VERSION)) return { mode: "excel", host: createExcelHost(officeDeps()) };
  }
  const { createFileHost } = await import(/* webpackChunkName: "file-host" */ "../hosts/xlsx/fileHost");
  return { mode: "file", host: createFileHost(), inExcel };
}
