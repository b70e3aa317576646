import type { Indicator } from "../../model";
import { BREAKDOWN_WORDS, foldVietnamese } from "../../vn";

const FOLDED_BREAKDOWN_WORDS = BREAKDOWN_WORDS.map(foldVietnamese);
const WORD_CHAR = /[\p{L}\p{N}]/u;

function wordAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && !WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(at + word.length));
}

/**
 * Whether the text between a total's figure and a part's words leaves a breakdown open: a "trong
 * đó" not closed since (by the ")" of its parenthesis or the end of its sentence), or a "("
 * opened after the figure ("5.208 tấn (thóc: 4.551 tấn, ngô 657 tấn)").
 */
function leavesBreakdownOpen(gap: string): boolean {
  /** Depth of each breakdown word still open. */
  let open: number[] = [];
  let depth = 0;
  for (let i = 0; i < gap.length; i++) {
    const char = gap.charAt(i);
    if (char === "(") depth++;
    else if (char === ")") {
      depth = Math.max(0, depth - 1);
      open = open.filter((d) => d <= depth);
    } else if (char === "." && /\s/.test(gap.charAt(i + 1))) {
      open = open.filter((d) => d < depth);
    } else if (FOLDED_BREAKDOWN_WORDS.some((w) => wordAt(gap, i, w))) {
      open.push(depth);
    }
  }
  return depth > 0 || open.length > 0;
}

/**
 * Whether `part` is a piece of `parent`'s figure, which its siblings must add up to, rather than
 * another figure printed in the same item. "Diện tích ngô: 102 ha (trong đó 1 ha ngô sinh khối),
 * ...; diện tích lạc: 210 ha" lists the maize area's part and then other crops; "Đàn trâu: 170
 * con, đàn bò: 2.330 con" lists herds side by side. Read from the document's own words (the
 * quotes): the part follows a "trong đó" or sits in parentheses after the parent's figure. A part
 * printed on its own row below its parent with a "-" (an annex table) is a breakdown row.
 */
export function isBreakdownPart(parent: Indicator, part: Indicator): boolean {
  const quote = foldVietnamese(parent.source.quote ?? "");
  const partQuote = foldVietnamese(part.source.quote ?? "").replace(/^[-–+•\s]+/u, "");
  if (FOLDED_BREAKDOWN_WORDS.some((w) => wordAt(partQuote, 0, w))) return true;
  const at = partQuote === "" ? -1 : quote.indexOf(partQuote);
  if (at < 0) return part.stt.trim() === "-";
  const figure = parent.target === null ? -1 : quote.indexOf(foldVietnamese(parent.target));
  const from = figure < 0 ? 0 : figure + foldVietnamese(parent.target ?? "").length;
  return from <= at && leavesBreakdownOpen(quote.slice(from, at));
}
