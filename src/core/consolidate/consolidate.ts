import { defaultActualsLabel } from "../annex/heading";
import { TEMPLATE_VERSION } from "../annex/modelSheet";
import { assess, planRules, readActualCell, ruleFor, targetText, type Actual, type Rule, type Status } from "../check";
import { parentsOf } from "../check/planAssessment";
import { placedIndicators, type Aggregate, type Indicator, type Placed, type Plan } from "../model";
import { normalizeUnit } from "../vn";
import { describeAggregate, planAggregates, ratioScale } from "./aggregate";
import { LocalityMatcher, localityKey, sourceList } from "./localities";
import { EXCLUSION_LABELS, type AnnexRead, type ExclusionReason, type ReceivedFile } from "./received";
import { phraseFor, round9, roundRate, sumTargets, uniformTargets, weightedTargets, type TotalTarget, type TotalTargetResult } from "./totalTarget";

export interface ConsolidateInput {
  files: readonly ReceivedFile[];
  /** Localities that must report, as the user listed them; null or absent: the localities received. */
  expected?: readonly string[] | null;
}

/** One locality's figure of one indicator, as its own annex holds it. */
export interface LocalityFigure {
  /** The locality's own target, as its plan prints it. */
  target: string | null;
  /** The figure as the core reads the cell (a percent-formatted 0,975 is 97,5); the text as typed; null when blank. */
  actual: number | string | null;
  /** Judged against the locality's own target, with the core's rule. */
  status: Status;
  percentOfPlan: number | null;
  /** Vietnamese, for an entry that is not a figure. */
  message: string | null;
}

export type TotalKind = Aggregate["kind"] | "heading";

export interface ConsolidatedTotal {
  kind: TotalKind;
  /** Null when there is nothing to add up, or the indicator is not consolidated. */
  value: number | null;
  /** Localities whose figures make the total; for a ratio, those reporting both numerator and denominator. */
  count: number;
  /** The total target as a phrase ("5.208 tấn", "không quá 2,19%"); null when none can be formed. */
  target: string | null;
  /** The rule the total is judged by (built from `target`); null when not consolidated. */
  rule: Rule | null;
  /** Null when not consolidated. */
  status: Status | null;
  percentOfPlan: number | null;
  /** Vietnamese: how the total was made, what is missing. */
  messages: string[];
}

export interface ConsolidatedIndicator {
  code: string;
  stt: string;
  name: string;
  unit: string | null;
  depth: number;
  sectionIndex: number;
  aggregate: Aggregate;
  /** "model": the plan states the rule; "unit": the default for its unit. */
  aggregateOrigin: "model" | "unit";
  /** Vietnamese: "Cộng", "Tỷ lệ = CT13.1 / CT18.1 × 100", "Không tổng hợp". */
  method: string;
  /** Whether the localities are expected to fill it (a heading's parts carry its figures). */
  expectsFigure: boolean;
  total: ConsolidatedTotal;
  /** Aligned with Consolidation.localities. */
  byLocality: LocalityFigure[];
}

export type LocalityState = "consolidated" | "missing" | "duplicate";

export const LOCALITY_STATE_LABELS: Readonly<Record<LocalityState, string>> = {
  consolidated: "Đã tổng hợp",
  missing: "Chưa nộp",
  duplicate: "Trùng tệp",
};

export interface LocalityReport {
  name: string;
  state: LocalityState;
  /** The consolidated file; the duplicates; or the files naming it that could not be used. */
  sources: string[];
  /** Indicators with a figure (or a judgement where one is asked), of `expectedFigures`. */
  filled: number;
  unreadable: number;
  expectedFigures: number;
  /** filled ÷ expectedFigures × 100; null when the locality is not consolidated. */
  filledPercent: number | null;
  /** Vietnamese. */
  note: string | null;
}

export interface IndicatorCompleteness {
  code: string;
  filled: number;
  unreadable: number;
  /** Localities consolidated. */
  of: number;
  filledPercent: number | null;
}

export interface UnreadableEntry {
  locality: string;
  source: string;
  code: string;
  text: string;
  message: string;
}

export interface ExcludedFile {
  source: string;
  /** The locality the file names, when it could be read. */
  locality: string | null;
  reason: ExclusionReason;
  label: string;
  message: string;
}

