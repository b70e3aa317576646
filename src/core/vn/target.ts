import { findBreakdown, depths, findFigures } from "./figures";
import { cleanMarkup } from "./markup";
import { MESSAGES } from "./messages";
import type { Change } from "./phrases";
import { readQualifiers } from "./qualifiers";
import type { Context } from "./reading";
import { foldKeepingLength, foldWhitespace, normalizeForReading } from "./text";
import { tokenize } from "./tokens";
import { columnUnit, inColumnUnit, readUnit, tokensOf, type ColumnUnit, type UnitReading } from "./units";

export type TargetOp = ">=" | ">" | "<=" | "<" | "=" | "~" | "between" | "text";
export type TargetChange = Change;

/**
 * What a target phrase (or an actual an officer typed) means. The field
 * names are a contract shared with assessment, review, the sheets and outside checks.
 */
export interface Target {
  /** The phrase as given. */
  raw: string;
  op: TargetOp;
  /** The figure, for every op but "between" and "text". */
  value?: number;
  /** The ends of a range ("between"). */
  min?: number;
  max?: number;
  /** "a/b": the whole that `value` is out of: a ratio (105/100), a rank (5/10), a count of a total (04/09 thôn). */
  of?: number;
  /** Canonical unit (see UNITS): the phrase's own, else the indicator's; null when neither says. */
  unit: string | null;
  /** The figure is a change from the previous level ("tăng", "giảm", "có thêm"), not the level itself. */
  change: TargetChange | null;
  /** Vietnamese messages about what had to be assumed; every "text" result has one. */
  warnings: string[];
}

/**
 * Reads a target phrase, or an actual, into a typed target. `unit` is the
 * indicator's unit, used when the phrase states none. Never throws: what
 * cannot be read comes back as op "text" with a warning.
 */
export function parseTarget(raw: string, unit?: string | null): Target {
  try {
    return parse(raw, unit ?? null);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { raw, op: "text", unit: null, change: null, warnings: [MESSAGES.internalError(detail)] };
  }
}

interface IndicatorUnit {
  reading: UnitReading | null;
  tokens: string[] | null;
  column: ColumnUnit | null;
}

/** Indicators share a few dozen units: read each once. Bounded, since callers may pass anything. */
const indicatorUnits = new Map<string, IndicatorUnit>();
function indicatorUnit(unit: string | null): IndicatorUnit {
  if (unit === null) return { reading: null, tokens: null, column: null };
  let known = indicatorUnits.get(unit);
  if (known === undefined) {
    const reading = readUnit(unit);
    known = { reading, tokens: reading === null ? null : tokensOf(unit).map((t) => t.text), column: reading === null ? null : columnUnit(unit, reading) };
    if (indicatorUnits.size >= 1000) indicatorUnits.clear();
    indicatorUnits.set(unit, known);
  }
  return known;
}

function parse(raw: string, unit: string | null): Target {
  const warnings: string[] = [];
  const cleaned = cleanMarkup(typeof raw === "string" ? raw : String(raw));
  if (cleaned.latex) warnings.push(MESSAGES.latex(foldWhitespace(raw), normalizeForReading(cleaned.text)));
  const normalized = normalizeForReading(cleaned.text);
  const { reading: fallback, tokens: fallbackTokens, column } = indicatorUnit(unit);
  const textResult = (message: string): Target => ({
    raw,
    op: "text",
    unit: fallback?.unit ?? null,
    change: null,
    warnings: [...warnings, message],
  });
  if (normalized === "") return textResult(MESSAGES.blank());

  const tokens = tokenize(normalized, foldKeepingLength(normalized));
  const ctx: Context = {
    tokens,
    normalized,
    fallback,
    fallbackTokens,
    depth: depths(tokens),
    unreadable: [],
  };

  const figures = findFigures(ctx);
  warnings.push(...ctx.unreadable.map(MESSAGES.unreadableNumber));
  if (figures.length === 0) return textResult(ctx.unreadable.length > 0 ? MESSAGES.notUnderstood() : MESSAGES.qualitative());

  const breakdownAt = findBreakdown(tokens);
  const outside = figures.filter((f) => ctx.depth[f.start] === 0);
  const before = outside.filter((f) => f.start < breakdownAt);
  const pool = before.length > 0 ? before : outside.length > 0 ? outside : figures;
  const compatible = fallback === null ? undefined : pool.find((f) => f.unit === null || f.unit === fallback.unit);
  const figure = compatible ?? pool[0];
  if (figure === undefined) return textResult(MESSAGES.qualitative());

  const qualifiers = readQualifiers(ctx, figure.start);
  warnings.push(...figure.warnings);

  let figureUnit = figure.unit;
  if (figureUnit === null && qualifiers.rank && fallback === null) figureUnit = "xếp hạng";
  // "nhóm 20 tỉnh dẫn đầu": "tỉnh" says who is ranked; the figure is a place.
  if (qualifiers.top) figureUnit = "xếp hạng";
  // The unit column is the unit of every figure of the row (units.ts, inColumnUnit).
  const convert = (v: number): number | null => (column === null ? v : inColumnUnit(v, figureUnit, figure.multiplied, column));
  const sameUnit = column !== null && [figure.value, figure.min, figure.max].every((v) => v === undefined || convert(v) !== null);
  const resultUnit = sameUnit && column !== null ? column.name : (figureUnit ?? null);
  const inUnit = (v: number): number => (sameUnit ? (convert(v) ?? v) : v);
  if (!sameUnit && figureUnit !== null && fallback !== null && figureUnit !== fallback.unit) {
    warnings.push(MESSAGES.unitMismatch(figureUnit, fallback.unit));
  }

  const others = pool.filter((f) => f !== figure && ctx.depth[f.start] === 0 && f.start < breakdownAt);
  if (others.length > 0) warnings.push(MESSAGES.otherFigures(figure.text, others.map((f) => f.text)));

  const target: Target = { raw, op: "=", unit: resultUnit, change: qualifiers.change, warnings };
  if (figure.min !== undefined && figure.max !== undefined) {
    return ordered({ raw, op: "between", min: inUnit(figure.min), max: inUnit(figure.max), unit: resultUnit, change: qualifiers.change, warnings });
  }
  target.op = figure.suffixOp ?? qualifiers.op ?? (qualifiers.from ? ">=" : "=");
  target.value = inUnit(figure.value ?? 0);
  if (figure.of !== undefined) target.of = figure.of;
  return ordered(target);
}

/**
 * The contract's field order, without absent fields: JSON and test output
 * read the same everywhere. Built key by key because insertion order is the order.
 */
function ordered(t: Target): Target {
  const out = { raw: t.raw, op: t.op } as Target;
  if (t.value !== undefined) out.value = t.value;
  if (t.min !== undefined) out.min = t.min;
  if (t.max !== undefined) out.max = t.max;
  if (t.of !== undefined) out.of = t.of;
  out.unit = t.unit;
  out.change = t.change;
  out.warnings = t.warnings;
  return out;
}

