/**
 * Recognises, from its first bytes and stored entry names, what kind of file the user picked, so
 * that a wrong file is refused with a message saying what to do instead of a zip library's error.
 */

export type FileKind = "empty" | "zip" | "ole" | "other";

const ZIP = [0x50, 0x4b]; // "PK"
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc, password-protected .xlsx

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return "ole";
  return "other";
}

/** Zip entry names are stored uncompressed, so the Office application a package belongs to shows in its bytes. */
export function zipContains(bytes: Uint8Array, entryName: string): boolean {
  const needle = Array.from(entryName, (ch) => ch.charCodeAt(0));
  const first = needle[0];
  if (first === undefined) return true;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return true;
  }
  return false;
}

const NOT_XLSX = "Tệp không phải bảng tính Excel (.xlsx)";
const RESAVE = "Hãy mở tệp trong Excel, chọn Tệp › Lưu như › Sổ làm việc Excel (*.xlsx), rồi chọn lại tệp vừa lưu.";

/** The Vietnamese refusal for a file that cannot be read as a workbook. */
export function notXlsxMessage(bytes: Uint8Array): string {
  switch (fileKind(bytes)) {
    case "empty":
      return `${NOT_XLSX}: tệp rỗng (0 byte). Hãy chọn lại tệp .xlsx đã lưu từ Excel; nếu tệp được tải về hay chép sang, hãy tải hoặc chép lại.`;
    case "ole":
      return `${NOT_XLSX}: đây có thể là tệp Excel cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. ${RESAVE} Nếu tệp có mật khẩu, hãy bỏ mật khẩu trước khi lưu.`;
    case "zip":
      if (zipContains(bytes, "word/")) return `${NOT_XLSX}: đây là tệp Word (.docx). Hãy chọn tệp bảng tính .xlsx của phụ lục.`;
      if (zipContains(bytes, "ppt/")) return `${NOT_XLSX}: đây là tệp PowerPoint (.pptx). Hãy chọn tệp bảng tính .xlsx của phụ lục.`;
      return `${NOT_XLSX}, hoặc tệp bị hỏng. ${RESAVE}`;
    case "other":
      return `${NOT_XLSX}. Hãy chọn tệp .xlsx của phụ lục; nếu số liệu đang ở tệp .csv, .ods hay .xls, hãy mở tệp đó trong Excel, chọn Tệp › Lưu như › Sổ làm việc Excel (*.xlsx), rồi chọn lại tệp vừa lưu.`;
  }
}

export class NotXlsxError extends Error {
  constructor(bytes: Uint8Array) {
    super(notXlsxMessage(bytes));
    this.name = "NotXlsxError";
  }
}
