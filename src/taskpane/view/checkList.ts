/**
 * What the "Kiểm tra số liệu" step shows: the core's assessment of an annex's entries, as a list
 * that can be filtered. The verdicts are the core's (assessPlan); this only arranges them.
 */
import type { AnnexReading } from "../../core/annex";
import type { ActualChange } from "../../hosts/annexHost";
import { assessPlan, marginText, planRules, readActualCell, STATUS_LABELS, STATUSES, type Actual, type ActualCell, type AssessedIndicator, type Status } from "../../core/check";
import { placedIndicators } from "../../core/model";
import { formatNumber, withUnit } from "../../core/vn";

export type OpenAnnex = Extract<AnnexReading, { ok: true }>;

export interface CheckItem extends AssessedIndicator {
  /** Row of the indicator in the annex sheet (1-based), when the sheet has it. */
  row: number | null;
  /** An indicator judged through its parts; shown as context, counted only once someone judged it. */
  heading: boolean;
  /** Whether the item is in the counts (assessPlan leaves out headings nobody judged). */
  counted: boolean;
  /** STT as printed ("" for a part without one). */
  stt: string;
  unit: string | null;
  /** What the officer entered, as the sheet shows it, with the unit: "97,5%", "600 tỷ đồng", "khoảng 5"; null when blank. */
  entered: string | null;
  /** The same period last year's figure as entered (the cùng kỳ column), with the unit; null when blank or no such column. */
  lastYearEntered: string | null;
}

export interface CheckResult {
  sheetName: string;
  against: string | null;
  counts: Record<Status, number>;
  /** The ngưỡng Vượt that judged the annex (its plan's), in %, and the sentence that says so. */
  exceedMargin: number;
  margin: string;
  /** Whether the annex has the cùng kỳ column: then items carry % so với cùng kỳ. */
  lastYear: boolean;
  items: CheckItem[];
  /** From reading the annex: rows deleted, codes found twice. */
  warnings: string[];
}

export function checkAnnex(annex: OpenAnnex): CheckResult {
  const actuals = new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const against = annex.options.against;
  const lastYear = annex.options.lastYear ? new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.lastYear ?? { value: null })])) : undefined;
  const assessment = assessPlan(annex.plan, actuals, against, lastYear);
  const rules = planRules(annex.plan, against);
  const placed = new Map(placedIndicators(annex.plan).map((p) => [p.indicator.code, p.indicator]));
  const items = assessment.indicators.map((indicator) => {
    const rule = rules.get(indicator.code);
    const heading = rule?.kind === "manual" && rule.reason === "heading";
    const own = placed.get(indicator.code);
    const unit = own?.unit ?? null;
    const entry = annex.entries.get(indicator.code);
    return {
      ...indicator,
      row: entry?.row ?? null,
      heading,
      counted: !heading || indicator.status !== "chua_co_so_lieu",
      stt: own?.stt.trim() ?? "",
      unit,
      entered: entry === undefined ? null : enteredText(entry.actual, unit),
      lastYearEntered: entry?.lastYear === undefined ? null : enteredText(entry.lastYear, unit),
    };
  });
  return {
    sheetName: annex.sheetName,
    against,
    counts: assessment.counts,
    exceedMargin: assessment.exceedMargin,
    margin: marginText(assessment.exceedMargin),
    lastYear: assessment.lastYear,
    items,
    warnings: annex.warnings,
  };
}

/**
 * The annex after cells the host saw change: Excel reports only what was typed, so the pane keeps
 * the rest of its reading and judges the whole again with the core.
 */
export function withChanges(annex: OpenAnnex, changes: readonly ActualChange[]): OpenAnnex {
  const entries = new Map(annex.entries);
  for (const change of changes) {
    const entry = entries.get(change.code);
    entries.set(change.code, { actual: change.cell, note: entry?.note ?? null, row: change.row, ...(entry?.lastYear !== undefined ? { lastYear: entry.lastYear } : {}) });
  }
  return { ...annex, entries };
}

/**
 * An entry as the officer sees it in the sheet, with the indicator's unit: Excel keeps "97,5%"
 * typed in a general cell as 0.975 formatted as a percentage.
 */
export function enteredText(cell: ActualCell, unit: string | null): string | null {
  const { value } = cell;
  if (value === null || value === "") return null;
  if (typeof value === "number") {
    if ((cell.numFmt ?? "").includes("%")) return `${formatNumber(value * 100, { maxDecimals: 3 })}%`;
    return withUnit(formatNumber(value, { maxDecimals: 3 }), unit);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.trim();
}

/** "all", the problems someone must fix, or one status (chosen from its count). */
export type CheckFilter = "all" | "problems" | Status;

/** Entries that need a person: missed targets and entries the sheet cannot read. */
/**
 * What the pane says beside an item's verdict, in the list and the table alike: why it is not
 * met or cannot be judged (and what to type), or, for any other verdict, the «Kiểm tra lại số
 * liệu» warning the sheet shows beside it; null when the verdict says it all.
 */
export function explanationOf(item: CheckItem): string | null {
  const explain = item.status === "khong_dat" || item.status === "khong_hop_le" || item.status === "danh_gia_thu_cong";
  if (explain && item.messages.length > 0) return item.messages.join(" ");
  return item.plausibility ?? null;
}

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
