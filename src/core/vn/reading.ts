/** What the pieces of the target parser share: the phrase being read and tests on its tokens. */
import { NUMBER_WORDS, MULTIPLIERS, tokensOf, type UnitReading } from "./units";
import { RANGE_SEPARATORS } from "./phrases";
import type { Token } from "./tokens";

/** A phrase being read: its tokens and what the indicator says about its unit. */
export interface Context {
  tokens: Token[];
  normalized: string;
  fallback: UnitReading | null;
  fallbackTokens: string[] | null;
  depth: number[];
  /** Numbers that could not be read ("1.2.3"). */
  unreadable: string[];
}

/** A phrase of the tables as folded tokens ("ít nhất" -> ["it", "nhat"]), to compare with a phrase's tokens. */
export const folded = (words: string): string[] => tokensOf(words).map((t) => t.text);

/** Punctuation that ends a clause: qualifiers never reach across it. */
export const CLAUSE_END = new Set([",", ";", "(", ")", "[", "]", ".", "!", "?", "•"]);

export const SEPARATORS = new Set(RANGE_SEPARATORS.flatMap(folded));

// Folded forms, to skip the lower-casing of words that cannot be number words or multipliers.
const NUMBER_WORDS_FOLDED = new Set(Object.keys(NUMBER_WORDS).flatMap(folded));
const MULTIPLIERS_FOLDED = new Set(Object.keys(MULTIPLIERS).flatMap(folded));

export function numberWord(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== "word" || !NUMBER_WORDS_FOLDED.has(token.text)) return undefined;
  return NUMBER_WORDS[token.orig.toLowerCase()];
}

export function multiplier(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== "word" || !MULTIPLIERS_FOLDED.has(token.text)) return undefined;
  return MULTIPLIERS[token.orig.toLowerCase()];
}

export function isSeparator(token: Token | undefined): boolean {
  return token !== undefined && SEPARATORS.has(token.text);
}

/** Whether `words` are the tokens right before index `i`. */
export function endsBefore(tokens: readonly Token[], i: number, words: readonly string[], exact: boolean): boolean {
  const from = i - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[from + k];
    if (token === undefined) return false;
    const text = exact ? token.orig.toLowerCase() : token.text;
    if (text !== words[k]) return false;
  }
  return true;
}
