/**
 * The first phase of consolidation: which received files are consolidated. The template is the plan
 * and indicator list most files share, then the period most of those report; files of another
 * template or period, without a locality, outside the expected list, or two different files of one
 * locality are left out, each with why.
 */
import { indicatorLabel, placedIndicators, type Plan } from "../model";
import { groupBy, largest, uniqueNames } from "./lib";
import { LocalityMatcher } from "./localities";
import { EXCLUSION_LABELS, type ExclusionReason, type ReceivedAt, type ReceivedFile } from "./received";
import type { Candidate, ExcludedFile } from "./types";

export interface Triage {
  /** The plan of the template consolidated; null when no file could be used. */
  plan: Plan | null;
  /** A file of the period consolidated (its options give the period and milestone). */
  first: Candidate | null;
  listSource: "expected" | "received";
  /** Localities that must report. */
  expected: string[];
  /** Localities consolidated, in the order of `expected`. */
  localities: string[];
  /** The file of each, aligned with `localities`. */
  reports: Candidate[];
  /** Localities with two or more different files. */
  duplicates: string[];
  excluded: ExcludedFile[];
}

export function triage(files: readonly ReceivedFile[], expectedInput: readonly string[] | null | undefined): Triage {
  const excluded: ExcludedFile[] = [];
  const exclude = (source: string, locality: string | null, reason: ExclusionReason, message: string, received: ReceivedAt | null) =>
    excluded.push({ source, locality, reason, label: EXCLUSION_LABELS[reason], message, received });

  const candidates: Candidate[] = [];
  files.forEach((file, order) => {
    const received = file.received ?? null;
    if (file.ok) candidates.push({ source: file.source, report: file.report, order, received });
    else exclude(file.source, null, file.reason, file.message, received);
  });

  const byTemplate = groupBy(candidates, (c) => c.report.templateKey);
  const reference = largest(byTemplate);
  const plan = reference?.[0]?.report.plan ?? null;
  for (const [, group] of byTemplate) {
    if (group === reference || plan === null) continue;
    for (const c of group) exclude(c.source, c.report.locality, "other_template", templateDifference(c.report.plan, plan), c.received);
  }
  const byPeriod = groupBy(reference ?? [], (c) => JSON.stringify([c.report.against, c.report.period]));
  const inPeriod = largest(byPeriod) ?? [];
  const first = inPeriod[0] ?? null;
  for (const [, group] of byPeriod) {
    if (group === inPeriod || first === null) continue;
    for (const c of group) {
      exclude(c.source, c.report.locality, "other_period", `Số liệu kỳ «${c.report.period}», khác kỳ đang tổng hợp «${first.report.period}»: đơn vị cần gửi lại phụ lục đúng kỳ.`, c.received);
    }
  }

  const named: Candidate[] = [];
  for (const c of inPeriod) {
    if (c.report.locality === null) {
      exclude(c.source, null, "no_locality", "Phụ lục không ghi tên đơn vị báo cáo: đơn vị cần tạo lại phụ lục có ghi tên đơn vị (số liệu đã nhập được giữ) rồi gửi lại.", c.received);
    } else named.push(c);
  }
  const listSource = expectedInput === undefined || expectedInput === null ? "received" : "expected";
  const expected =
    listSource === "expected"
      ? [...(expectedInput ?? [])]
      : // Without a list, every locality that sent an annex, of this period or not: a file of the wrong period is named as such, not forgotten.
        uniqueNames(candidates.flatMap((c) => (c.report.locality === null ? [] : [c.report.locality]))).sort((a, b) => a.localeCompare(b, "vi"));
  const matcher = new LocalityMatcher(expected);
  const filesOf = new Map<string, Candidate[]>();
  for (const c of named) {
    const locality = c.report.locality as string;
    const match = matcher.match(locality);
    if (!match.ok) {
      const hint = match.suggestion === null ? "" : `; có phải «${match.suggestion}»?`;
      exclude(c.source, locality, "not_expected", `Đơn vị «${locality}» không có trong danh sách đơn vị phải báo cáo${hint} Sửa tên đơn vị trong danh sách hoặc tạo lại phụ lục với đúng tên.`, c.received);
      continue;
    }
    filesOf.set(match.name, [...(filesOf.get(match.name) ?? []), c]);
  }

  // Two files for one locality: identical copies are one report; different ones are left out.
  const chosen = new Map<string, Candidate>();
  const duplicates: string[] = [];
  for (const name of expected) {
    const found = filesOf.get(name);
    if (found === undefined) continue;
    const [kept, ...others] = found;
    if (kept === undefined) continue;
    if (others.every((other) => other.report.fingerprint === kept.report.fingerprint)) {
      chosen.set(name, kept);
      for (const other of others) exclude(other.source, name, "duplicate", `Bản trùng của ${kept.source} (cùng chỉ tiêu và số liệu): chỉ tổng hợp một lần.`, other.received);
    } else {
      duplicates.push(name);
      const list = found.map((f) => f.source).join(", ");
      for (const f of found) {
        exclude(f.source, name, "duplicate", `Đơn vị «${name}» có ${found.length} tệp với số liệu khác nhau (${list}): chưa tổng hợp đơn vị này; giữ lại một tệp đúng rồi tổng hợp lại.`, f.received);
      }
    }
  }
  const localities = expected.filter((name) => chosen.has(name));
  return { plan, first, listSource, expected, localities, reports: localities.map((name) => chosen.get(name) as Candidate), duplicates, excluded };
}

