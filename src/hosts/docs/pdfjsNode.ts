import type { PdfjsLike } from "./pdf";

/**
 * pdfjs-dist's legacy build for Node. It is an ES module: load it with a real dynamic import,
 * which the CommonJS output of tsc would otherwise turn into require().
 */
export async function loadPdfjsForNode(): Promise<PdfjsLike> {
  const importModule = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<PdfjsLike>;
  return importModule("pdfjs-dist/legacy/build/pdf.mjs");
}
