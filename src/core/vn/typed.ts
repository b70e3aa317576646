/**
 * Text as typed or pasted, cleaned before it is read (names, localities, targets): Word, PDFs,
 * web pages and Zalo messages carry characters a reader cannot see, and two names that look the
 * same must read the same. Only for reading and comparing: what the document prints is kept.
 */

/**
 * Zero-width space, joiners and non-joiners, word joiner, byte-order mark, soft hyphen, the
 * Mongolian vowel separator, and the invisible direction marks.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const HAS_INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/** No-break, figure, thin and other fixed-width spaces: a space. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** "> =", "< =": a comparison typed with a space (">=" and "≥" are read as they are). */
const SPACED_COMPARISON = /([<>])\s+=(?!=)/gu;

/** Anything above to clean, or a mark to compose: most text has none and is returned as it is. */
const NEEDS_CLEANING = /[\u00A0\u00AD\u1680\u180E\u2000-\u200F\u202A-\u202F\u205F-\u2064\u2066-\u2069\u3000\uFEFF]|[<>]\s|\p{M}/u;

export function cleanTyped(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, "") : text;
  out = out.replace(ODD_SPACE, " ").replace(SPACED_COMPARISON, "$1=");
  // Decomposed diacritics (from PDFs, Mac files) compose: "ệ" typed as e + ̣ + ̂ is "ệ".
  return out.normalize("NFC");
}
