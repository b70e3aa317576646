import { foldKeepingLength, foldWhitespace } from "../../../vn";
import { folded } from "./names";

/** A qualifier as printed, with the key it is compared by. */
export interface Qualifier {
  text: string;
  key: string;
  /** A price basis: prose often leaves it out, so only two different bases disagree. */
  basis: boolean;
}

/**
 * What a statement says about its figure besides the figure: an aside in parentheses after it or
 * in the name ("(trừ tiền sử dụng đất)", "(cân nặng/tuổi)"), the price basis ("giá so sánh năm
 * 2010"), what is left out or in ("không kể ...", "kể cả ..."). Two statements of the same figure
 * with different qualifiers may not mean the same thing.
 */
const BASIS = /\b(gia so sanh(?: nam \d{4})?|gia hien hanh|gia thuc te)/g;
const SCOPE = /\b((?:tru|khong ke|khong tinh|ke ca|bao gom|chua ke|chua tinh) [^,;.()\n]{3,60})/g;
/** An aside with a figure details the figure ("(trong đó ... 90%)"): a part, not a qualifier. */
const FIGURE = /\d(?!\d{3}\b)|\d{5,}/;

export function qualifiersOf(quote: string, target: string, name: string): Qualifier[] {
  const out: Qualifier[] = [];
  const add = (text: string, basis: boolean) => {
    const clean = foldWhitespace(text.replace(/\*\*|__/g, ""));
    const key = folded(clean);
    if (key === "" || out.some((q) => q.key.includes(key) || key.includes(q.key))) return;
    out.push({ text: clean, key, basis: basis || new RegExp(BASIS.source).test(key) });
  };
  const aside = (text: string) => {
    if (!FIGURE.test(text.replace(/\b(19|20)\d\d\b/g, ""))) add(text, false);
  };
  for (const m of name.matchAll(/\(([^()]{2,80})\)/g)) aside(m[1] ?? "");
  const at = target === "" ? -1 : quote.indexOf(target);
  if (at >= 0) {
    const m = /^\s*\(([^()]{2,120})\)/.exec(quote.slice(at + target.length));
    if (m !== null) aside(m[1] ?? "");
  }
  const text = quote.normalize("NFC");
  const f = foldKeepingLength(text);
  for (const m of f.matchAll(SCOPE)) add(text.slice(m.index, m.index + (m[1] ?? "").length), false);
  for (const m of f.matchAll(BASIS)) add(text.slice(m.index, m.index + (m[1] ?? "").length), true);
  return out;
}

/** The qualifiers one side has and the other lacks; both empty when they agree. */
export function qualifierDifference(a: readonly Qualifier[], b: readonly Qualifier[]): { onlyA: Qualifier[]; onlyB: Qualifier[] } {
  const inOther = (q: Qualifier, other: readonly Qualifier[]) => other.some((o) => o.key.includes(q.key) || q.key.includes(o.key));
  const differs = (q: Qualifier, other: readonly Qualifier[]) => !inOther(q, other) && (!q.basis || other.some((o) => o.basis));
  return { onlyA: a.filter((q) => differs(q, b)), onlyB: b.filter((q) => differs(q, a)) };
}