export interface Completeness {
  /** "expected": the user's list; "received": no list given, so the localities received. */
  listSource: "expected" | "received";
  expected: number;
  consolidated: number;
  /** consolidated ÷ expected × 100. */
  reportingPercent: number | null;
  missing: string[];
  duplicates: string[];
  localities: LocalityReport[];
  indicators: IndicatorCompleteness[];
  unreadable: UnreadableEntry[];
}

export interface Consolidation {
  /** The template consolidated: the plan most received files share. Null when no file could be used. */
  template: {
    planId: string;
    title: string;
    issuer: string;
    templateVersion: string;
    /** The reporting period's column header, e.g. "Ước thực hiện năm 2024". */
    period: string;
    against: string | null;
  } | null;
  /** Localities consolidated, in the order of the list (or by name): the columns of "Tổng hợp". */
  localities: string[];
  /** The file each consolidated locality's figures come from, aligned with `localities`. */
  sources: string[];
  indicators: ConsolidatedIndicator[];
  /** Section titles by sectionIndex. */
  sections: { code: string | null; title: string }[];
  completeness: Completeness;
  excluded: ExcludedFile[];
  /** Vietnamese: problems of the model and of individual files that did not stop consolidation. */
  warnings: string[];
}

interface Candidate {
  source: string;
  annex: AnnexRead;
  order: number;
}

/**
 * Many filled annexes of one plan template -> one consolidated table (module README: DOMAIN
 * "Consolidating"). Files of another template, version or period, duplicates and files outside the
 * expected list are reported and left out; the rest are consolidated: per indicator each locality's
 * target, figure and status, and a total by the indicator's aggregation rule, judged against the
 * total target with the core's own rule. Pure.
 */
