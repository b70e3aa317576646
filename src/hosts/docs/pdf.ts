/**
 * A PDF's text layer, through pdfjs-dist, laid out again as lines: items on one baseline make a
 * line, a wide gap between them is a table column (a tab), and lines wrapped by the page width
 * are joined back into their paragraph. A scanned PDF has no text layer: it is refused with a
 * message saying so.
 */
import { planTextFromPlain, type PlanText } from "../../core/extract";
import { PlanDocumentError } from "./errors";

/** The part of pdfjs-dist this reader uses (its legacy build in Node, its main build in a browser). */
export interface PdfjsLike {
  getDocument(options: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocumentLike>;
  };
}

interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** Below this many letters a page on average, the PDF is taken for a scan. */
const MIN_LETTERS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, fileName: string, pdfjs: PdfjsLike): Promise<PlanText> {
  let doc: PdfDocumentLike;
  try {
    // pdfjs takes the buffer over (and refuses a Node Buffer): give it a plain copy.
    doc = await pdfjs.getDocument({ data: Uint8Array.from(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password/i.test(detail)) throw new PlanDocumentError(`${fileName}: tệp PDF có đặt mật khẩu. Hãy bỏ mật khẩu (hoặc dùng bản Word của văn bản) rồi chọn lại.`);
    throw new PlanDocumentError(`${fileName}: không đọc được tệp PDF (tệp hỏng hoặc không phải PDF). Hãy dùng bản Word (.docx) của văn bản, hoặc xuất lại PDF.`);
  }
  const pages: TextItem[][] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isTextItem));
    }
  } finally {
    await doc.destroy();
  }
  const lines = documentLines(pages);
  const letters = lines.join("").replace(/[^\p{L}]/gu, "").length;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, doc.numPages)) {
    throw new PlanDocumentError(
      `${fileName}: tệp PDF này không có lớp chữ (là ảnh quét), nên không đọc được nội dung. Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word của văn bản; nếu chỉ có bản quét, cần nhận dạng chữ (OCR) trước.`,
    );
  }
  return planTextFromPlain(lines.join("\n"));
}

/** A table cell as the PDF draws it: its lines, one under the other, starting at one x. */
interface Cell {
  x: number;
  top: number;
  bottom: number;
  lastY: number;
  endX: number;
  lines: string[];
}

interface Row {
  cells: Cell[];
  items: TextItem[];
}

const xOf = (item: TextItem) => item.transform[4] ?? 0;
const yOf = (item: TextItem) => item.transform[5] ?? 0;
const heightOf = (item: TextItem) => Math.abs(item.height) || Math.abs(item.transform[3] ?? 10) || 10;

/**
 * Word and LibreOffice write a table cell by cell, each cell's lines one under the other; a cell
 * of two lines is centred on the row, so its lines are on no baseline of the others. Reading the
 * items in that order gives rows of cells, and runs of rows whose cells start at the same few x
 * positions are the table: written as tab-separated lines, a cell's wrapped lines joined. The
 * rest of the page is laid out by baseline (`pageLines`).
 */
export function documentLines(pages: readonly (readonly TextItem[])[]): string[] {
  // Rows of every page in order: a table goes on over a page break (its header repeated or not).
  const rows = pages.flatMap((items, page) => pageRows(items).map((row) => ({ ...row, page })));
  const out: string[] = [];
  let plain: TextItem[] = [];
  let plainPage = -1;
  const flushPlain = () => {
    if (plain.length > 0) out.push(...pageLines(plain));
    plain = [];
  };
  for (let at = 0; at < rows.length; ) {
    const run = tableRun(rows, at);
    const row = rows[at];
    if (run === null && row !== undefined) {
      if (row.page !== plainPage) flushPlain();
      plainPage = row.page;
      plain.push(...row.items);
      at++;
      continue;
    }
    flushPlain();
    out.push(...(run?.lines ?? []));
    at = run?.end ?? at + 1;
  }
  flushPlain();
  return out;
}

/** One page alone (see documentLines). */
export function pageText(items: readonly TextItem[]): string[] {
  return documentLines([items]);
}

