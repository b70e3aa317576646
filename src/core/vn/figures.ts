/** The figures of a phrase: a number with its multipliers and unit, a range, a ratio, a suffix ("trở lên"). */
import { MESSAGES } from "./messages";
import { readNumber } from "./numbers";
import { BREAKDOWN_WORDS, COMPARISON_SUFFIXES, type Comparison } from "./phrases";
import { PREFIXES } from "./qualifiers";
import { folded, isSeparator, multiplier, numberWord, SEPARATORS, type Context } from "./reading";
import { referenceLength } from "./references";
import type { Token } from "./tokens";
import { asPrinted, countsWholeThings, matchesAt, matchUnitAlias } from "./units";

const SUFFIXES = COMPARISON_SUFFIXES.map((s) => ({ tokens: folded(s.words), op: s.op }));
const BREAKDOWNS = BREAKDOWN_WORDS.map(folded);

/** Words that never begin a unit printed after a figure. */
const NOT_UNIT_WORDS = new Set([
  ...[...PREFIXES.values()].flat().flatMap((e) => e.tokens),
  ...SUFFIXES.flatMap((s) => s.tokens),
  ...SEPARATORS,
  ...BREAKDOWNS.flat(),
  ...["so", "voi", "trong", "va", "hoac", "theo", "cua", "tai", "o", "nhu", "tro", "den", "toi", "tu", "moi", "hang", "cung", "ky", "nay"],
]);

export interface Figure {
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  of?: number;
  unit: string | null;
  /** No unit of its own: the indicator's unit applies, with its factor ("nghìn tỷ đồng"). */
  usesFallback: boolean;
  /** Multipliers were printed ("2 tỷ", "1,3 triệu"): the value is already multiplied out. */
  multiplied: boolean;
  suffixOp?: Comparison;
  warnings: string[];
  depth: number;
  text: string;
}

/** How deep in parentheses each token sits: asides ("(tương đương 3.203 USD)") are not the target. */
export function depths(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === "(" || token.text === "[") {
      out.push(depth);
      depth++;
    } else if (token.text === ")" || token.text === "]") {
      depth = Math.max(0, depth - 1);
      out.push(depth);
    } else {
      out.push(depth);
    }
  }
  return out;
}

/** Where "trong đó" starts a breakdown (the tokens' length when none). */
export function findBreakdown(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    for (const words of BREAKDOWNS) if (matchesAt(tokens, i, words)) return i;
  }
  return tokens.length;
}

