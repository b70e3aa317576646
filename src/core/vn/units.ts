import { tokenize, type Token } from "./tokens";
import { foldKeepingLength, foldVietnamese, normalizeForReading } from "./text";

/**
 * What a unit measures, for whoever must decide how figures combine:
 * amounts and counts add up across communes, the others never do.
 */
export type UnitKind = "percent" | "permille" | "money" | "count" | "measure" | "per" | "ratio" | "rank" | "other";

export interface UnitDefinition {
  /** The canonical name, used in every typed target and comparison. */
  unit: string;
  kind: UnitKind;
  /** Ways documents print it (matched case- and diacritic-insensitively). */
  aliases: readonly string[];
}

/**
 * Units of the indicator annexes, as printed in real plans. The first alias
 * is the canonical spelling. A unit not listed here is kept as printed.
 */
export const UNITS: readonly UnitDefinition[] = [
  { unit: "%", kind: "percent", aliases: ["%", "phần trăm"] },
  { unit: "‰", kind: "permille", aliases: ["‰", "phần nghìn", "phần ngàn", "o/oo", "%o"] },
  { unit: "tỷ đồng", kind: "money", aliases: ["tỷ đồng", "tỉ đồng", "tỷ VNĐ", "tỷ VND", "tỷ đ"] },
  { unit: "triệu đồng", kind: "money", aliases: ["triệu đồng", "triệu VNĐ", "triệu VND", "tr.đ", "trđ", "tr đồng"] },
  { unit: "nghìn đồng", kind: "money", aliases: ["nghìn đồng", "ngàn đồng"] },
  { unit: "đồng", kind: "money", aliases: ["đồng", "VNĐ", "VND"] },
  { unit: "tỷ USD", kind: "money", aliases: ["tỷ USD", "tỉ USD", "tỷ đô la"] },
  { unit: "triệu USD", kind: "money", aliases: ["triệu USD", "triệu đô la"] },
  { unit: "USD", kind: "money", aliases: ["USD", "đô la Mỹ", "đô la", "đôla"] },
  { unit: "triệu đồng/người/năm", kind: "per", aliases: ["triệu đồng/người/năm", "tr.đ/người/năm"] },
  { unit: "triệu đồng/người", kind: "per", aliases: ["triệu đồng/người"] },
  { unit: "USD/người", kind: "per", aliases: ["USD/người", "USD/người/năm"] },
  { unit: "triệu đồng/ha", kind: "per", aliases: ["triệu đồng/ha", "triệu đồng/1 ha", "triệu đồng/1ha"] },
  { unit: "bác sĩ/1 vạn dân", kind: "per", aliases: ["bác sĩ/1 vạn dân", "bác sỹ/1 vạn dân", "bác sĩ/vạn dân", "bác sỹ/vạn dân", "bác sĩ/10.000 dân"] },
  {
    unit: "giường bệnh/1 vạn dân",
    kind: "per",
    aliases: ["giường bệnh/1 vạn dân", "giường bệnh/vạn dân", "giường/1 vạn dân", "giường/vạn dân", "giường bệnh/10.000 dân"],
  },
  { unit: "bé trai/100 bé gái", kind: "ratio", aliases: ["bé trai/100 bé gái"] },
  { unit: "bé trai/bé gái", kind: "ratio", aliases: ["bé trai/bé gái", "trai/gái"] },
  { unit: "xếp hạng", kind: "rank", aliases: ["xếp hạng", "thứ hạng", "hạng"] },
  { unit: "ha", kind: "measure", aliases: ["ha", "héc ta", "hécta", "héc-ta", "hecta"] },
  { unit: "tấn", kind: "measure", aliases: ["tấn"] },
  { unit: "tạ", kind: "measure", aliases: ["tạ"] },
  { unit: "kg", kind: "measure", aliases: ["kg"] },
  { unit: "km", kind: "measure", aliases: ["km"] },
  { unit: "m²", kind: "measure", aliases: ["m²", "m2", "mét vuông"] },
  { unit: "m³", kind: "measure", aliases: ["m³", "m3", "mét khối"] },
  { unit: "hộ", kind: "count", aliases: ["hộ", "hộ gia đình"] },
  { unit: "người", kind: "count", aliases: ["người"] },
  { unit: "lao động", kind: "count", aliases: ["lao động", "LĐ"] },
  { unit: "xã", kind: "count", aliases: ["xã"] },
  { unit: "phường", kind: "count", aliases: ["phường"] },
  { unit: "thị trấn", kind: "count", aliases: ["thị trấn"] },
  { unit: "huyện", kind: "count", aliases: ["huyện"] },
  { unit: "thôn", kind: "count", aliases: ["thôn"] },
  { unit: "ấp", kind: "count", aliases: ["ấp"] },
  { unit: "khu dân cư", kind: "count", aliases: ["khu dân cư"] },
  { unit: "khu", kind: "count", aliases: ["khu"] },
  { unit: "tổ dân phố", kind: "count", aliases: ["tổ dân phố"] },
  { unit: "trường", kind: "count", aliases: ["trường", "trường học"] },
  { unit: "học sinh", kind: "count", aliases: ["học sinh"] },
  { unit: "cháu", kind: "count", aliases: ["cháu"] },
  { unit: "con", kind: "count", aliases: ["con"] },
  { unit: "gia đình", kind: "count", aliases: ["gia đình"] },
  { unit: "hợp tác xã", kind: "count", aliases: ["hợp tác xã", "HTX"] },
  { unit: "doanh nghiệp", kind: "count", aliases: ["doanh nghiệp"] },
  { unit: "đảng viên", kind: "count", aliases: ["đảng viên"] },
  { unit: "tổ chức", kind: "count", aliases: ["tổ chức"] },
  { unit: "cơ sở", kind: "count", aliases: ["cơ sở"] },
  { unit: "dự án", kind: "count", aliases: ["dự án"] },
  { unit: "công trình", kind: "count", aliases: ["công trình"] },
  { unit: "tiêu chí", kind: "count", aliases: ["tiêu chí"] },
  { unit: "sản phẩm", kind: "count", aliases: ["sản phẩm"] },
  { unit: "căn nhà", kind: "count", aliases: ["căn nhà", "căn"] },
  { unit: "bác sĩ", kind: "count", aliases: ["bác sĩ", "bác sỹ"] },
  { unit: "giường bệnh", kind: "count", aliases: ["giường bệnh", "giường"] },
  { unit: "lượt", kind: "count", aliases: ["lượt", "lượt người"] },
  { unit: "cây", kind: "count", aliases: ["cây"] },
  { unit: "lần", kind: "other", aliases: ["lần"] },
  { unit: "điểm", kind: "other", aliases: ["điểm"] },
  { unit: "tuổi", kind: "other", aliases: ["tuổi"] },
];