function pageRows(items: readonly TextItem[]): Row[] {
  const rows: Row[] = [];
  let row: Row | null = null;
  for (const item of items) {
    if (item.str.trim() === "") continue;
    const x = xOf(item);
    const y = yOf(item);
    const h = heightOf(item);
    const cell = row?.cells[row.cells.length - 1];
    if (row !== null && cell !== undefined && Math.abs(y - cell.lastY) < h * 0.5 && x - cell.endX <= h * 0.5 && x >= cell.x) {
      // The same line of the cell, written in several pieces.
      const gap = x - cell.endX;
      const last = cell.lines.length - 1;
      cell.lines[last] = `${cell.lines[last] ?? ""}${gap > h * 0.15 ? " " : ""}${item.str}`;
      cell.endX = x + item.width;
    } else if (row !== null && cell !== undefined && Math.abs(x - cell.x) < 2 && y < cell.lastY - h * 0.3 && cell.lastY - y < h * 2.2) {
      cell.lines.push(item.str);
      cell.lastY = y;
      cell.bottom = Math.min(cell.bottom, y);
      cell.endX = x + item.width;
    } else if (row !== null && cell !== undefined && x > cell.endX + h * 0.5 && y <= rowTop(row) + h * 4 && y >= rowBottom(row) - h * 4) {
      // To the right of the last cell: the next cell of the row (one of several lines is centred, so it may start higher).
      row.cells.push({ x, top: y, bottom: y, lastY: y, endX: x + item.width, lines: [item.str] });
    } else {
      row = { cells: [{ x, top: y, bottom: y, lastY: y, endX: x + item.width, lines: [item.str] }], items: [] };
      rows.push(row);
    }
    row.items.push(item);
  }
  return rows;
}

/** "2", "- 2 -", "Trang 2": a page number between two pages of a table is not a row of it. */
const isPageNumber = (row: Row) => row.cells.length === 1 && /^\s*(?:trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?\s*$/iu.test(row.cells[0]?.lines.join(" ") ?? "");

const rowTop = (row: Row) => Math.max(...row.cells.map((c) => c.top));
const rowBottom = (row: Row) => Math.min(...row.cells.map((c) => c.bottom));

/** The table starting at `from`: at least two rows of three or more cells sharing column starts. */
function tableRun(rows: readonly Row[], from: number): { lines: string[]; end: number } | null {
  const first = rows[from];
  if (first === undefined || first.cells.length < 3) return null;
  const columns: number[] = [];
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c - x) < 3);
  for (const cell of first.cells) if (columnOf(cell.x) < 0) columns.push(cell.x);
  let end = from + 1;
  let wide = 1;
  for (; end < rows.length; end++) {
    const row = rows[end];
    if (row === undefined) break;
    if (isPageNumber(row)) continue;
    const known = row.cells.filter((c) => columnOf(c.x) >= 0).length;
    // A row of the table starts its cells at the table's columns (a section row may fill only two;
    // the second row of a merged header splits a column into new ones).
    if (known === 0 || (row.cells.length === 1 && columnOf(row.cells[0]?.x ?? -1) === 0 && !nextIsWide(rows, end, columnOf))) break;
    if (known < row.cells.length) {
      if (row.cells.length < 2) break;
      for (const cell of row.cells) if (columnOf(cell.x) < 0) columns.push(cell.x);
    }
    if (row.cells.length >= 3) wide++;
  }
  if (wide < 2) return null;
  columns.sort((a, b) => a - b);
  const lines = rows.slice(from, end).filter((row) => !isPageNumber(row)).map((row) => {
    const cells = columns.map(() => "");
    for (const cell of row.cells) {
      const i = columns.findIndex((c) => Math.abs(c - cell.x) < 3);
      cells[i] = [cells[i], cell.lines.map((l) => l.trim()).join(" ")].filter((t) => t !== "").join(" ");
    }
    return cells.join("\t");
  });
  return { lines, end };
}

/** A one-cell row in the first column belongs to the table only when table rows follow it. */
function nextIsWide(rows: readonly Row[], at: number, columnOf: (x: number) => number): boolean {
  const next = rows[at + 1];
  return next !== undefined && next.cells.length >= 2 && next.cells.every((c) => columnOf(c.x) >= 0);
}

interface Line {
  y: number;
  height: number;
  text: string;
  endX: number;
}

const MARKER = /^\s*(\(\d{1,3}\)|\d{1,3}(\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVXL]+[.\-–]\s|[-–+•*])/u;

/** One page's text items as lines: one baseline a line, wide gaps as tabs, wrapped lines joined. */
export function pageLines(items: readonly TextItem[]): string[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 10) || 10;
    if (item.str === "" && !item.hasEOL) continue;
    if (line === null || Math.abs(y - line.y) > height * 0.5) {
      line = { y, height, text: item.str, endX: x + item.width };
      lines.push(line);
    } else {
      const gap = x - line.endX;
      if (gap > height * 2) line.text += "\t";
      else if (gap > height * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += " ";
      line.text += item.str;
      line.endX = x + item.width;
    }
  }
  // Join lines the page width wrapped: no end punctuation, the next opens no item, and it sits close below.
  const out: string[] = [];
  let previous: Line | null = null;
  for (const current of lines) {
    const text = current.text.replace(/\s+$/u, "");
    if (text.trim() === "") continue;
    const last = out[out.length - 1];
    const wrapped =
      previous !== null &&
      last !== undefined &&
      !last.includes("\t") &&
      !text.includes("\t") &&
      !/[.;:!?]$/.test(last) &&
      !MARKER.test(text) &&
      previous.y - current.y < previous.height * 1.8;
    if (wrapped) out[out.length - 1] = `${last} ${text.trim()}`;
    else out.push(text);
    previous = current;
  }
  return out;
}
