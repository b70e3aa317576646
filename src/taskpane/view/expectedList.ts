/**
 * The list of localities expected to report, pasted or opened from a text file: the core reads it
 * (parseLocalityList, as `phuluc consolidate --expected`); this says what was understood.
 */
import { parseLocalityList } from "../../core/consolidate";

export interface ExpectedList {
  /** Null when nothing is listed: consolidation then takes the localities received. */
  names: string[] | null;
  repeated: string[];
}

export function expectedList(text: string): ExpectedList {
  const { names, repeated } = parseLocalityList(text);
  return { names: names.length === 0 ? null : names, repeated };
}

/** "12 đơn vị phải báo cáo; bỏ qua tên lặp lại: Xã An Bình." */
export function expectedSentence(list: ExpectedList): string {
  if (list.names === null) return "Chưa có danh sách: chỉ tổng hợp các đơn vị đã gửi, chưa biết đơn vị nào chưa nộp.";
  const repeated = list.repeated.length === 0 ? "" : `; bỏ qua tên lặp lại: ${list.repeated.join(", ")}`;
  return `${list.names.length} đơn vị phải báo cáo${repeated}.`;
}

/**
 * A list file's text. Notepad saves "Unicode" as UTF-16 with a byte order mark; anything else is
 * read as UTF-8, and a file in an old code page (TCVN3, Windows-1258) is refused with what to do,
 * since its names would never match the annexes'.
 */
export function decodeListFile(bytes: Uint8Array, name: string): { ok: true; text: string } | { ok: false; message: string } {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding = a === 0xff && b === 0xfe ? "utf-16le" : a === 0xfe && b === 0xff ? "utf-16be" : "utf-8";
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.includes("\uFFFD")) {
    return {
      ok: false,
      message: `${name}: tệp không ở dạng UTF-8 nên tên đơn vị có dấu không đọc được. Mở tệp bằng Notepad, chọn Tệp › Lưu như, mục Mã hóa chọn UTF-8, rồi mở lại; hoặc dán danh sách vào ô.`,
    };
  }
  return { ok: true, text };
}