export function consolidate(input: ConsolidateInput): Consolidation {
  const excluded: ExcludedFile[] = [];
  const warnings: string[] = [];
  const exclude = (source: string, locality: string | null, reason: ExclusionReason, message: string) =>
    excluded.push({ source, locality, reason, label: EXCLUSION_LABELS[reason], message });

  const candidates: Candidate[] = [];
  input.files.forEach((file, order) => {
    if (file.ok) candidates.push({ source: file.source, annex: file.annex, order });
    else exclude(file.source, null, file.reason, file.message);
  });

  // The template: the plan and indicator list most files share; then the period most of those report.
  const byTemplate = groupBy(candidates, (c) => templateSignature(c.annex.plan));
  const reference = largest(byTemplate);
  const referencePlan = reference?.[0]?.annex.plan ?? null;
  for (const [, group] of byTemplate) {
    if (group === reference || referencePlan === null) continue;
    for (const c of group) exclude(c.source, c.annex.options.locality, "other_template", templateDifference(c.annex.plan, referencePlan));
  }
  const byPeriod = groupBy(reference ?? [], (c) => periodKey(c.annex));
  const inPeriod = largest(byPeriod) ?? [];
  const first = inPeriod[0];
  for (const [, group] of byPeriod) {
    if (group === inPeriod || first === undefined) continue;
    for (const c of group) {
      exclude(c.source, c.annex.options.locality, "other_period", `Số liệu kỳ «${periodLabel(c.annex)}», khác kỳ đang tổng hợp «${periodLabel(first.annex)}».`);
    }
  }

  // Localities: the user's list, or the ones received.
  const named: Candidate[] = [];
  for (const c of inPeriod) {
    if (c.annex.options.locality === null) {
      exclude(c.source, null, "no_locality", "Phụ lục không ghi đơn vị báo cáo: tạo lại phụ lục cho đơn vị (phuluc generate --locality \"<tên xã>\" --keep-from <tệp này>) rồi gửi lại.");
    } else named.push(c);
  }
  const listSource = input.expected === undefined || input.expected === null ? "received" : "expected";
  const expected =
    listSource === "expected"
      ? [...(input.expected ?? [])]
      : uniqueNames(named.map((c) => c.annex.options.locality as string)).sort((a, b) => a.localeCompare(b, "vi"));
  const matcher = new LocalityMatcher(expected);
  const filesOf = new Map<string, Candidate[]>();
  for (const c of named) {
    const locality = c.annex.options.locality as string;
    const match = matcher.match(locality);
    if (!match.ok) {
      const hint = match.suggestion === null ? "" : `; có phải «${match.suggestion}»?`;
      exclude(c.source, locality, "not_expected", `Đơn vị «${locality}» không có trong danh sách đơn vị phải báo cáo${hint} Sửa tên đơn vị trong danh sách hoặc tạo lại phụ lục với đúng tên.`);
      continue;
    }
    filesOf.set(match.name, [...(filesOf.get(match.name) ?? []), c]);
  }

  // Two files for one locality: identical copies are one report; different ones are left out.
  const chosen = new Map<string, Candidate>();
  const duplicates: string[] = [];
  for (const name of expected) {
    const files = filesOf.get(name);
    if (files === undefined) continue;
    const [kept, ...others] = files;
    if (kept === undefined) continue;
    const fingerprint = others.length === 0 ? "" : figuresFingerprint(kept.annex);
    if (others.every((other) => figuresFingerprint(other.annex) === fingerprint)) {
      chosen.set(name, kept);
      for (const other of others) exclude(other.source, name, "duplicate", `Bản trùng của ${kept.source} (cùng chỉ tiêu và số liệu): chỉ tổng hợp một lần.`);
    } else {
      duplicates.push(name);
      const list = files.map((f) => f.source).join(", ");
      for (const f of files) {
        exclude(f.source, name, "duplicate", `Đơn vị «${name}» có ${files.length} tệp với số liệu khác nhau (${list}): chưa tổng hợp đơn vị này; giữ lại một tệp đúng rồi tổng hợp lại.`);
      }
    }
  }

  const localities = expected.filter((name) => chosen.has(name));
  const reports = localities.map((name) => chosen.get(name) as Candidate);
  for (const [i, c] of reports.entries()) {
    for (const warning of c.annex.warnings) warnings.push(`${localities[i]} (${c.source}): ${warning}`);
  }

  if (referencePlan === null || first === undefined) {
    return {
      template: null,
      localities: [],
      sources: [],
      indicators: [],
      sections: [],
      completeness: completenessOf(expected, listSource, [], [], duplicates, excluded, 0),
      excluded,
      warnings,
    };
  }

  const against = first.annex.options.against;
  const { rules: aggregates, warnings: modelWarnings } = planAggregates(referencePlan);
  warnings.unshift(...modelWarnings);
  const templatePlaced = placedIndicators(referencePlan);
  const perLocality = reports.map((c) => localityRows(c.annex.plan, against));

  // Each locality's figure of each indicator, judged against its own target.
  const figures = new Map<string, LocalityFigure[]>();
  const numbers = new Map<string, (number | null)[]>();
  const localRules = new Map<string, Rule[]>();
  for (const { indicator } of templatePlaced) {
    const code = indicator.code;
    const row: LocalityFigure[] = [];
    const nums: (number | null)[] = [];
    const rules: Rule[] = [];
    reports.forEach((c, i) => {
      const local = perLocality[i] as LocalityRows;
      const own = local.indicators.get(code) as Indicator;
      const rule = local.rules.get(code) as Rule;
      const entry = c.annex.entries.get(code);
      const actual = readActualCell(entry?.actual ?? { value: null });
      const result = assess(rule, actual);
      const number = actual.kind === "value" ? (actual.interval.low?.value ?? null) : null;
      row.push({
        target: targetText(own, against),
        actual: number ?? actualText(actual),
        status: result.status,
        percentOfPlan: result.percentOfPlan,
        message: result.status === "khong_hop_le" ? (result.messages[0] ?? null) : null,
      });
      nums.push(number);
      rules.push(rule);
    });
    figures.set(code, row);
    numbers.set(code, nums);
    localRules.set(code, rules);
  }

  // Totals, each from the localities' own figures and targets.
  const totals = new Map<string, ConsolidatedTotal>();
  for (const item of templatePlaced) {
    const code = item.indicator.code;
    totals.set(
      code,
      totalFor({
        item,
        placed: templatePlaced,
        aggregate: aggregates.get(code)?.rule ?? { kind: "none" },
        numbers: (c) => numbers.get(c) ?? [],
        rules: localRules.get(code) ?? [],
        rulesOf: (c) => localRules.get(c) ?? [],
        localities,
      }),
    );
  }

  const indicators: ConsolidatedIndicator[] = templatePlaced.map((item) => {
    const { indicator, depth, sectionIndex } = item;
    const effective = aggregates.get(indicator.code) ?? { rule: { kind: "none" } as Aggregate, origin: "unit" as const };
    const total = totals.get(indicator.code) as ConsolidatedTotal;
    return {
      code: indicator.code,
      stt: indicator.stt,
      name: indicator.name,
      unit: indicator.unit,
      depth,
      sectionIndex,
      aggregate: effective.rule,
      aggregateOrigin: effective.origin,
      method: total.kind === "heading" ? "" : describeAggregate(effective.rule, indicator.unit),
      expectsFigure: !isHeading(indicator),
      total,
      byLocality: figures.get(indicator.code) ?? [],
    };
  });

  return {
    template: {
      planId: referencePlan.id,
      title: referencePlan.title,
      issuer: referencePlan.issuer.name,
      templateVersion: TEMPLATE_VERSION,
      period: periodLabel(first.annex),
      against,
    },
    localities,
    sources: reports.map((c) => c.source),
    indicators,
    sections: referencePlan.sections.map((s) => ({ code: s.code, title: s.title })),
    completeness: completenessOf(expected, listSource, localities, indicators, duplicates, excluded, reports.length, reports.map((c) => c.source)),
    excluded,
    warnings,
  };
}

