/**
 * Text as typed or pasted, cleaned before it is read (names, localities, targets): Word, PDFs,
 * web pages and Zalo messages carry characters a reader cannot see, and two names that look the
 * same must read the same. Only for reading and comparing: what the document prints is kept.
 */

/** Every character from `first` to `last`. */
const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i));

/**
 * Zero-width space, joiners and non-joiners, word joiner, byte-order mark, soft hyphen, the
 * Mongolian vowel separator, and the invisible direction marks.
 */
const INVISIBLE_CHARACTERS: readonly string[] = ["\u00AD", "\u180E", ...span(0x200b, 0x200f), ...span(0x202a, 0x202e), ...span(0x2060, 0x2064), ...span(0x2066, 0x2069), "\uFEFF"];
/** No-break, figure, thin and other fixed-width spaces: read as a space. */
const ODD_SPACES: readonly string[] = ["\u00A0", "\u1680", ...span(0x2000, 0x200a), "\u202F", "\u205F", "\u3000"];

/**
 * The few of those that reach a cell typed or pasted in practice (from Word, web pages, Zalo):
 * what an annex entry is read without, by the add-in and by the sheet's formulas alike. The
 * formulas remove them one SUBSTITUTE each, in every row, so the list is kept short.
 */
export const ENTRY_INVISIBLE: readonly string[] = ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
export const ENTRY_SPACES: readonly string[] = ["\u00A0", "\u2007", "\u2009", "\u202F"];

const characterClass = (characters: readonly string[]) => `[${characters.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;
const INVISIBLE = new RegExp(characterClass(INVISIBLE_CHARACTERS), "gu");
const HAS_INVISIBLE = new RegExp(characterClass(INVISIBLE_CHARACTERS), "u");
const ODD_SPACE = new RegExp(characterClass(ODD_SPACES), "gu");
/** "> =", "< =": a comparison typed with a space (">=" and "≥" are read as they are). */
const SPACED_COMPARISON = /([<>])\s+=(?!=)/gu;

/** Anything above to clean, or a mark to compose: most text has none and is returned as it is. */
const NEEDS_CLEANING = new RegExp(`${characterClass([...INVISIBLE_CHARACTERS, ...ODD_SPACES])}|[<>]\\s|\\p{M}`, "u");

const ENTRY_CLEANING = new RegExp(characterClass([...ENTRY_INVISIBLE, ...ENTRY_SPACES]), "u");
const ENTRY_INVISIBLE_ALL = new RegExp(characterClass(ENTRY_INVISIBLE), "gu");
const ENTRY_SPACE_ALL = new RegExp(characterClass(ENTRY_SPACES), "gu");

/**
 * An annex entry without the invisible characters of `ENTRY_INVISIBLE`, its odd spaces made
 * spaces, nothing else: what the annex's own formulas do to it too (check/formula.ts; they cannot
 * compose decomposed letters), so the add-in and the sheet read the same text.
 */
export function withoutInvisible(text: string): string {
  if (!ENTRY_CLEANING.test(text)) return text;
  return text.replace(ENTRY_INVISIBLE_ALL, "").replace(ENTRY_SPACE_ALL, " ");
}

export function cleanTyped(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text;
  out = out.replace(ODD_SPACE, " ").replace(SPACED_COMPARISON, "$1=");
  // Decomposed diacritics (from PDFs, Mac files) compose: "ệ" typed as e + ̣ + ̂ is "ệ".
  return out.normalize("NFC");
}