function templateDifference(plan: Plan, reference: Plan): string {
  if (plan.id !== reference.id) {
    if (plan.title === reference.title && plan.issuer.name === reference.issuer.name) {
      return `Phụ lục của một kế hoạch khác cùng tên «${plan.title}» (${plan.issuer.name}), không phải kế hoạch đang tổng hợp: đơn vị cần nhập số liệu vào phụ lục đúng mẫu rồi gửi lại.`;
    }
    return `Phụ lục của kế hoạch «${plan.title}» (${plan.issuer.name}), khác mẫu đang tổng hợp «${reference.title}» (${reference.issuer.name}): đơn vị cần nhập số liệu vào phụ lục đúng mẫu rồi gửi lại.`;
  }
  const mine = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p]));
  const theirs = placedIndicators(reference);
  const differences: string[] = [];
  for (const p of theirs) {
    const other = mine.get(p.indicator.code);
    // Named as the template the office sends out prints them: its STT and name.
    const row = indicatorLabel(p);
    if (other === undefined) differences.push(`thiếu ${row}`);
    else if (other.indicator.name !== p.indicator.name) differences.push(`${row} có tên khác («${other.indicator.name}»)`);
    else if (other.indicator.unit !== p.indicator.unit) differences.push(`${row} có đơn vị tính khác («${other.indicator.unit ?? ""}»)`);
    else if (JSON.stringify(other.indicator.aggregate) !== JSON.stringify(p.indicator.aggregate)) differences.push(`${row} có cách tổng hợp khác`);
    else if (other.depth !== p.depth || (other.parent?.code ?? null) !== (p.parent?.code ?? null) || other.sectionIndex !== p.sectionIndex) {
      differences.push(`${row} ở vị trí khác`);
    }
  }
  const known = new Set(theirs.map((p) => p.indicator.code));
  for (const [code, p] of mine) if (!known.has(code)) differences.push(`thêm ${indicatorLabel(p)}`);
  const shown = differences.slice(0, 5).join("; ") + (differences.length > 5 ? `; … (${differences.length} chỗ)` : "");
  return `Cùng kế hoạch nhưng danh mục chỉ tiêu khác mẫu đang tổng hợp: ${shown}. Đơn vị cần nhập số liệu vào phụ lục đúng mẫu rồi gửi lại.`;
}