interface LocalityRows {
  indicators: Map<string, Indicator>;
  rules: Map<string, Rule>;
}

function localityRows(plan: Plan, against: string | null): LocalityRows {
  return {
    indicators: new Map(placedIndicators(plan).map((p) => [p.indicator.code, p.indicator])),
    rules: planRules(plan, against),
  };
}

function actualText(actual: Actual): string | null {
  switch (actual.kind) {
    case "empty":
      return null;
    case "value":
      return actual.target?.raw ?? null;
    default:
      return actual.text;
  }
}

/** A heading groups its parts and carries no figure of its own ("Cơ cấu kinh tế", "Chỉ tiêu dân số"). */
function isHeading(indicator: Indicator): boolean {
  return indicator.parts.length > 0 && indicator.unit === null && indicator.target === null && indicator.aggregate === null;
}

interface TotalContext {
  item: Placed;
  placed: readonly Placed[];
  aggregate: Aggregate;
  numbers: (code: string) => readonly (number | null)[];
  /** The localities' own rules for this indicator. */
  rules: readonly Rule[];
  rulesOf: (code: string) => readonly Rule[];
  localities: readonly string[];
}

function totalFor(ctx: TotalContext): ConsolidatedTotal {
  const { item, aggregate } = ctx;
  const indicator = item.indicator;
  const own = ctx.numbers(indicator.code);
  const reported = own.filter((n) => n !== null).length;
  const blank = (kind: TotalKind, messages: string[]): ConsolidatedTotal => ({
    kind,
    value: null,
    count: reported,
    target: null,
    rule: null,
    status: null,
    percentOfPlan: null,
    messages,
  });
  if (isHeading(indicator)) return blank("heading", []);
  const unit = normalizeUnit(indicator.unit);

  switch (aggregate.kind) {
    case "none":
      return blank("none", ["Không tổng hợp: chỉ tiêu này không cộng được giữa các đơn vị (tỷ lệ, bình quân, xếp hạng hoặc định tính), và mô hình kế hoạch không nêu tử số, mẫu số hay quyền số."]);
    case "sum": {
      const at = indexes(own, (n) => n !== null);
      const value = at.length === 0 ? null : round9(at.reduce((sum, i) => sum + (own[i] as number), 0));
      const messages = [`Cộng số liệu của ${at.length}/${ctx.localities.length} đơn vị có số liệu.`];
      const uniform = uniformTargets(pick(ctx.rules, at), pick(ctx.localities, at));
      const target: TotalTargetResult = uniform.ok ? sumTargets(uniform.targets, indicator.unit) : uniform;
      return judged(ctx, "sum", value, at.length, target, messages);
    }
    case "ratio": {
      // Σ numerator ÷ Σ denominator over the localities that report both: a locality with only one of
      // them would bias the rate (households with clean water counted, all households not).
      const numbersNum = ctx.numbers(aggregate.numerator);
      const numbersDen = ctx.numbers(aggregate.denominator);
      const at = indexes(own, (_, i) => typeof numbersNum[i] === "number" && typeof numbersDen[i] === "number");
      const n = at.reduce((sum, i) => sum + (numbersNum[i] as number), 0);
      const d = at.reduce((sum, i) => sum + (numbersDen[i] as number), 0);
      const scale = ratioScale(aggregate, indicator.unit);
      const messages = [
        `Tỷ lệ = Σ ${aggregate.numerator} / Σ ${aggregate.denominator}${scale === 1 ? "" : ` × ${scale}`}, trên ${at.length}/${ctx.localities.length} đơn vị có cả tử số và mẫu số.`,
      ];
      const half = indexes(own, (_, i) => (numbersNum[i] === null) !== (numbersDen[i] === null)).map((i) => ctx.localities[i]);
      if (half.length > 0) {
        messages.push(`Không tính ${half.length} đơn vị chỉ có tử số hoặc chỉ có mẫu số: ${half.slice(0, 5).join(", ")}${half.length > 5 ? ", …" : ""}.`);
      }
      if (at.length > 0 && d === 0) messages.push("Tổng mẫu số bằng 0: không tính được tỷ lệ.");
      const value = at.length === 0 || d === 0 ? null : round9((n / d) * scale);
      return judged(ctx, "ratio", value, at.length, ratioTarget(aggregate, at, scale, ctx, unit), messages);
    }
    case "weighted": {
      const weights = ctx.numbers(aggregate.weight);
      const at = indexes(own, (n, i) => n !== null && weights[i] !== null && weights[i] !== undefined);
      const sumW = at.reduce((s, i) => s + (weights[i] as number), 0);
      const value = at.length === 0 || sumW === 0 ? null : round9(at.reduce((s, i) => s + (own[i] as number) * (weights[i] as number), 0) / sumW);
      const messages = [`Bình quân theo quyền số ${aggregate.weight}, trên ${at.length}/${ctx.localities.length} đơn vị có cả số liệu và quyền số.`];
      if (at.length > 0 && sumW === 0) messages.push(`Tổng quyền số ${aggregate.weight} bằng 0: không tính được.`);
      const uniform = uniformTargets(pick(ctx.rules, at), pick(ctx.localities, at));
      const target: TotalTargetResult = uniform.ok ? weightedTargets(uniform.targets, at.map((i) => weights[i] as number), indicator.unit) : uniform;
      return judged(ctx, "weighted", value, at.length, target, messages);
    }
  }
}

