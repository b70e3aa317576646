/**
 * What consolidation keeps of one received annex: read once, its figures judged against its own
 * targets by the core's rule right away, its plan reduced to what triage compares. A host reading
 * thousands of files (worker threads, Web Workers) makes this beside the page, and only this
 * crosses to the consolidating thread: not the commune's plan twice and its cells.
 */
import { defaultActualsLabel } from "../annex/heading";
import { assess, figureOf, readActualCell, ruleFor, ruleKey, targetText, type ActualCell, type Rule } from "../check";
import { parentsOf } from "../check/planAssessment";
import type { Target } from "../vn";
import { placedIndicators, type Direction, type Indicator, type Placed, type Plan } from "../model";
import { checksum } from "../annex/checksum";
import type { AnnexRead } from "./received";
import type { LocalityFigure } from "./types";

/** What the totals need of a locality's rule: whether its target is a figure, and which. */
export type TargetRule = { kind: "numeric"; target: Target } | { kind: "manual"; target: Target | null };

/** One indicator of one locality, judged against the locality's own target. */
export interface ReportFigure extends LocalityFigure {
  /** The number the figure reads as (the low end of a range typed); null for blanks and text. */
  number: number | null;
  rule: TargetRule;
  /** The cell as typed, to judge it again by another ngưỡng Vượt (see `figureAtMargin`). */
  cell: ActualCell;
  /** The indicator's direction in the locality's own plan, when it states one. */
  direction: Direction | null;
}

export interface AnnexReport {
  /**
   * What makes two annexes the same template: the plan, and each indicator's code, name, unit, place
   * and rule. Equal keys: the same template.
   */
  templateKey: string;
  /**
   * The plan as the sheet states it (its model with the sheet's edits). Files of one template share
   * everything consolidation reads of it but the targets, which are in `figures`: a host keeps one
   * plan per template (`receivedSharer`).
   */
  plan: Plan;
  locality: string | null;
  /** The milestone year judged against; null: the final targets. */
  against: string | null;
  /** The reporting period's column header ("Ước thực hiện năm 2024"). */
  period: string;
  /** The deadline the issued annex carries ("2024-11-05"). */
  deadline: string | null;
  /** The ngưỡng Vượt the figures were judged by: the locality's own plan's. */
  margin: number;
  /** Vietnamese: rows deleted, codes found twice. */
  warnings: string[];
  /** Targets and entries: two files with the same fingerprint report the same thing. */
  fingerprint: string;
  /** By indicator code. */
  figures: Map<string, ReportFigure>;
}

/** The template's key as triage compares it. */
export function templateKey(plan: Plan): string {
  return JSON.stringify([
    plan.id,
    placedIndicators(plan).map((p) => [p.indicator.code, p.indicator.name, p.indicator.unit, p.depth, p.parent?.code ?? null, p.sectionIndex, p.indicator.aggregate]),
  ]);
}

/** A second 32-bit hash (djb2 over UTF-16 units), beside FNV-1a: 64 bits between them. */
function djb2(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) + text.charCodeAt(i)) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** One annex -> its report: each indicator judged against its own target with its own plan's ngưỡng Vượt. */
export function reportOf(annex: AnnexRead): AnnexReport {
  const { plan, options } = annex;
  const against = options.against;
  const placed = placedIndicators(plan);
  const figures = new Map<string, ReportFigure>();
  for (const item of placed) {
    const { indicator } = item;
    const cell = annex.entries.get(indicator.code)?.actual ?? { value: null };
    figures.set(indicator.code, judgedFigure(indicator, item, placed, against, plan.exceedMargin, cell));
  }
  const targets = placed.map((p) => [p.indicator.code, p.indicator.target, p.indicator.milestones]);
  const entries = [...annex.entries].map(([code, e]) => [code, e.actual.value, e.actual.numFmt ?? null]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const fingerprintText = JSON.stringify([targets, entries]);
  return {
    templateKey: templateKey(plan),
    plan,
    locality: options.locality,
    against,
    period: options.actualsLabel ?? defaultActualsLabel(plan, against),
    deadline: options.deadline ?? null,
    margin: plan.exceedMargin,
    warnings: annex.warnings,
    fingerprint: checksum(fingerprintText) + djb2(fingerprintText),
    figures,
  };
}

/**
 * A figure judged again by another ngưỡng Vượt (the template's, when a locality's copy states
 * another): the same rule built from the template's indicator with the locality's own target and
 * direction, as `reportOf` built it from the locality's plan.
 */
export function figureAtMargin(figure: ReportFigure, item: Placed, placed: readonly Placed[], margin: number): ReportFigure {
  const indicator: Indicator = { ...item.indicator, target: figure.target, milestones: {}, direction: figure.direction };
  return judgedFigure(indicator, item, placed, null, margin, figure.cell);
}

function judgedFigure(indicator: Indicator, item: Placed, placed: readonly Placed[], against: string | null, margin: number, cell: ActualCell): ReportFigure {
  const rule = cachedRule(indicator, item, placed, against, margin);
  const read = readActualCell(cell);
  // Text typed in a commune's cell is read as its sheet's formulas read it (check/entry.ts).
  const actual = rule.kind === "numeric" ? figureOf(rule, read) : read;
  const result = assess(rule, actual);
  const number = actual.kind === "value" ? (actual.interval.low?.value ?? null) : null;
  const shown = actual.kind === "empty" ? null : actual.kind === "value" ? (actual.target?.raw ?? null) : actual.text;
  return {
    target: targetText(indicator, against),
    actual: number ?? shown,
    status: result.status,
    percentOfPlan: result.percentOfPlan,
    message: result.status === "khong_hop_le" ? (result.messages[0] ?? null) : null,
    number,
    rule: rule.kind === "numeric" ? { kind: "numeric", target: rule.target } : { kind: "manual", target: rule.target },
    cell: cell.numFmt === undefined || cell.numFmt === null ? { value: cell.value } : { value: cell.value, numFmt: cell.numFmt },
    direction: indicator.direction ?? null,
  };
}

/**
 * Rules by everything `ruleFor` reads (`ruleKey`): thousands of communes share their indicators' names, units
 * and places, and many their target phrases, so each rule is built once. Rules are read, never
 * changed; the cache is emptied when it grows past a few plans' worth of distinct phrases.
 */
const rules = new Map<string, Rule>();
const MAX_RULES = 10_000;

function cachedRule(indicator: Indicator, item: Placed, placed: readonly Placed[], against: string | null, margin: number): Rule {
  const input = { indicator, parents: parentsOf(item, placed), against, margin };
  const key = ruleKey(input);
  const known = rules.get(key);
  if (known !== undefined) return known;
  if (rules.size >= MAX_RULES) rules.clear();
  const rule = ruleFor(input);
  rules.set(key, rule);
  return rule;
}

/** Keeps one copy of what reports of one template share: the plan and the template's key. */
export function reportSharer(): (report: AnnexReport) => AnnexReport {
  const templates = new Map<string, { key: string; plan: Plan }>();
  return (report) => {
    const known = templates.get(report.templateKey);
    if (known === undefined) {
      templates.set(report.templateKey, { key: report.templateKey, plan: report.plan });
      return report;
    }
    return { ...report, templateKey: known.key, plan: known.plan };
  };
}
