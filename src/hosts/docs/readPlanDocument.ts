/**
 * One entry for every kind of plan document: .docx (mammoth), PDF with a text layer (pdfjs-dist),
 * .txt or pasted text, and an annex table in an .xlsx. The kind is recognised from the bytes, not
 * the name, so a renamed file still reads and a wrong one gets a message saying what to do.
 */
import { planTextFromWorkbook, type PlanText } from "../../core/extract";
import { fileKind, zipContains } from "../xlsx/fileKind";
import { readWorkbookGrid } from "../xlsx/read";
import { readDocx } from "./docx";
import { MAX_DOCUMENT_BYTES, PlanDocumentError } from "./errors";
import type { PdfjsLike } from "./pdf";
import { readPdf } from "./pdf";
import { loadPdfjsForNode } from "./pdfjsNode";
import { readTextFile } from "./text";

export { PlanDocumentError } from "./errors";

export interface ReadPlanDeps {
  /** How to load pdfjs-dist: the browser passes its bundled module; Node loads the legacy build. */
  pdfjs?: () => Promise<PdfjsLike>;
}

const ACCEPTED = "Hãy chọn văn bản kế hoạch dạng Word (.docx), PDF có lớp chữ, văn bản thuần (.txt), hoặc bảng phụ lục trong Excel (.xlsx).";

export async function readPlanDocument(data: Uint8Array | ArrayBuffer, fileName: string, deps: ReadPlanDeps = {}): Promise<PlanText> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(0);
    throw new PlanDocumentError(
      `${fileName}: tệp quá lớn (${mb} MB) cho một văn bản kế hoạch (thường dưới 5 MB). Hãy kiểm tra lại tệp, hoặc chỉ lấy phần chỉ tiêu của văn bản.`,
    );
  }
  const text = await readByKind(bytes, fileName, deps);
  if (!text.blocks.some((b) => (b.kind === "paragraph" ? b.text.trim() !== "" : b.rows.some((r) => r.some((c) => c.trim() !== ""))))) {
    throw new PlanDocumentError(`${fileName}: tệp không có nội dung để đọc. ${ACCEPTED}`);
  }
  return text;
}

async function readByKind(bytes: Uint8Array, fileName: string, deps: ReadPlanDeps): Promise<PlanText> {
  switch (fileKind(bytes)) {
    case "empty":
      throw new PlanDocumentError(`${fileName}: tệp rỗng (0 byte). ${ACCEPTED}`);
    case "ole":
      throw new PlanDocumentError(
        `${fileName}: đây là tệp Word hoặc Excel đời cũ (.doc, .xls) hoặc tệp có đặt mật khẩu. Hãy mở bằng Word/Excel, chọn Tệp › Lưu như › .docx (hoặc .xlsx), rồi chọn lại tệp vừa lưu.`,
      );
    case "zip":
      if (zipContains(bytes, "word/")) return readDocx(bytes, fileName);
      if (zipContains(bytes, "xl/")) return planTextFromWorkbook(await readWorkbookGrid(bytes));
      throw new PlanDocumentError(`${fileName}: tệp nén này không phải văn bản Word hay bảng tính Excel. ${ACCEPTED}`);
    case "other":
      break;
  }
  if (startsWithText(bytes, "%PDF")) {
    let pdfjs: PdfjsLike;
    try {
      pdfjs = await (deps.pdfjs ?? loadPdfjsForNode)();
    } catch {
      throw new PlanDocumentError(`${fileName}: chưa mở được bộ đọc PDF ở đây. Hãy dùng bản Word (.docx) của văn bản, hoặc dán nội dung văn bản vào ô nhập.`);
    }
    return readPdf(bytes, fileName, pdfjs);
  }
  const image = imageKind(bytes);
  if (image !== null) {
    throw new PlanDocumentError(`${fileName}: đây là tệp ảnh (${image}), không có chữ để đọc. ${ACCEPTED}`);
  }
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanDocumentError(`${fileName}: không phải văn bản (tệp nhị phân). ${ACCEPTED}`);
  }
  return readTextFile(bytes, fileName);
}

function startsWithText(bytes: Uint8Array, prefix: string): boolean {
  return Array.from(prefix).every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

function imageKind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x89 && startsWithText(bytes.subarray(1), "PNG")) return "PNG";
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return "JPEG";
  if (startsWithText(bytes, "GIF8")) return "GIF";
  if ([0x49, 0x49, 0x2a, 0x00].every((b, i) => bytes[i] === b) || [0x4d, 0x4d, 0x00, 0x2a].every((b, i) => bytes[i] === b)) return "TIFF";
  return null;
}
