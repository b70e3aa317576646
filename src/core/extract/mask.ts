/**
 * The text the extractor reads, position for position the document's own: markup is blanked out
 * instead of removed, so a span found in the reading is the same span of the document, and every
 * quote and target is copied from the document as printed.
 */
export function maskMarkup(text: string): string {
  return text
    .replace(/<\/?(?:i|b|em|strong|u|sup|sub|span|p|br)\b[^>]*>/gi, spaces)
    .replace(/\*\*|__/g, spaces)
    .replace(/\$[^$\n]{1,40}\$/g, maskLatex);
}

function spaces(match: string): string {
  return " ".repeat(match.length);
}

const LATEX_SYMBOLS: readonly [RegExp, string][] = [
  [/\\(?:leq|le|leqslant)(?![a-z])/g, "≤"],
  [/\\(?:geq|ge|geqslant)(?![a-z])/g, "≥"],
  [/\\(?:approx|sim)(?![a-z])/g, "≈"],
  [/\\%/g, "%"],
  [/\\permil/g, "‰"],
];

/** "$\leq 3\%$" -> "  ≤   3 %  ": the symbol where its command was, padded to the same length. */
function maskLatex(math: string): string {
  let out = ` ${math.slice(1, -1)} `;
  for (const [pattern, symbol] of LATEX_SYMBOLS) {
    out = out.replace(pattern, (command) => symbol.padStart(command.length, " "));
  }
  return out.replace(/[\\{}]/g, " ");
}

/** The LaTeX span `$...$` around position `at`, so a target read inside it is copied whole. */
export function latexSpanAround(text: string, start: number, end: number): [number, number] {
  const pattern = /\$[^$\n]{1,40}\$/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const mStart = m.index;
    const mEnd = m.index + m[0].length;
    if (mStart <= start && start < mEnd) return [mStart, Math.max(end, mEnd)];
    if (start < mStart && mStart < end) return [start, Math.max(end, mEnd)];
  }
  return [start, end];
}
