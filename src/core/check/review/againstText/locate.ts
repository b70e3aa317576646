import type { Placed } from "../../../model";

/** A numbered row and its parts, with where the document prints the row's own source words. */
export interface Family {
  /** [start, end) in the document text. */
  span: [number, number];
  /** Indices into placedIndicators(plan): the row, then its parts. */
  rows: number[];
  /** The words are a row of a table (the document's own annex), not its prose. */
  inTable: boolean;
}

/**
 * The document with every run of whitespace as one space, and a way back to the document's own
 * positions: each run that changed length shifts what follows it.
 */
function compact(text: string): { text: string; at: (position: number) => number } {
  const starts: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  // One whitespace character keeps the length: only runs (and leading space) shift what follows.
  const out = text.replace(/[^\S ]/g, " ").replace(/^ +| {2,}/g, (run: string, offset: number) => {
    const replaced = offset === 0 ? "" : " ";
    shift += run.length - replaced.length;
    starts.push(offset - (shift - (run.length - replaced.length)) + replaced.length);
    shifts.push(shift);
    return replaced;
  });
  const at = (position: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return position + (found < 0 ? 0 : (shifts[found] ?? 0));
  };
  return { text: out, at };
}

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Finds each numbered row's source quote in the document, in document order (a quote printed twice
 * is taken at its first place after the previous row's): the statements inside are the row's own
 * words, compared with the row itself; the others are restatements elsewhere.
 */
export function locateQuotes(document: string, placed: readonly Placed[]): Family[] {
  const doc = compact(document.normalize("NFC"));
  const out: Family[] = [];
  let cursor = 0;
  placed.forEach((item, at) => {
    if (item.parent !== null) return;
    const quote = squash(item.indicator.source.quote ?? "");
    if (quote.length < 8) return;
    let found = doc.text.indexOf(quote, cursor);
    if (found < 0) found = doc.text.indexOf(quote);
    if (found < 0) return;
    const start = doc.at(found);
    const end = doc.at(found + quote.length - 1) + 1;
    cursor = found + quote.length;
    const rows = [at];
    for (let k = at + 1; k < placed.length && (placed[k]?.depth ?? 0) > 0; k++) rows.push(k);
    const lineStart = document.lastIndexOf("\n", start) + 1;
    const lineEnd = document.indexOf("\n", start);
    const line = document.slice(lineStart, lineEnd < 0 ? document.length : lineEnd);
    out.push({ span: [start, end], rows, inTable: line.includes("\t") });
  });
  return out;
}