/** Every figure of the phrase in order, skipping the numbers that name something (references.ts). */
export function findFigures(ctx: Context): Figure[] {
  const { tokens } = ctx;
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const reference = referenceLength(ctx, i);
    if (reference > 0) {
      i += reference;
      continue;
    }
    if (startsFigure(ctx, i)) {
      const figure = readFigure(ctx, i);
      if (figure !== null) {
        figures.push(figure);
        i = Math.max(figure.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return figures;
}

function startsFigure(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined) return false;
  if (token.kind === "num") {
    // "m2", "CO2", "PM2,5": a digit run on a word is part of that word.
    const previous = ctx.tokens[i - 1];
    return !(previous !== undefined && previous.kind === "word" && !token.spaced);
  }
  if (numberWord(token) === undefined) return false;
  const next = ctx.tokens[i + 1];
  return multiplier(next) !== undefined || next?.text === "%" || matchUnitAlias(ctx.tokens, i + 1) !== null;
}

interface NumberAt {
  value: number;
  warnings: string[];
}

function numberAt(ctx: Context, i: number, wholeCount = false): NumberAt | null {
  const token = ctx.tokens[i];
  if (token === undefined) return null;
  if (token.kind === "num") return readNumber(token.orig, { wholeCount });
  const word = numberWord(token);
  return word === undefined ? null : { value: word, warnings: [] };
}

interface UnitAt {
  unit: string | null;
  factor: number;
  /** The multipliers were printed ("nghìn"), so a bare first end of a range inherits them. */
  multiplied: boolean;
  usesFallback: boolean;
  next: number;
  /** A warning when the unit had to be assumed. */
  assumed?: string;
}

/** Whether an unknown word after a figure can be its unit ("01 HTX", "3 vụ"). */
function startsUnitWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && !NOT_UNIT_WORDS.has(token.text) && numberWord(token) === undefined;
}

/** Multipliers and the unit printed after a figure: "nghìn tỷ đồng", "%/năm", "bác sĩ/1 vạn dân", "HTX". */
function unitAfter(ctx: Context, at: number): UnitAt {
  const { tokens, fallback, fallbackTokens } = ctx;
  let j = at;
  let factor = 1;
  let last: Token | undefined;
  let lastFactor = 1;
  for (;;) {
    const token = tokens[j];
    if (token === undefined) break;
    if (token.text === "%" || token.text === "‰") {
      j++;
      // "%/năm": a yearly rate is still a percentage.
      if (tokens[j]?.text === "/" && tokens[j + 1]?.kind === "word") j += 2;
      return { unit: token.text, factor, multiplied: factor !== 1, usesFallback: false, next: j };
    }
    if (fallbackTokens !== null && fallback !== null && fallbackTokens.length > 0 && matchesAt(tokens, j, fallbackTokens)) {
      return { unit: fallback.unit, factor: factor * fallback.factor, multiplied: factor !== 1, usesFallback: false, next: j + fallbackTokens.length };
    }
    const known = matchUnitAlias(tokens, j);
    if (known !== null) return { unit: known.unit, factor, multiplied: factor !== 1, usesFallback: false, next: j + known.length };
    const m = multiplier(token);
    if (m === undefined) break;
    factor *= m;
    last = token;
    lastFactor = m;
    j++;
  }
  // "75 nghìn tỷ" under an indicator in "tỷ đồng": the last multiplier is the unit's own word.
  if (last !== undefined && fallback !== null && fallbackTokens !== null && fallbackTokens[0] === last.text && fallback.factor === 1) {
    return { unit: fallback.unit, factor: factor / lastFactor, multiplied: factor / lastFactor !== 1, usesFallback: false, next: j };
  }
  // A bare "tỷ" is an amount of money in these plans ("thu 1.000 tỷ"); said so in a warning.
  if (last !== undefined && fallback === null && lastFactor === 1e9 && !startsUnitWord(tokens[j])) {
    const assumed = MESSAGES.assumedUnit(last.orig, "tỷ đồng");
    return { unit: "tỷ đồng", factor: factor / lastFactor, multiplied: factor / lastFactor !== 1, usesFallback: false, next: j, assumed };
  }
  const token = tokens[j];
  if (startsUnitWord(token) && token !== undefined) {
    let end = j + 1;
    // "người/năm", "HTX/xã": a unit per something is printed without spaces around "/".
    while (tokens[end]?.text === "/" && !(tokens[end]?.spaced ?? true) && tokens[end + 1] !== undefined && !(tokens[end + 1]?.spaced ?? true)) end += 2;
    const printed = ctx.normalized.slice(token.start, tokens[end - 1]?.end ?? token.end);
    return { unit: asPrinted(printed), factor, multiplied: factor !== 1, usesFallback: false, next: end };
  }
  return { unit: null, factor, multiplied: factor !== 1, usesFallback: true, next: j };
}

function readFigure(ctx: Context, i: number): Figure | null {
  const { tokens } = ctx;
  const first = numberAt(ctx, i);
  const token = tokens[i];
  if (token === undefined) return null;
  if (first === null) {
    ctx.unreadable.push(token.orig);
    return null;
  }
  let j = i + 1;
  const ofAt = tokens[j]?.text === "/" && tokens[j + 1]?.kind === "num" && numberAt(ctx, j + 1) !== null ? j + 1 : null;
  if (ofAt !== null) j += 2;
  const unit = unitAfter(ctx, j);
  // How "1,500" reads depends on what it counts: read again once the unit is known.
  const whole = countsWhole(ctx, unit);
  const read = whole ? (numberAt(ctx, i, true) ?? first) : first;

  const warnings = [...read.warnings];
  let start = i;
  let value = read.value;
  const sign = tokens[i - 1];
  if (sign !== undefined && (sign.text === "-" || sign.text === "−") && !token.spaced && tokens[i - 2]?.kind !== "num") {
    value = -value;
    start = i - 1;
  }
  let of: number | undefined;
  const total = ofAt === null ? null : numberAt(ctx, ofAt, whole);
  if (total !== null) {
    of = total.value;
    warnings.push(...total.warnings);
  }
  if (unit.assumed !== undefined) warnings.push(unit.assumed);
  j = unit.next;
  let figure: Figure = {
    start,
    end: j,
    value: scaled(value, unit.factor),
    unit: unit.unit,
    usesFallback: unit.usesFallback,
    multiplied: unit.multiplied,
    warnings,
    depth: ctx.depth[i] ?? 0,
    text: "",
  };
  if (of !== undefined) figure.of = of;

  const separator = tokens[j];
  if (of === undefined && isSeparator(separator) && (tokens[j + 1]?.kind === "num" || numberWord(tokens[j + 1]) !== undefined)) {
    const printedSecond = numberAt(ctx, j + 1);
    if (printedSecond !== null) {
      const secondUnit = unitAfter(ctx, j + 2);
      const wholeRange = countsWhole(ctx, secondUnit) && (unit.unit === null || whole);
      const second = (wholeRange ? numberAt(ctx, j + 1, true) : null) ?? printedSecond;
      // "1,500 - 2,000 cây": the first end counts what the second counts.
      const firstRead = wholeRange && !whole ? (numberAt(ctx, i, true) ?? read) : read;
      if (firstRead !== read) {
        warnings.splice(0, read.warnings.length, ...firstRead.warnings);
        value = value < 0 ? -firstRead.value : firstRead.value;
      }
      if (secondUnit.assumed !== undefined) warnings.push(secondUnit.assumed);
      // "3 - 4 nghìn tỷ đồng": a bare first end takes the multipliers of the second.
      const firstFactor = unit.multiplied || unit.unit !== null ? unit.factor : secondUnit.factor;
      let min = scaled(value, firstFactor);
      let max = scaled(second.value, secondUnit.factor);
      warnings.push(...second.warnings);
      const printed = ctx.normalized.slice(tokens[start]?.start ?? 0, tokens[secondUnit.next - 1]?.end ?? 0);
      if (min > max) {
        [min, max] = [max, min];
        warnings.push(MESSAGES.reversedRange(printed, `${min} - ${max}`));
      }
      figure = {
        start,
        end: secondUnit.next,
        min,
        max,
        unit: secondUnit.unit ?? unit.unit,
        usesFallback: secondUnit.usesFallback && unit.usesFallback,
        multiplied: unit.multiplied || secondUnit.multiplied,
        warnings,
        depth: figure.depth,
        text: "",
      };
      j = secondUnit.next;
    }
  }

  for (const suffix of SUFFIXES) {
    if (matchesAt(tokens, j, suffix.tokens)) {
      figure.suffixOp = suffix.op;
      j += suffix.tokens.length;
      break;
    }
  }
  figure.end = j;
  figure.text = ctx.normalized.slice(tokens[start]?.start ?? 0, tokens[j - 1]?.end ?? 0);
  return figure;
}

/** Whether the figure before this unit counts whole things, with no multiplier printed or implied by the unit column. */
function countsWhole(ctx: Context, unit: UnitAt): boolean {
  if (unit.factor !== 1) return false;
  if (!unit.usesFallback) return countsWholeThings(unit.unit);
  return ctx.fallback !== null && ctx.fallback.factor === 1 && countsWholeThings(ctx.fallback.unit);
}

function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}