/**
 * Σ numerator targets ÷ Σ denominator targets × scale over the same localities, in the form the
 * localities' own targets of the rate take ("dưới 2,5%" each: "dưới" the total).
 */
function ratioTarget(aggregate: Extract<Aggregate, { kind: "ratio" }>, at: readonly number[], scale: number, ctx: TotalContext, unit: string | null): TotalTargetResult {
  const part = (code: string): TotalTargetResult => {
    const uniform = uniformTargets(pick(ctx.rulesOf(code), at), pick(ctx.localities, at));
    return uniform.ok ? sumTargets(uniform.targets, null) : uniform;
  };
  const num = part(aggregate.numerator);
  const den = part(aggregate.denominator);
  // A floor or ceiling on households or people still states the figure planned for ("không quá 420 hộ").
  const figure = (t: TotalTargetResult): t is Extract<TotalTargetResult, { ok: true }> =>
    t.ok && t.target.op !== "between" && t.target.change === null && t.target.of === undefined && t.target.value !== undefined;
  if (!figure(num) || !figure(den)) return { ok: false, reason: "kế hoạch của tử số hoặc mẫu số không phải một con số" };
  if (den.target.value === 0) return { ok: false, reason: "tổng kế hoạch của mẫu số bằng 0" };
  const own = pick(ctx.rules, at).filter((rule): rule is Extract<Rule, { kind: "numeric" }> => rule.kind === "numeric");
  const ops = new Set(own.map((rule) => (rule.target.change === null && rule.target.op !== "between" ? rule.target.op : "=")));
  const op = ops.size === 1 ? ([...ops][0] as TotalTarget["op"]) : "=";
  return phraseFor({ op, value: roundRate(((num.target.value as number) / (den.target.value as number)) * scale), unit, change: null }, unit);
}

