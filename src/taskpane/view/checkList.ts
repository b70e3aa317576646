/**
 * What the "Kiểm tra số liệu" step shows: the core's assessment of an annex's entries, as a list
 * that can be filtered. The verdicts are the core's (assessPlan); this only arranges them.
 */
import type { AnnexReading } from "../../core/annex";
import type { ActualChange } from "../../hosts/annexHost";
import { assessPlan, planRules, readActualCell, STATUS_LABELS, STATUSES, type Actual, type AssessedIndicator, type Status } from "../../core/check";
import { formatNumber } from "../../core/vn";

export type OpenAnnex = Extract<AnnexReading, { ok: true }>;

export interface CheckItem extends AssessedIndicator {
  /** Row of the indicator in the annex sheet (1-based), when the sheet has it. */
  row: number | null;
  /** An indicator judged through its parts; shown as context, counted only once someone judged it. */
  heading: boolean;
  /** Whether the item is in the counts (assessPlan leaves out headings nobody judged). */
  counted: boolean;
}

export interface CheckResult {
  sheetName: string;
  against: string | null;
  counts: Record<Status, number>;
  items: CheckItem[];
  /** From reading the annex: rows deleted, codes found twice. */
  warnings: string[];
}

export function checkAnnex(annex: OpenAnnex): CheckResult {
  const actuals = new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const against = annex.options.against;
  const assessment = assessPlan(annex.plan, actuals, against);
  const rules = planRules(annex.plan, against);
  const items = assessment.indicators.map((indicator) => {
    const rule = rules.get(indicator.code);
    const heading = rule?.kind === "manual" && rule.reason === "heading";
    return {
      ...indicator,
      row: annex.entries.get(indicator.code)?.row ?? null,
      heading,
      counted: !heading || indicator.status !== "chua_co_so_lieu",
    };
  });
  return { sheetName: annex.sheetName, against, counts: assessment.counts, items, warnings: annex.warnings };
}

/**
 * The annex after cells the host saw change: Excel reports only what was typed, so the pane keeps
 * the rest of its reading and judges the whole again with the core.
 */
export function withChanges(annex: OpenAnnex, changes: readonly ActualChange[]): OpenAnnex {
  const entries = new Map(annex.entries);
  for (const change of changes) {
    const entry = entries.get(change.code);
    entries.set(change.code, { actual: change.cell, note: entry?.note ?? null, row: change.row });
  }
  return { ...annex, entries };
}

/** "all", the problems someone must fix, or one status (chosen from its count). */
export type CheckFilter = "all" | "problems" | Status;

/** Entries that need a person: missed targets and entries the sheet cannot read. */
export const PROBLEM_STATUSES: readonly Status[] = ["khong_dat", "khong_hop_le"];

export const CHECK_FILTERS: readonly CheckFilter[] = ["all", "problems", ...STATUSES];

export function filterLabel(filter: CheckFilter): string {
  if (filter === "all") return "Tất cả chỉ tiêu";
  if (filter === "problems") return "Cần xem lại (Không đạt, Không hợp lệ)";
  return STATUS_LABELS[filter];
}

export function filterItems(items: readonly CheckItem[], filter: CheckFilter): CheckItem[] {
  if (filter === "all") return [...items];
  const wanted = filter === "problems" ? PROBLEM_STATUSES : [filter];
  return items.filter((item) => item.counted && wanted.includes(item.status));
}

/** A count tile toggles its status filter: pressing the active one shows everything again. */
export function toggleStatusFilter(current: CheckFilter, status: Status): CheckFilter {
  return current === status ? "all" : status;
}

/** "105,3%" */
export function formatPercent(percent: number | null): string | null {
  return percent === null ? null : `${formatNumber(percent, { decimals: 1 })}%`;
}

/** "Vượt 3, Đạt 12, …": the counts in one line, for a screen reader's live announcement. */
export function countsSentence(counts: Record<Status, number>): string {
  return STATUSES.map((status) => `${STATUS_LABELS[status]} ${counts[status]}`).join(", ");
}
