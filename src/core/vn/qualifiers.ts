/** The words before a figure, read backwards from it: comparison, change, level, rank. */
import {
  CHANGE_WORDS,
  COMPARISON_PREFIXES,
  COMPARISON_SYMBOLS,
  FROM_WORDS,
  INTENT_WORDS,
  LEAD_WORDS,
  LEVEL_WORDS,
  NOT_CHANGE_WORDS,
  RANK_PREFIXES,
  TOP_GROUP_PREFIXES,
  type Change,
  type Comparison,
} from "./phrases";
import { CLAUSE_END, endsBefore, folded, type Context } from "./reading";
import { referenceLength } from "./references";
import { matchesAt } from "./units";

type EntryKind = "op" | "from" | "change" | "level" | "lead" | "rank" | "top";

interface Entry {
  tokens: string[];
  kind: EntryKind;
  op?: Comparison;
  change?: Change;
}

/** Everything that may stand right before a figure, by its last token, longest first. */
export const PREFIXES: ReadonlyMap<string, readonly Entry[]> = (() => {
  const entries: Entry[] = [
    ...COMPARISON_PREFIXES.map((c): Entry => ({ tokens: folded(c.words), kind: "op", op: c.op })),
    ...FROM_WORDS.map((w): Entry => ({ tokens: folded(w), kind: "from" })),
    ...CHANGE_WORDS.map((c): Entry => ({ tokens: folded(c.words), kind: "change", change: c.change })),
    ...LEVEL_WORDS.map((w): Entry => ({ tokens: folded(w), kind: "level" })),
    ...LEAD_WORDS.map((w): Entry => ({ tokens: folded(w), kind: "lead" })),
    ...RANK_PREFIXES.map((w): Entry => ({ tokens: folded(w), kind: "rank" })),
    ...TOP_GROUP_PREFIXES.map((w): Entry => ({ tokens: folded(w), kind: "top" })),
  ];
  const byLast = new Map<string, Entry[]>();
  for (const entry of entries) {
    const last = entry.tokens[entry.tokens.length - 1];
    if (last === undefined) continue;
    byLast.set(last, [...(byLast.get(last) ?? []), entry]);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byLast;
})();

const CHANGES = CHANGE_WORDS.map((c) => ({ tokens: folded(c.words), change: c.change })).sort((a, b) => b.tokens.length - a.tokens.length);
const NOT_CHANGES = NOT_CHANGE_WORDS.map(folded);
const INTENTS = INTENT_WORDS.map(folded).sort((a, b) => b.length - a.length);

export interface Qualifiers {
  op?: Comparison;
  from: boolean;
  change: Change | null;
  rank: boolean;
  /** "thuộc nhóm 20 tỉnh dẫn đầu": the figure is the size of a leading group, what follows it names who is ranked. */
  top: boolean;
}

/** The words before the figure, read backwards from it to the start of its clause. */
export function readQualifiers(ctx: Context, figureStart: number): Qualifiers {
  const { tokens } = ctx;
  const out: Qualifiers = { from: false, change: null, rank: false, top: false };
  let change: Change | undefined;
  let level = false;
  let k = figureStart - 1;
  while (k >= 0) {
    const token = tokens[k];
    if (token === undefined || CLAUSE_END.has(token.text)) break;
    const symbol = token.kind === "sym" ? COMPARISON_SYMBOLS[token.text] : undefined;
    if (symbol !== undefined) {
      out.op ??= symbol;
      k--;
      continue;
    }
    if (token.kind === "num") {
      // "tăng so với năm 2023 là 5%": a year between the words and the figure.
      const reference = referenceStart(ctx, k);
      if (reference === null) break;
      k = reference - 1;
      continue;
    }
    const entry = (PREFIXES.get(token.text) ?? []).find((e) => endsBefore(tokens, k + 1, e.tokens, false));
    if (entry === undefined) break;
    if (entry.kind === "op" && out.op === undefined && !out.from) out.op = entry.op;
    else if (entry.kind === "from" && out.op === undefined) out.from = true;
    else if (entry.kind === "change" && change === undefined && !level) change = entry.change;
    else if (entry.kind === "level") level = true;
    else if (entry.kind === "rank") out.rank = true;
    else if (entry.kind === "top") {
      // Within the first N: a rank of at most N, whatever words stand before.
      out.rank = true;
      out.top = true;
      out.op ??= "<=";
    }
    k -= entry.tokens.length;
  }
  if (change === undefined && !level) change = clauseStartChange(ctx, k + 1, figureStart);
  out.change = change ?? null;
  return out;
}

/** If the number at `k` belongs to a reference ("năm 2023"), where that reference's numbers start. */
function referenceStart(ctx: Context, k: number): number | null {
  for (let s = k; s >= Math.max(0, k - 6); s--) {
    const length = referenceLength(ctx, s);
    if (length > 0 && s + length > k) return s;
  }
  return null;
}

/**
 * "Giảm 0,4% tỷ lệ hộ nghèo" has its change word next to the figure; "Tăng
 * thu ngân sách 10%" at the start of the clause, with what changes in between.
 */
function clauseStartChange(ctx: Context, scannedTo: number, figureStart: number): Change | undefined {
  const { tokens } = ctx;
  let start = scannedTo;
  while (start > 0 && !CLAUSE_END.has(tokens[start - 1]?.text ?? "")) start--;
  for (let guard = 0; guard < 3; guard++) {
    const lead = INTENTS.find((words) => matchesAt(tokens, start, words));
    if (lead === undefined) break;
    start += lead.length;
  }
  if (start >= figureStart) return undefined;
  if (NOT_CHANGES.some((words) => matchesAt(tokens, start, words))) return undefined;
  return CHANGES.find((c) => matchesAt(tokens, start, c.tokens))?.change;
}
