import { foldVietnamese } from "../../../vn";
import { comparableName } from "../names";

/**
 * Names compared as sets of syllables, so word order does not matter ("hộ nghèo tỷ lệ"), with
 * abbreviations expanded (comparableName) and the words that vary between two statements of one
 * indicator left out: a leading "tỷ lệ", "số", "tổng"; "tốc độ tăng" (the figure says it is a
 * change); the price basis and the place ("trên địa bàn huyện"); link words. What is in
 * parentheses is a qualifier, compared apart (see qualifiers.ts).
 */
const LEADING = ["ty le", "ti le", "tong so", "so luong", "so", "tong", "muc", "chi so"].map((w) => w.split(" "));
const REMOVED_PHRASES = [
  "toc do tang truong", "toc do tang", "tang truong", "muc tang", "muc giam", "tang them", "co them",
  "theo gia so sanh nam 2010", "theo gia so sanh", "gia so sanh nam 2010", "gia so sanh", "theo gia hien hanh", "gia hien hanh", "gia thuc te",
  "tren dia ban huyen", "tren dia ban tinh", "tren dia ban xa", "tren dia ban", "toan huyen", "toan tinh", "toan xa",
  "ty le", "nha nuoc", "dat du toan", "du toan", "dat chuan", "duoc", "dat", "dat ty le", "nam 2024", "ke hoach", "phan dau", "phan dau dat",
].map((w) => w.split(" "));
const STOP = new Set(["va", "cua", "cac", "nhung", "trong", "cho", "voi", "theo", "o", "la", "co", "tai", "den", "tu", "toi", "thuc", "hien", "nam", "tren", "duoi", "ve"]);

export interface NameWords {
  /** Syllables that name the indicator. */
  words: Set<string>;
}

/** Parenthesised asides dropped: "Thu ngân sách (trừ tiền sử dụng đất)" names "thu ngân sách". */
export function withoutAsides(name: string): string {
  let out = name;
  for (let guard = 0; guard < 5 && /\([^()]*\)/.test(out); guard++) out = out.replace(/\([^()]*\)/g, " ");
  return out;
}

/** Plans repeat their names (a row, its restatements): each is read once. Bounded, since callers may pass anything. */
const known = new Map<string, ReadonlySet<string>>();

export function nameWords(name: string): ReadonlySet<string> {
  let words = known.get(name);
  if (words === undefined) {
    words = readNameWords(name);
    if (known.size >= 5000) known.clear();
    known.set(name, words);
  }
  return words;
}

function readNameWords(name: string): Set<string> {
  // "1ha" and "1 ha", "bác sỹ/ vạn dân" and "bác sĩ/1 vạn dân": digits and letters apart, sỹ = sĩ.
  const syllables = comparableName(withoutAsides(name))
    .replace(/(\d)(\p{L})/gu, "$1 $2")
    .replace(/(\p{L})(\d)/gu, "$1 $2")
    .split(" ")
    .filter((s) => s !== "")
    .map((s) => (s === "sy" ? "si" : s === "ti" ? "ty" : s));
  let from = 0;
  for (let guard = 0; guard < 3; guard++) {
    const lead = LEADING.find((w) => w.every((s, k) => syllables[from + k] === s));
    if (lead === undefined) break;
    from += lead.length;
  }
  const kept = syllables.slice(from);
  const removed = new Array<boolean>(kept.length).fill(false);
  for (const phrase of REMOVED_PHRASES) {
    for (let i = 0; i + phrase.length <= kept.length; i++) {
      if (phrase.every((s, k) => kept[i + k] === s)) for (let k = 0; k < phrase.length; k++) removed[i + k] = true;
    }
  }
  return new Set(kept.filter((s, i) => !removed[i] && !STOP.has(s) && !/^(19|20)\d\d$/.test(s)));
}

/** How much of `a`'s words `b` also has, 0..1 (1 when `a` has none: nothing to contradict). */
export function coverage(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** Folded text, for comparing qualifiers and finding quotes. */
export function folded(text: string): string {
  return foldVietnamese(text).replace(/[^\p{L}\p{N}%‰]+/gu, " ").trim();
}
