export type TokenKind = "num" | "word" | "sym";

/** A piece of a normalized phrase: a number as printed, a word, or one symbol. */
export interface Token {
  kind: TokenKind;
  /** Folded text: lower case, no diacritics ("dưới" -> "duoi"); numbers and symbols as printed. */
  text: string;
  /** The same piece as printed. */
  orig: string;
  start: number;
  end: number;
  /** Whether whitespace separates it from the token before. */
  spaced: boolean;
}

/**
 * Numbers keep their separators ("14.780", "41,7", "0.2"); comparison
 * symbols typed as two characters (">=", "=<") stay one token.
 */
const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}+)|(>=|<=|=>|=<|\S)/gu;

/** Splits `normalized` using `folded`, its same-length folding (see foldKeepingLength). */
export function tokenize(normalized: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(folded); match !== null; match = TOKEN.exec(folded)) {
    const start = match.index;
    const end = start + match[0].length;
    const kind: TokenKind = match[1] !== undefined ? "num" : match[2] !== undefined ? "word" : "sym";
    tokens.push({ kind, text: match[0], orig: normalized.slice(start, end), start, end, spaced: start > previousEnd || start === 0 });
    previousEnd = end;
  }
  return tokens;
}