/** The total judged against its target by the core's rule, built as for any annex row. */
function judged(
  ctx: TotalContext,
  kind: TotalKind,
  value: number | null,
  count: number,
  target: TotalTargetResult,
  messages: string[],
): ConsolidatedTotal {
  const indicator = ctx.item.indicator;
  const text = target.ok ? target.text : null;
  const rule = ruleFor({
    indicator: { ...indicator, target: text, milestones: {}, parts: [] },
    parents: parentsOf(ctx.item, ctx.placed),
  });
  if (!target.ok && count > 0) messages.push(`Không có kế hoạch tổng: ${target.reason}; tổng không được đánh giá.`);
  const actual: Actual = value === null ? { kind: "empty" } : { kind: "value", interval: { low: { value, strict: false }, high: { value, strict: false } }, target: null };
  const result = assess(rule, actual);
  return { kind, value, count, target: text, rule, status: result.status, percentOfPlan: result.percentOfPlan, messages: [...messages, ...result.messages] };
}

function completenessOf(
  expected: readonly string[],
  listSource: Completeness["listSource"],
  localities: readonly string[],
  indicators: readonly ConsolidatedIndicator[],
  duplicates: readonly string[],
  excluded: readonly ExcludedFile[],
  consolidatedCount: number,
  sources: readonly string[] = [],
): Completeness {
  const figured = indicators.filter((i) => i.expectsFigure);
  const column = new Map(localities.map((name, i) => [name, i]));
  const excludedOf = new Map<string, ExcludedFile[]>();
  const matcher = new LocalityMatcher(expected);
  for (const file of excluded) {
    if (file.locality === null) continue;
    // A misspelt name ("Đức Thành" for "Đức Thạnh") is noted on the locality it probably means.
    const matched = matcher.match(file.locality);
    const name = matched.ok ? matched.name : (matched.suggestion ?? file.locality);
    excludedOf.set(name, [...(excludedOf.get(name) ?? []), file]);
  }
  const reports: LocalityReport[] = expected.map((name) => {
    const i = column.get(name);
    if (i === undefined) {
      const files = excludedOf.get(name) ?? [];
      const state: LocalityState = duplicates.includes(name) ? "duplicate" : "missing";
      const note =
        state === "duplicate"
          ? `Có ${files.length} tệp với số liệu khác nhau: giữ lại một tệp đúng.`
          : files.length > 0
            ? `Có tệp nhưng không dùng được: ${sourceList(files.map((f) => `${f.source} (${f.label})`))}.`
            : null;
      return { name, state, sources: files.map((f) => f.source), filled: 0, unreadable: 0, expectedFigures: figured.length, filledPercent: null, note };
    }
    const statuses = figured.map((ind) => ind.byLocality[i]?.status);
    const filled = statuses.filter((s) => s !== undefined && s !== "chua_co_so_lieu" && s !== "khong_hop_le").length;
    const unreadable = statuses.filter((s) => s === "khong_hop_le").length;
    return {
      name,
      state: "consolidated",
      sources: [sources[i] ?? ""],
      filled,
      unreadable,
      expectedFigures: figured.length,
      filledPercent: figured.length === 0 ? null : round9((filled / figured.length) * 100),
      note: unreadable > 0 ? `${unreadable} số liệu không đọc được.` : null,
    };
  });
  const unreadable: UnreadableEntry[] = [];
  for (const ind of figured) {
    ind.byLocality.forEach((figure, i) => {
      if (figure.status === "khong_hop_le") {
        unreadable.push({ locality: localities[i] ?? "", source: sources[i] ?? "", code: ind.code, text: String(figure.actual ?? ""), message: figure.message ?? "" });
      }
    });
  }
  return {
    listSource,
    expected: expected.length,
    consolidated: consolidatedCount,
    reportingPercent: expected.length === 0 ? null : round9((consolidatedCount / expected.length) * 100),
    missing: reports.filter((r) => r.state === "missing").map((r) => r.name),
    duplicates: [...duplicates],
    localities: reports,
    indicators: figured.map((ind) => {
      const filled = ind.byLocality.filter((f) => f.status !== "chua_co_so_lieu" && f.status !== "khong_hop_le").length;
      const bad = ind.byLocality.filter((f) => f.status === "khong_hop_le").length;
      const of = ind.byLocality.length;
      return { code: ind.code, filled, unreadable: bad, of, filledPercent: of === 0 ? null : round9((filled / of) * 100) };
    }),
    unreadable,
  };
}

