/** LaTeX and HTML that document conversions leave in targets. */
const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  leqslant: "≤",
  leq: "≤",
  le: "≤",
  geqslant: "≥",
  geq: "≥",
  ge: "≥",
  lt: "<",
  gt: ">",
  approx: "≈",
  sim: "~",
  "%": "%",
  permil: "‰",
  textperthousand: "‰",
};

const HTML_ENTITIES: Readonly<Record<string, string>> = { nbsp: " ", lt: "<", gt: ">", amp: "&", ge: "≥", le: "≤", permil: "‰", quot: '"' };

/** LaTeX (`$\leq 3\%$`) and HTML (`<i>`, `&lt;`) that conversions leave in documents, turned into plain text. */
export function cleanMarkup(raw: string): { text: string; latex: boolean } {
  let text = raw;
  const latex = /\$[^$]*\$|\\(?:[a-zA-Z]+|%)/.test(text);
  if (latex) {
    text = text
      .replace(/\\(?:text|mathrm|textrm|mbox)\s*\{([^{}]*)\}/g, " $1 ")
      .replace(/\\([a-zA-Z]+|%)/g, (_m, name: string) => LATEX_SYMBOLS[name] ?? ` ${name} `)
      .replace(/\\[,;:! ]/g, " ")
      .replace(/[$]/g, " ")
      .replace(/[{}]/g, "");
  }
  if (text.includes("<") || text.includes("&")) {
    text = text
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g, " ")
      .replace(/&(nbsp|lt|gt|amp|ge|le|permil|quot);/g, (_m, name: string) => HTML_ENTITIES[name] ?? " ");
  }
  return { text, latex };
}
