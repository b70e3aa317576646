/**
 * A plan document the officer picked, read in the browser by the same readers as `phuluc import`.
 * Loaded on demand (mammoth, pdfjs-dist and ExcelJS are large), like the file host.
 */
import type { PlanText } from "../core/extract";
import type { PdfjsLike } from "../hosts/docs/pdf";
import { readPlanDocument } from "../hosts/docs/readPlanDocument";

/**
 * pdfjs-dist's browser build; its worker is copied beside the pane by webpack (webpack.config.js)
 * as .js, which every static server types as JavaScript (some serve .mjs as a download).
 */
async function loadPdfjsForBrowser(): Promise<PdfjsLike> {
  const pdfjs = await import("pdfjs-dist");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.js", document.baseURI).toString();
  return pdfjs as unknown as PdfjsLike;
}

export function readDocumentFile(bytes: Uint8Array, fileName: string): Promise<PlanText> {
  return readPlanDocument(bytes, fileName, { pdfjs: loadPdfjsForBrowser });
}