/** What makes two annexes the same template: the plan, and each indicator's code, name, unit, place and rule. */
function templateSignature(plan: Plan): string {
  return JSON.stringify([
    plan.id,
    placedIndicators(plan).map((p) => [p.indicator.code, p.indicator.name, p.indicator.unit, p.depth, p.parent?.code ?? null, p.sectionIndex, p.indicator.aggregate]),
  ]);
}

function templateDifference(plan: Plan, reference: Plan): string {
  if (plan.id !== reference.id) {
    return `Phụ lục của kế hoạch «${plan.id}» (${plan.issuer.name}), khác mẫu đang tổng hợp «${reference.id}» (${reference.issuer.name}).`;
  }
  const mine = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p]));
  const theirs = placedIndicators(reference);
  const differences: string[] = [];
  for (const p of theirs) {
    const other = mine.get(p.indicator.code);
    if (other === undefined) differences.push(`thiếu ${p.indicator.code}`);
    else if (other.indicator.name !== p.indicator.name) differences.push(`${p.indicator.code} tên khác («${other.indicator.name}»)`);
    else if (other.indicator.unit !== p.indicator.unit) differences.push(`${p.indicator.code} đơn vị tính khác («${other.indicator.unit ?? ""}»)`);
    else if (JSON.stringify(other.indicator.aggregate) !== JSON.stringify(p.indicator.aggregate)) differences.push(`${p.indicator.code} cách tổng hợp khác`);
    else if (other.depth !== p.depth || (other.parent?.code ?? null) !== (p.parent?.code ?? null) || other.sectionIndex !== p.sectionIndex) {
      differences.push(`${p.indicator.code} ở vị trí khác`);
    }
  }
  const known = new Set(theirs.map((p) => p.indicator.code));
  for (const code of mine.keys()) if (!known.has(code)) differences.push(`thêm ${code}`);
  const shown = differences.slice(0, 5).join("; ") + (differences.length > 5 ? `; … (${differences.length} chỗ)` : "");
  return `Cùng kế hoạch «${plan.id}» nhưng danh mục chỉ tiêu khác mẫu đang tổng hợp: ${shown}.`;
}

function periodLabel(annex: AnnexRead): string {
  return annex.options.actualsLabel ?? defaultActualsLabel(annex.plan, annex.options.against);
}

function periodKey(annex: AnnexRead): string {
  return JSON.stringify([annex.options.against, periodLabel(annex)]);
}

/** Targets and entries: two files with the same fingerprint report the same thing. */
function figuresFingerprint(annex: AnnexRead): string {
  const targets = placedIndicators(annex.plan).map((p) => [p.indicator.code, p.indicator.target, p.indicator.milestones]);
  const entries = [...annex.entries].map(([code, e]) => [code, e.actual.value, e.actual.numFmt ?? null]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify([targets, entries]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/** The biggest group; on a tie, the one seen first. */
function largest<T>(groups: Map<string, T[]>): T[] | undefined {
  let best: T[] | undefined;
  for (const group of groups.values()) if (best === undefined || group.length > best.length) best = group;
  return best;
}

function uniqueNames(names: readonly string[]): string[] {
  const matcher = new Map<string, string>();
  for (const name of names) {
    const key = localityKey(name);
    if (!matcher.has(key)) matcher.set(key, name);
  }
  return [...matcher.values()];
}

function indexes<T>(values: readonly T[], keep: (value: T, index: number) => boolean): number[] {
  const out: number[] = [];
  values.forEach((value, i) => {
    if (keep(value, i)) out.push(i);
  });
  return out;
}

function pick<T>(values: readonly T[], at: readonly number[]): T[] {
  return at.map((i) => values[i] as T);
}
