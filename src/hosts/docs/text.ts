import { planTextFromPlain, type PlanText } from "../../core/extract";
import { PlanDocumentError } from "./errors";

/** A .txt file or pasted text: UTF-8 (with or without BOM) or UTF-16 with its BOM. */
export function readTextFile(bytes: Uint8Array, fileName: string): PlanText {
  return planTextFromPlain(decodeText(bytes, fileName));
}

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    throw new PlanDocumentError(
      `${fileName}: không đọc được chữ trong tệp (không phải văn bản UTF-8). Hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8, hoặc dán nội dung văn bản vào ô nhập.`,
    );
  }
}
