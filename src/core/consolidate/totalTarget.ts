import type { TargetRule } from "./report";
import { formatNumber, parseTarget, withUnit, type Target, type TargetOp } from "../vn";

/**
 * The target of a consolidated total, built from the localities' own targets, as a phrase the
 * target reader reads back ("5.208 tấn", "từ 1.200 hộ trở lên", "không quá 2,19%"), so that the
 * total is assessed by the very same rule as any annex row.
 */
export interface TotalTarget {
  op: Exclude<TargetOp, "text">;
  value?: number;
  min?: number;
  max?: number;
  of?: number;
  unit: string | null;
  change: Target["change"];
}

export type TotalTargetResult = { ok: true; target: TotalTarget; text: string } | { ok: false; reason: string };

/** Sums rounded as the sheet's ROUND(…, 9) does, so 0,1 + 0,2 is 0,3 in both. */
export function round9(value: number): number {
  return Math.abs(value) >= 1e12 ? value : Number(value.toFixed(9));
}

/** Four significant digits: a rate or a weighted mean as a plan would state it (2,195%). */
export function roundRate(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(4));
}

/** The phrase for a total target, or null when Vietnamese plans have no way to say it. */
export function totalTargetText(target: TotalTarget): string | null {
  const n = (value: number | undefined) => formatNumber(value ?? Number.NaN);
  if (target.change !== null && !(target.op === "=" || target.op === "~" || target.op === "between")) return null;
  if (target.of !== undefined && target.op !== "=") return null;
  const change = target.change === "increase" ? "tăng " : target.change === "decrease" ? "giảm " : "";
  if (target.op === "between") return `${change}${withUnit(`${n(target.min)} - ${n(target.max)}`, target.unit)}`;
  const figure = withUnit(target.of === undefined ? n(target.value) : `${n(target.value)}/${n(target.of)}`, target.unit);
  const phrase: Record<Exclude<TargetOp, "text" | "between">, string> = {
    "=": figure,
    "~": `khoảng ${figure}`,
    ">=": `từ ${figure} trở lên`,
    ">": `trên ${figure}`,
    "<=": `không quá ${figure}`,
    "<": `dưới ${figure}`,
  };
  return `${change}${phrase[target.op]}`;
}

/** The phrase, checked by reading it back: a total target is never silently misread. */
export function phraseFor(target: TotalTarget, unit: string | null): TotalTargetResult {
  const text = totalTargetText(target);
  if (text === null) return { ok: false, reason: "kế hoạch tổng không diễn đạt được thành một chỉ tiêu" };
  const read = parseTarget(text, unit);
  const same =
    read.op === target.op &&
    read.change === target.change &&
    read.value === target.value &&
    read.min === target.min &&
    read.max === target.max &&
    read.of === target.of;
  return same ? { ok: true, target, text } : { ok: false, reason: `không đọc lại được kế hoạch tổng «${text}»` };
}

type NumericRule = Extract<TargetRule, { kind: "numeric" }>;

/**
 * The localities' targets of one indicator, if all of them are figures of one form: the same
 * comparison, the same unit, all levels or all changes. `who` names the locality of each rule.
 */
export function uniformTargets(rules: readonly TargetRule[], who: readonly string[]): { ok: true; targets: Target[] } | { ok: false; reason: string } {
  const manual = rules.map((rule, i) => ({ rule, i })).filter(({ rule }) => rule.kind !== "numeric");
  if (manual.length > 0) {
    const names = manual.slice(0, 3).map(({ rule, i }) => `${who[i]}: ${rule.target === null ? "để trống" : `«${rule.target.raw}»`}`);
    return { ok: false, reason: `kế hoạch của ${manual.length} đơn vị không phải con số (${names.join("; ")}${manual.length > 3 ? "; …" : ""})` };
  }
  const targets = (rules as NumericRule[]).map((rule) => rule.target);
  const first = targets[0];
  if (first === undefined) return { ok: false, reason: "không có đơn vị nào có số liệu" };
  const form = (t: Target) => `${t.op}|${t.change ?? ""}|${t.unit ?? ""}|${t.of === undefined ? "" : "of"}`;
  const other = targets.findIndex((t) => form(t) !== form(first));
  if (other >= 0) {
    return {
      ok: false,
      reason: `kế hoạch các đơn vị khác dạng («${first.raw}» ở ${who[0]}, «${targets[other]?.raw}» ở ${who[other]}), không gộp được`,
    };
  }
  return { ok: true, targets };
}

/** Σ of the localities' targets: a level, a floor, a ceiling, a range or a change, all alike. */
export function sumTargets(targets: readonly Target[], unit: string | null): TotalTargetResult {
  const first = targets[0];
  if (first === undefined || first.op === "text") return { ok: false, reason: "không có kế hoạch để cộng" };
  const sum = (pick: (t: Target) => number | undefined) => round9(targets.reduce((total, t) => total + (pick(t) ?? 0), 0));
  const target: TotalTarget =
    first.op === "between"
      ? { op: "between", min: sum((t) => t.min), max: sum((t) => t.max), unit: first.unit, change: first.change }
      : {
          op: first.op,
          value: sum((t) => t.value),
          ...(first.of !== undefined ? { of: sum((t) => t.of) } : {}),
          unit: first.unit,
          change: first.change,
        };
  return phraseFor(target, unit);
}

/** Σ (target × weight) ÷ Σ weight, for each end of the localities' targets. */
export function weightedTargets(targets: readonly Target[], weights: readonly number[], unit: string | null): TotalTargetResult {
  const first = targets[0];
  const total = weights.reduce((a, b) => a + b, 0);
  if (first === undefined || first.op === "text" || total === 0) return { ok: false, reason: "không có quyền số để bình quân kế hoạch" };
  if (first.of !== undefined) return { ok: false, reason: "kế hoạch dạng «a/b» không bình quân được" };
  const mean = (pick: (t: Target) => number | undefined) => roundRate(targets.reduce((acc, t, i) => acc + (pick(t) ?? 0) * (weights[i] ?? 0), 0) / total);
  const target: TotalTarget =
    first.op === "between"
      ? { op: "between", min: mean((t) => t.min), max: mean((t) => t.max), unit: first.unit, change: first.change }
      : { op: first.op, value: mean((t) => t.value), unit: first.unit, change: first.change };
  return phraseFor(target, unit);
}
