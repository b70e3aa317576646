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
  const lines: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.filter(isTextItem)));
    }
  } finally {
    await doc.destroy();
  }
  const letters = lines.join("").replace(/[^\p{L}]/gu, "").length;
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, doc.numPages)) {
    throw new PlanDocumentError(
      `${fileName}: tệp PDF này không có lớp chữ (là ảnh quét), nên không đọc được nội dung. Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word của văn bản; nếu chỉ có bản quét, cần nhận dạng chữ (OCR) trước.`,
    );
  }
  return planTextFromPlain(lines.join("\n"));
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
