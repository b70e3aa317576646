import { cleanTyped } from "./typed";

/** Any run of whitespace (spaces, tabs, line breaks, no-break spaces) becomes one space; ends trimmed. */
export function foldWhitespace(text: string): string {
  return alreadyFolded(text) ? text : text.replace(/\s+/gu, " ").trim();
}

/**
 * Whether `text` has no whitespace but single spaces between words (most cells and names): then
 * folding changes nothing, and a loop over its characters says so several times faster than the
 * replacement. Whitespace is what `\s` matches.
 */
function alreadyFolded(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (isWhitespaceCode(c)) return false;
  }
  return !previousSpace || text.length === 0;
}

/** Whether a UTF-16 code unit is what `\s` matches: tabs, line breaks, spaces of every width, the byte-order mark. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const COMBINING_MARKS = /\p{M}/gu;
const HAS_COMBINING_MARK = /\p{M}/u;
const foldedChars = new Map<string, string>();

/**
 * One character folded: lower case, diacritics dropped, đ -> d. A character
 * whose folding would change the string's length (a rare case such as "İ")
 * stays as it is, so that positions in folded text are positions in the text.
 */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const candidate = char.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/gu, "d");
    folded = candidate.length === char.length ? candidate : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds character by character and keeps the length, so an index into the
 * result is an index into `text`. Expects NFC text without stray combining
 * marks (see `normalizeForReading`): then every character maps to one.
 */
export function foldKeepingLength(text: string): string {
  const length = text.length;
  let i = 0;
  // Text already folded (keywords, units, what was folded before) is returned as it is.
  while (i < length && foldedCode(text, i) === text.charCodeAt(i)) i++;
  if (i === length) return text;
  if (codes.length < length) codes = new Uint16Array(Math.max(length, codes.length * 2));
  for (let k = 0; k < i; k++) codes[k] = text.charCodeAt(k);
  for (; i < length; i++) codes[i] = foldedCode(text, i);
  let out = "";
  // apply, not a spread: spreading a typed array goes through its iterator, several times slower.
  for (let from = 0; from < length; from += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]);
  return out;
}

/** Room for a folded text's code units, reused; strings are made from it a chunk at a time. */
let codes = new Uint16Array(256);
const CHUNK = 8_192;

/** Each UTF-16 code unit's folding, found once (0: not yet known). */
const FOLDED_CODES = new Uint16Array(0x10000);

/** The folded code unit at `i`: ASCII lower-cased, other letters by foldChar; surrogates (astral characters) kept. */
function foldedCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  // Astral characters (emoji, rare CJK) have no Vietnamese folding: both halves kept.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  let folded = FOLDED_CODES[code] as number;
  if (folded === 0) {
    folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
    FOLDED_CODES[code] = folded;
  }
  return folded;
}

/**
 * NFC (documents converted from PDF or Word often carry decomposed
 * diacritics), invisible characters and stray combining marks removed, whitespace folded
 * (see cleanTyped).
 */
export function normalizeForReading(text: string): string {
  const clean = cleanTyped(text);
  // Most text arrives composed already; marks left after NFC are stray.
  if (!HAS_COMBINING_MARK.test(clean)) return foldWhitespace(clean);
  return foldWhitespace(clean.replace(COMBINING_MARKS, ""));
}

/**
 * For comparing Vietnamese texts regardless of how they were typed: lower
 * case, no diacritics, đ -> d, whitespace folded. "Tỷ lệ hộ nghèo" -> "ty le ho ngheo".
 */
export function foldVietnamese(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const out = foldKeepingLength(normalizeForReading(text));
  if (text.length <= FOLD_CACHED_LENGTH) {
    if (folded.size >= FOLD_CACHE_SIZE) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/**
 * Folded names, units and headings, by their text: reading thousands of commune annexes folds the
 * same indicator names again and again. Short texts only, and emptied when full, so it stays small.
 */
const folded = new Map<string, string>();
const FOLD_CACHED_LENGTH = 300;
const FOLD_CACHE_SIZE = 20_000;

/**
 * Whether `foldedPhrase` occurs in `foldedText` as whole words: "ho ngheo" is
 * in "ty le ho ngheo", "an" is not in "ban". Word characters are letters and digits.
 */
export function containsWords(foldedText: string, foldedPhrase: string): boolean {
  if (foldedPhrase === "") return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(foldedPhrase, from);
    if (at < 0) return false;
    const before = at === 0 ? "" : foldedText.charAt(at - 1);
    const after = foldedText.charAt(at + foldedPhrase.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(char: string): boolean {
  return char !== "" && WORD_CHAR.test(char);
}

/** At most `limit` characters, the cut marked with "…": long names stay one readable line. */
export function shorten(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
