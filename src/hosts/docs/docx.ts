import * as mammoth from "mammoth";
import type { PlanText } from "../../core/extract";
import { PlanDocumentError } from "./errors";
import { planTextFromHtml } from "./html";

/** A Word document's paragraphs and tables, through mammoth (pictures left out). */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<PlanText> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: give both.
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
    html = result.value;
  } catch {
    throw new PlanDocumentError(`${fileName}: không đọc được tệp Word (tệp hỏng hoặc không phải .docx). Hãy mở tệp bằng Word, chọn Tệp › Lưu như › Tài liệu Word (*.docx), rồi chọn lại.`);
  }
  return planTextFromHtml(html);
}
