/**
 * Compares an extracted draft with a hand-made seed model: which indicators and parts were found
 * with the same target text, in the same place of the document. Shared by the .txt and .docx
 * acceptance tests.
 */
import type { DraftIndicator, DraftPlan } from "../../../src/core/extract";
import type { Indicator, Plan } from "../../../src/core/model";
import { foldVietnamese, foldWhitespace } from "../../../src/core/vn";

export interface SeedScore {
  expected: number;
  extracted: number;
  matched: number;
  recall: number;
  /** Share of extracted items that match nothing in the seed. */
  extra: number;
  missed: string[];
  extras: string[];
}

interface Item {
  code: string;
  name: string;
  target: string | null;
  quote: string;
}

const flatSeed = (list: readonly Indicator[]): Item[] =>
  list.flatMap((i) => [{ code: i.code, name: i.name, target: i.target, quote: i.source.quote ?? "" }, ...flatSeed(i.parts)]);
const flatDraft = (list: readonly DraftIndicator[]): Item[] =>
  list.flatMap((i) => [{ code: i.code, name: i.name, target: i.target, quote: i.source.quote }, ...flatDraft(i.parts)]);

/** Markup that a .docx carries as formatting, not text: "<i>", "**". */
const plain = (text: string) => foldWhitespace(text.replace(/<\/?i>|\*\*/g, " "));

/** Where a quote sits in the document (folded, whitespace-insensitive); -1 when it is not there. */
function spanIn(doc: string, quote: string): [number, number] {
  const q = plain(quote);
  const at = doc.indexOf(q);
  return at < 0 ? [-1, -1] : [at, at + q.length];
}

export function scoreAgainstSeed(draft: DraftPlan, seed: Plan, documentText: string): SeedScore {
  const doc = plain(documentText);
  const expected = flatSeed(seed.sections.flatMap((s) => s.indicators));
  const extracted = flatDraft(draft.sections.flatMap((s) => s.indicators));
  const used = new Set<number>();
  const missed: string[] = [];
  for (const e of expected) {
    const [es, ee] = spanIn(doc, e.quote);
    const found = extracted.findIndex((x, i) => {
      if (used.has(i)) return false;
      const [xs, xe] = spanIn(doc, x.quote);
      const overlaps = xs >= 0 && es >= 0 && xs < ee && es < xe;
      if (!overlaps) return false;
      if (e.target === null) return x.target === null && similarNames(e.name, x.name);
      return x.target !== null && plain(x.target) === plain(e.target);
    });
    if (found < 0) missed.push(`${e.code} «${e.name}»: ${e.target ?? "(trống)"}`);
    else used.add(found);
  }
  const extras = extracted.filter((_, i) => !used.has(i)).map((x) => `${x.code} «${x.name}»: ${x.target ?? "(trống)"}`);
  const matched = used.size;
  return {
    expected: expected.length,
    extracted: extracted.length,
    matched,
    recall: expected.length === 0 ? 1 : matched / expected.length,
    extra: extracted.length === 0 ? 0 : extras.length / extracted.length,
    missed,
    extras,
  };
}

function similarNames(a: string, b: string): boolean {
  const fa = foldVietnamese(plain(a));
  const fb = foldVietnamese(plain(b));
  return fa.includes(fb) || fb.includes(fa);
}
