/**
 * THE one place that decides where the annex lives: the open workbook inside an Excel that has
 * the API the add-in needs, an in-memory .xlsx everywhere else (file mode). Each host is loaded on
 * demand, so a pane in Excel never downloads ExcelJS and a browser never loads the Office.js host.
 */
import type { AnnexHost } from "../hosts/annexHost";
import type { FileHost } from "../hosts/xlsx/fileHost";
import type { OfficeStatus } from "./officeReady";

export type PaneHost =
  | { mode: "excel"; host: AnnexHost }
  /** `reason`: why file mode (startupNotice says it to the user when it is not a plain browser). */
  | { mode: "file"; host: FileHost; reason: Exclude<OfficeStatus, { kind: "excel" }> };

export async function chooseHost(status: OfficeStatus): Promise<PaneHost> {
  if (status.kind === "excel") {
    const { createExcelHost, officeDeps } = await import(/* webpackChunkName: "excel-host" */ "../hosts/office/excelHost");
    return { mode: "excel", host: createExcelHost(officeDeps()) };
  }
  const { createFileHost } = await import(/* webpackChunkName: "file-host" */ "../hosts/xlsx/fileHost");
  return { mode: "file", host: createFileHost(), reason: status };
}
