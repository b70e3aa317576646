/**
 * File names for the communes' annexes: readable Vietnamese, "Phụ lục I - Xã An Bình.xlsx", with
 * the diacritics kept (Windows, macOS and Linux all store them, and a .zip marks its names UTF-8)
 * and only what a file system refuses taken out: \ / : * ? " < > |, control characters, trailing
 * dots and spaces. Names that would collide (on a case-insensitive disk too) get " (2)", " (3)".
 */
import { annexLabel } from "../annex/heading";
import type { Plan } from "../model";
import { cleanTyped, foldWhitespace } from "../vn";

const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]/gu;
/** Keeps a path inside Windows' 260 characters with room for the folder. */
const NAME_LIMIT = 80;

/** "PHỤ LỤC I" -> "Phụ lục I", as a file is named. */
function labelForFile(label: string): string {
  const words = foldWhitespace(label).toLocaleLowerCase("vi").split(" ");
  return words.map((word, i) => (/^[ivxlc]+$/u.test(word) ? word.toUpperCase() : i === 0 ? word.charAt(0).toLocaleUpperCase("vi") + word.slice(1) : word)).join(" ");
}

export function safeFilePart(text: string): string {
  const safe = foldWhitespace(cleanTyped(text).normalize("NFC").replace(UNSAFE, " ")).replace(/[. ]+$/u, "");
  return safe.length > NAME_LIMIT ? safe.slice(0, NAME_LIMIT).replace(/[. ]+$/u, "") : safe;
}

export function annexFileNames(plan: Plan, localities: readonly string[]): string[] {
  const label = safeFilePart(labelForFile(annexLabel(plan))) || "Phụ lục";
  const taken = new Set<string>();
  return localities.map((locality) => {
    const base = `${label} - ${safeFilePart(locality) || "Đơn vị"}`;
    let name = `${base}.xlsx`;
    for (let n = 2; taken.has(name.toLocaleLowerCase("vi")); n++) name = `${base} (${n}).xlsx`;
    taken.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}
