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

/** The document with every run of whitespace as one space, and where each character came from. */
function compact(text: string): { text: string; from: number[] } {
  let out = "";
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      if (!space && out !== "") {
        out += " ";
        from.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += c;
    from.push(i);
  }
  return { text: out, from };
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
    const start = doc.from[found] ?? 0;
    const end = (doc.from[found + quote.length - 1] ?? start) + 1;
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
