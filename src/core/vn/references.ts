/**
 * Numbers that name something rather than state a figure to reach: years,
 * periods, dates, document numbers, "cả 3 tiêu chí", "bình quân 5 năm".
 */
import { DURATION_WORDS, RANK_PREFIXES, REFERENCE_WORDS, YEAR_PREPOSITIONS } from "./phrases";
import { endsBefore, folded, isSeparator, multiplier, type Context } from "./reading";
import type { Token } from "./tokens";
import { matchesAt, matchUnitAlias } from "./units";

const RANKS = RANK_PREFIXES.map(folded);
const YEAR_WORDS = new Set(YEAR_PREPOSITIONS.flatMap(folded));
// With diacritics: "năm" (year) but not "nam", "ngày" but not "ngay".
const DURATIONS = new Set(DURATION_WORDS.map((w) => w.normalize("NFC")));

interface Reference {
  tokens: string[];
  exact: boolean;
  yearOnly: boolean;
}
/** By last word: folded, or lower case with diacritics for the exact ones. */
const REFERENCES: ReadonlyMap<string, readonly Reference[]> = (() => {
  const byLast = new Map<string, Reference[]>();
  for (const r of REFERENCE_WORDS) {
    const exact = r.exact === true;
    const tokens = exact ? r.words.toLowerCase().normalize("NFC").split(" ") : folded(r.words);
    const last = tokens[tokens.length - 1] ?? "";
    byLast.set(last, [...(byLast.get(last) ?? []), { tokens, exact, yearOnly: r.yearOnly === true }]);
  }
  return byLast;
})();

export function isYear(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "num" || !/^\d{4}$/.test(token.text)) return false;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100;
}

/** Whether a unit is printed at `at` (so a year-like number there is a quantity, not a date). */
function unitAt(ctx: Context, at: number): boolean {
  const token = ctx.tokens[at];
  if (token === undefined) return false;
  if (token.text === "%" || token.text === "‰" || multiplier(token) !== undefined) return true;
  if (ctx.fallbackTokens !== null && ctx.fallbackTokens.length > 0 && matchesAt(ctx.tokens, at, ctx.fallbackTokens)) return true;
  return matchUnitAlias(ctx.tokens, at) !== null;
}

/** How many tokens from `i` name something rather than state a figure (0 when none). */
export function referenceLength(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const token = tokens[i];
  if (token === undefined || token.kind !== "num") return 0;
  const slash = tokens[i + 1];
  const after = tokens[i + 2];
  // Dates and document numbers run together: 07/11/2022, 94/2022/NĐ-CP, 230/KH-UBND.
  if (slash?.text === "/" && !slash.spaced && after !== undefined && !after.spaced) {
    const third = tokens[i + 3];
    if (after.kind === "word" || (after.kind === "num" && third?.text === "/" && !third.spaced)) {
      let end = i + 1;
      while (end < tokens.length && !(tokens[end]?.spaced ?? true)) end++;
      return end - i;
    }
  }
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === "word" && DURATIONS.has(next.orig.toLowerCase()) && !unitAt(ctx, i + 1)) return 2;
  if (precededByRank(ctx, i)) return 0;
  const yearRange = isYear(token) && isSeparator(tokens[i + 1]) && isYear(tokens[i + 2]) ? 3 : 0;
  const previousWord = tokens[i - 1];
  const candidates =
    previousWord === undefined || previousWord.kind !== "word"
      ? []
      : [...(REFERENCES.get(previousWord.text) ?? []), ...(REFERENCES.get(previousWord.orig.toLowerCase()) ?? [])];
  for (const reference of candidates) {
    if (!endsBefore(tokens, i, reference.tokens, reference.exact)) continue;
    if (reference.yearOnly && !isYear(token)) continue;
    if (isSeparator(tokens[i + 1]) && tokens[i + 2]?.kind === "num") return 3;
    return 1;
  }
  if (yearRange > 0 && !unitAt(ctx, i + 3)) return yearRange;
  const previous = tokens[i - 1];
  if (isYear(token) && previous !== undefined && YEAR_WORDS.has(previous.text) && !unitAt(ctx, i + 1)) return 1;
  return 0;
}

function precededByRank(ctx: Context, i: number): boolean {
  return RANKS.some((words) => endsBefore(ctx.tokens, i, words, false));
}
