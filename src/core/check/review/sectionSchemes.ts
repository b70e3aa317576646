/**
 * The ways documents number their sections: A, B, C; a, b, c; I, II, III; i, ii; 1, 2, 3; 1.1,
 * 1.2. A scheme reads a printed code as a position (1 for the first) and writes a position back.
 */
export interface NumberingScheme {
  /** Vietnamese, for messages: "chữ cái in hoa (A, B, C)". */
  name: string;
  read: (code: string) => number | null;
  write: (position: number) => string;
}

const ROMAN: readonly [string, number][] = [
  ["M", 1000], ["CM", 900], ["D", 500], ["CD", 400], ["C", 100], ["XC", 90],
  ["L", 50], ["XL", 40], ["X", 10], ["IX", 9], ["V", 5], ["IV", 4], ["I", 1],
];

function toRoman(n: number): string {
  let rest = n;
  let out = "";
  for (const [symbol, value] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Only the canonical spelling counts ("IIII" is not a Roman numeral). */
function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let value = 0;
  let i = 0;
  for (const [symbol, worth] of ROMAN) {
    while (text.startsWith(symbol, i)) {
      value += worth;
      i += symbol.length;
    }
  }
  return i === text.length && toRoman(value) === text ? value : null;
}

const letters = (base: "A" | "a"): NumberingScheme => ({
  name: base === "A" ? "chữ cái in hoa (A, B, C)" : "chữ cái thường (a, b, c)",
  read: (code) => (code.length === 1 && (base === "A" ? /[A-Z]/ : /[a-z]/).test(code) ? code.charCodeAt(0) - base.charCodeAt(0) + 1 : null),
  write: (n) => (n >= 1 && n <= 26 ? String.fromCharCode(base.charCodeAt(0) + n - 1) : String(n)),
});

const roman = (upper: boolean): NumberingScheme => ({
  name: upper ? "số La Mã (I, II, III)" : "số La Mã thường (i, ii, iii)",
  read: (code) => (upper ? (code === code.toUpperCase() ? fromRoman(code) : null) : code === code.toLowerCase() ? fromRoman(code.toUpperCase()) : null),
  write: (n) => (upper ? toRoman(n) : toRoman(n).toLowerCase()),
});

const arabic: NumberingScheme = {
  name: "chữ số (1, 2, 3)",
  read: (code) => (/^\d+$/.test(code) ? Number(code) : null),
  write: (n) => String(n),
};

/** "1.1", "1.2": the sections of one group, all under the same prefix. */
const dotted = (prefix: string): NumberingScheme => ({
  name: `chữ số dưới mục ${prefix} (${prefix}.1, ${prefix}.2)`,
  read: (code) => (code.startsWith(`${prefix}.`) && /^\d+$/.test(code.slice(prefix.length + 1)) ? Number(code.slice(prefix.length + 1)) : null),
  write: (n) => `${prefix}.${n}`,
});

/** "I." -> "I", "a)" -> "a", "(1)" -> "1": the marks around a label are not the label. */
export function bareCode(code: string): string {
  return code.trim().replace(/^\(/, "").replace(/[.):]+$/, "");
}

/** The schemes worth trying for these codes; on a tie the first listed wins. */
export function candidateSchemes(codes: readonly string[]): NumberingScheme[] {
  const prefixes = new Set(codes.map((c) => /^(\d+(?:\.\d+)*)\.\d+$/.exec(c)?.[1]).filter((p): p is string => p !== undefined));
  return [arabic, roman(true), letters("A"), letters("a"), roman(false), ...[...prefixes].map(dotted)];
}
