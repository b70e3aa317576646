/**
 * Real LibreOffice and poppler for tests: recalculate a workbook as Calc would show it, print it to
 * PDF, and look at the PDF (page count and size, text per page, a page as PNG).
 *
 * Each test file (jest loads modules per file) gets its own throwaway LibreOffice profile under a
 * temp dir, so parallel workers never share one; calls within a file run one after another because
 * LibreOffice refuses a second instance on a profile already in use.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { GridWorkbook } from "../../src/core/annex/grid";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";

const SOFFICE_TIMEOUT_MS = 120_000;
const POPPLER_TIMEOUT_MS = 60_000;

const run = promisify(execFile);

let root: string | null = null;

function cleanup(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
}

// Registered when a test file imports this module (hooks cannot be added from inside a test).
if (typeof afterAll === "function") afterAll(cleanup);
process.once("exit", cleanup);

function tempRoot(): string {
  root ??= mkdtempSync(join(tmpdir(), "phuluc-lo-"));
  return root;
}

/**
 * Calc's "Recalculation on file load" for Excel 2007+ files: 0 = always. The default ("never")
 * would show the cached results the file was written with, and test nothing.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profileDir(): string {
  const dir = join(tempRoot(), "profile");
  if (!existsSync(dir)) {
    mkdirSync(join(dir, "user"), { recursive: true });
    writeFileSync(join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  }
  return dir;
}

let queue: Promise<unknown> = Promise.resolve();

function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

let outputs = 0;

/** Runs soffice in its own process group so a timeout ends soffice.bin too, not just the launcher. */
function soffice(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("soffice", args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`soffice quá ${SOFFICE_TIMEOUT_MS / 1000} giây: ${args.join(" ")}\n${output}`));
    }, SOFFICE_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`soffice kết thúc với mã ${code}: ${args.join(" ")}\n${output}`));
    });
  });
}

/**
 * Converts files with one soffice start; returns the output paths in input order. `filter` is
 * LibreOffice's --convert-to argument, e.g. "pdf:calc_pdf_Export".
 */
export function convert(inputs: string[], filter: string): Promise<string[]> {
  return serially(async () => {
    const outDir = join(tempRoot(), `out-${++outputs}`);
    mkdirSync(outDir);
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...inputs,
    ];
    const log = await soffice(args);
    const extension = filter.split(":")[0] ?? filter;
    return inputs.map((input) => {
      const output = join(outDir, `${basename(input, extname(input))}.${extension}`);
      if (!existsSync(output)) throw new Error(`LibreOffice không tạo ra ${output}:\n${log}`);
      return output;
    });
  });
}

/** The file as LibreOffice saves it after recalculating every formula on load. */
export async function recalculatedCopy(xlsxPath: string): Promise<string> {
  const [output] = await convert([xlsxPath], "xlsx:Calc MS Excel 2007 XML");
  if (!output) throw new Error("LibreOffice không trả về tệp.");
  return output;
}

/** Every sheet's values as LibreOffice computes them. */
export async function recalculate(xlsxPath: string): Promise<GridWorkbook> {
  return readWorkbookGrid(readFileSync(await recalculatedCopy(xlsxPath)));
}

/** Prints the workbook's visible sheets to PDF the way Calc would; returns the PDF's path. */
export async function toPdf(xlsxPath: string): Promise<string> {
  const [output] = await convert([xlsxPath], "pdf:calc_pdf_Export");
  if (!output) throw new Error("LibreOffice không trả về tệp.");
  return output;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  orientation: "portrait" | "landscape";
}

export interface PdfInfo {
  pages: PdfPage[];
}

/** Page count and each page's size, from pdfinfo. */
export async function pdfInfo(pdfPath: string): Promise<PdfInfo> {
  const summary = await run("pdfinfo", [pdfPath], { timeout: POPPLER_TIMEOUT_MS });
  const count = Number(/^Pages:\s+(\d+)/m.exec(summary.stdout)?.[1] ?? "0");
  if (count === 0) return { pages: [] };
  const detail = await run("pdfinfo", ["-f", "1", "-l", String(count), pdfPath], { timeout: POPPLER_TIMEOUT_MS });
  const pages: PdfPage[] = [];
  for (const match of detail.stdout.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    const width = Number(match[1]);
    const height = Number(match[2]);
    pages.push({ width, height, orientation: width > height ? "landscape" : "portrait" });
  }
  return { pages };
}

/** The text of one page (1-based), laid out as printed. */
export async function pdfPageText(pdfPath: string, page: number): Promise<string> {
  const { stdout } = await run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", "-enc", "UTF-8", pdfPath, "-"], {
    timeout: POPPLER_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Writes one page (1-based) as a PNG at `outPath` (which should end in .png). */
export async function pdfPageToPng(pdfPath: string, page: number, outPath: string, dpi = 100): Promise<string> {
  const prefix = outPath.endsWith(".png") ? outPath.slice(0, -4) : outPath;
  await run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-png", "-singlefile", pdfPath, prefix], {
    timeout: POPPLER_TIMEOUT_MS,
  });
  return `${prefix}.png`;
}

/** One page (1-based) in shades of grey, a byte a pixel (0 black, 255 white), row after row: what prints where, for what text cannot show (a fill). */
export async function pdfPageGrey(pdfPath: string, page: number, dpi = 50): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-pgm-"));
  try {
    const prefix = join(dir, "page");
    await run("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-gray", "-singlefile", pdfPath, prefix], { timeout: POPPLER_TIMEOUT_MS });
    const bytes = readFileSync(`${prefix}.pgm`);
    // A binary PGM: "P5", width, height, the largest value, one whitespace, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
    if (header === null) throw new Error("pdftoppm did not write a PGM");
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A word of a PDF's text layer with its box, in points from the page's top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of each page with their boxes (poppler's pdftotext -bbox), entities decoded. */
export function pdfWords(pdf: string): PdfWord[][] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return html.split(/<page /).slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: (m[5] ?? "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
    })),
  );
}