/** Every alias, folded ("ty dong"), to its canonical unit ("tỷ đồng"). */
export const UNIT_ALIASES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(UNITS.flatMap((u) => u.aliases.map((alias) => [foldVietnamese(alias), u.unit]))),
);

const UNIT_BY_NAME = new Map(UNITS.map((u) => [u.unit, u]));

/**
 * Words that multiply the figure before them ("75 nghìn tỷ đồng" = 75.000 tỷ
 * đồng). Matched on the lower-case word, diacritics included, because folded
 * forms collide with ordinary words ("ngân", "văn").
 */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  trăm: 100,
  tram: 100,
  nghìn: 1_000,
  ngàn: 1_000,
  nghin: 1_000,
  ngan: 1_000,
  vạn: 10_000,
  triệu: 1_000_000,
  trieu: 1_000_000,
  tỷ: 1_000_000_000,
  tỉ: 1_000_000_000,
  ty: 1_000_000_000,
  ti: 1_000_000_000,
};

/** Number words that may stand for a figure before a multiplier or a unit ("hai nghìn", "ba xã"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

interface AliasPattern {
  tokens: string[];
  unit: string;
}

/** Alias token sequences by first token, longest first: matching "bác sĩ/1 vạn dân" before "bác sĩ". */
const ALIAS_PATTERNS: ReadonlyMap<string, readonly AliasPattern[]> = (() => {
  const byFirst = new Map<string, AliasPattern[]>();
  for (const def of UNITS) {
    for (const alias of def.aliases) {
      const tokens = tokensOf(alias).map((t) => t.text);
      const first = tokens[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ tokens, unit: def.unit });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();

export function tokensOf(text: string): Token[] {
  const normalized = normalizeForReading(text);
  return tokenize(normalized, foldKeepingLength(normalized));
}

/** The known unit printed at `tokens[at]`, and how many tokens it takes. */
export function matchUnitAlias(tokens: readonly Token[], at: number): { unit: string; length: number } | null {
  const first = tokens[at];
  if (first === undefined || first.kind === "num") return null;
  const candidates = ALIAS_PATTERNS.get(first.text);
  if (candidates === undefined) return null;
  for (const pattern of candidates) {
    if (matchesAt(tokens, at, pattern.tokens)) return { unit: pattern.unit, length: pattern.tokens.length };
  }
  return null;
}

/** Whether `tokens` from `at` read `expected` (folded token texts). */
export function matchesAt(tokens: readonly Token[], at: number, expected: readonly string[]): boolean {
  if (at + expected.length > tokens.length) return false;
  for (let k = 0; k < expected.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || token.text !== expected[k]) return false;
    // A unit's words sit together: "bác sĩ/1 vạn dân" must not swallow a figure after a comma.
    if (k > 0 && token.kind === "sym" && /^[,;()]$/.test(token.text)) return false;
  }
  return true;
}

export interface UnitReading {
  /** Canonical name when known ("tỷ đồng"), else as printed with its first letter in lower case. */
  unit: string;
  /** What a figure in this unit is worth in `unit`: "nghìn tỷ đồng" is 1000 tỷ đồng. */
  factor: number;
}

/** A unit as printed by itself (the ĐVT column), without a figure: "%/năm" -> "%", "nghìn tỷ đồng" -> tỷ đồng × 1000. */
export function readUnit(text: string | null | undefined): UnitReading | null {
  if (text === null || text === undefined) return null;
  const tokens = tokensOf(text);
  if (tokens.length === 0) return null;
  let at = 0;
  let factor = 1;
  for (;;) {
    const known = matchUnitAlias(tokens, at);
    if (known !== null) {
      const rest = tokens.slice(at + known.length);
      const def = UNIT_BY_NAME.get(known.unit);
      // "% GRDP", "%/năm", "% dân số" are all percentages; other trailing words make a different unit.
      const absorbs = def?.kind === "percent" || def?.kind === "permille";
      if (absorbs || rest.length === 0 || rest[0]?.text === "(") return { unit: known.unit, factor };
      break;
    }
    const token = tokens[at];
    const multiplier = token === undefined ? undefined : MULTIPLIERS[token.orig.toLowerCase()];
    if (multiplier === undefined || at + 1 >= tokens.length) break;
    factor *= multiplier;
    at++;
  }
  return { unit: asPrinted(normalizeForReading(text)), factor: 1 };
}

/** The canonical name of a printed unit, for comparing units ("Triệu đồng" = "triệu đồng", "%/năm" = "%"). */
export function normalizeUnit(text: string | null | undefined): string | null {
  const reading = readUnit(text);
  if (reading === null) return null;
  if (reading.factor === 1) return reading.unit;
  return asPrinted(normalizeForReading(text ?? ""));
}

/** A unit with a multiplier ("nghìn tỷ đồng", "triệu lượt") measures what its base unit measures. */
const kindsOfMultiplied = new Map<string, UnitKind>();

export function unitKind(unit: string | null): UnitKind | null {
  if (unit === null) return null;
  const known = UNIT_BY_NAME.get(unit)?.kind;
  if (known !== undefined) return known;
  let kind = kindsOfMultiplied.get(unit);
  if (kind === undefined) {
    const reading = readUnit(unit);
    kind = reading !== null && reading.factor !== 1 ? (UNIT_BY_NAME.get(reading.unit)?.kind ?? "other") : "other";
    if (kindsOfMultiplied.size >= 1000) kindsOfMultiplied.clear();
    kindsOfMultiplied.set(unit, kind);
  }
  return kind;
}

/**
 * Whether a figure in this unit counts whole things (trees, people, households, communes, schools):
 * none can be a fraction, which tells how "1,500" is read (numbers.ts). A unit printed with a
 * multiplier ("nghìn người") counts thousands, which can be fractional; so can rates and measures.
 */
export function countsWholeThings(unit: string | null): boolean {
  return unit !== null && UNIT_BY_NAME.get(unit)?.kind === "count";
}

/**
 * Money units are one quantity at several sizes: "tỷ đồng" is a thousand "triệu đồng". Every other
 * canonical unit is its own base, of size 1.
 */
const SIZES: Readonly<Record<string, { base: string; size: number }>> = {
  "đồng": { base: "đồng", size: 1 },
  "nghìn đồng": { base: "đồng", size: 1e3 },
  "triệu đồng": { base: "đồng", size: 1e6 },
  "tỷ đồng": { base: "đồng", size: 1e9 },
  USD: { base: "USD", size: 1 },
  "triệu USD": { base: "USD", size: 1e6 },
  "tỷ USD": { base: "USD", size: 1e9 },
};

function sizeOf(unit: string): { base: string; size: number } {
  return SIZES[unit] ?? { base: unit, size: 1 };
}

/**
 * THE RULE FOR UNITS: the indicator's unit column (ĐVT) is the unit of every figure of its row, the
 * target's and every entry's. `name` is how that unit is named ("tỷ đồng", "nghìn tỷ đồng").
 */
export interface ColumnUnit {
  name: string;
  /** What one of it is worth in its base unit: "nghìn tỷ đồng" is 10¹² đồng. */
  base: string;
  size: number;
}

export function columnUnit(text: string, reading: UnitReading): ColumnUnit {
  const { base, size } = sizeOf(reading.unit);
  return { name: reading.factor === 1 ? reading.unit : (normalizeUnit(text) ?? reading.unit), base, size: size * reading.factor };
}

/**
 * A figure as printed, in the column's unit: "25 nghìn tỷ đồng" in a "nghìn tỷ đồng" row is 25, "2
 * tỷ" in a "triệu đồng" row is 2.000, "1,3 triệu" in a "lượt" row 1.300.000; a bare figure without
 * a multiplier is already in the column's unit. Never the other way round: entries are typed in the
 * column's unit, so the target comes to them. Null when the figure measures something else.
 *
 * @param value the figure with its printed multipliers applied, in `unit`
 * @param unit the canonical unit printed after it, or null for none
 */
export function inColumnUnit(value: number, unit: string | null, multiplied: boolean, column: ColumnUnit): number | null {
  if (unit === null) return multiplied ? exact(value / column.size) : value;
  const own = sizeOf(unit);
  if (own.base !== column.base) return null;
  return own.size === column.size ? value : exact((value * own.size) / column.size);
}

/** 1,3 × 10⁶ ÷ 10⁶ is 1,3, not 1,2999999999999998. */
function exact(value: number): number {
  return Number(value.toPrecision(15));
}

/** "Khu" -> "khu", "Giường bệnh" -> "giường bệnh"; "HTX" and "GRDP" stay. */
export function asPrinted(unit: string): string {
  const rest = unit.slice(1);
  return rest === rest.toLowerCase() ? unit.charAt(0).toLowerCase() + rest : unit;
}
