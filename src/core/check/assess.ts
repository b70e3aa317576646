import type { Direction } from "../model";
import { formatNumber, type Target } from "../vn";
import type { Actual } from "./actual";
import { entryTrimmed, readEntryText } from "./entry";
import { plausibilityWarning } from "./plausibility";
import { numericStatus, type Interval, type Rule } from "./rule";
import { STATUS_LABELS, type Status } from "./status";

export interface Assessment {
  status: Status;
  /** A figure a reader would question (plausibility.ts), said beside the verdict; null when none. */
  plausibility?: string | null;
  /** Actual ÷ planned × 100; null when there is nothing to divide (see rule.ts). */
  percentOfPlan: number | null;
  /** Vietnamese: how the verdict was reached, or what to fix. */
  messages: string[];
}

const MANUAL_MESSAGES = {
  qualitative: "Chỉ tiêu định tính: đánh giá thủ công (nhập Đạt, Không đạt hoặc Hoàn thành).",
  no_target: "Không có chỉ tiêu kế hoạch để so sánh: đánh giá thủ công.",
  heading: "Chỉ tiêu được đánh giá qua các chỉ tiêu thành phần.",
} as const;

/** Applies the rule (rule.ts) to an actual (actual.ts). Pure; the sheet's formulas reproduce it. */
export function assess(rule: Rule, actual: Actual): Assessment {
  if (actual.kind === "empty") return { status: "chua_co_so_lieu", percentOfPlan: null, messages: [] };

  if (rule.kind === "manual") {
    if (actual.kind === "judgement") {
      return { status: actual.status, percentOfPlan: null, messages: [`Đánh giá do người nhập: «${actual.text}».`] };
    }
    return { status: "danh_gia_thu_cong", percentOfPlan: null, messages: [MANUAL_MESSAGES[rule.reason]] };
  }

  if (actual.kind === "unreadable") return invalid(`Không đọc được số liệu «${actual.text}»: ${actual.reason}.`);
  if (actual.kind === "judgement") {
    return invalid(`Chỉ tiêu có số liệu (${rule.label}): nhập con số đạt được thay vì «${actual.text}».`);
  }
  const read = figureOf(rule, actual);
  if (read.kind === "unreadable") return invalid(`Không đọc được số liệu «${read.text}»: ${read.reason}.`, actual.kind === "text" ? actual.warnings : undefined);
  if (read.kind === "text") return invalid(`Không đọc được số liệu «${read.text}»: nhập một số, ví dụ 97,5.`);
  if (read.kind !== "value") return invalid("Không đọc được số liệu.");
  return judged(rule, read);
}

/**
 * An actual as the figure of a row with a numeric rule: text typed in an annex cell is read the
 * way the sheet's formulas read it (entry.ts); anything else as it is. Consolidation takes each
 * commune's figure from here too.
 */
export function figureOf(rule: Extract<Rule, { kind: "numeric" }>, actual: Actual): Actual {
  if (actual.kind !== "text" || !actual.inCell) return actual;
  const read = readEntryText(actual.text, rule.entry);
  if ("reason" in read) return { kind: "unreadable", text: entryTrimmed(actual.text), reason: `${read.reason}. Nhập một số, ví dụ 97,5 hoặc 1.234,5` };
  return { kind: "value", interval: { low: { value: read.value, strict: false }, high: { value: read.value, strict: false } }, target: null, ...(actual.warnings ? { warnings: actual.warnings } : {}) };
}

function judged(rule: Extract<Rule, { kind: "numeric" }>, actual: Extract<Actual, { kind: "value" }>): Assessment {
  const reconciled = reconcile(rule.target, actual.interval, actual.target);
  if ("error" in reconciled) return invalid(reconciled.error);
  const status = numericStatus(rule, reconciled.interval);
  const compared = representative(reconciled.interval, rule.better);
  const ratio = rule.planned !== null && compared !== null ? (compared / rule.planned) * 100 : null;
  // Past the largest number (an actual of 1e308): Excel's own formula shows #NUM!, the core none.
  const percentOfPlan = ratio !== null && Number.isFinite(ratio) ? ratio : null;
  const shown = describeInterval(reconciled.interval);
  const plausibility = compared === null ? null : plausibilityWarning(rule.plausibility, compared);
  return {
    status,
    percentOfPlan,
    ...(plausibility === null ? {} : { plausibility }),
    messages: [...(plausibility === null ? [] : [plausibility]), ...(actual.warnings ?? []), ...reconciled.warnings, `${shown} so với chỉ tiêu ${rule.label}: ${STATUS_LABELS[status]}.`],
  };
}

function invalid(message: string, warnings: readonly string[] = []): Assessment {
  return { status: "khong_hop_le", percentOfPlan: null, messages: [message, ...warnings] };
}

/** Puts an actual written as a phrase ("giảm 6%", "tăng 2%", "97 ha") on the target's scale. */
function reconcile(
  target: Target,
  interval: Interval,
  phrase: Target | null,
): { interval: Interval; warnings: string[] } | { error: string } {
  if (phrase === null) return { interval, warnings: [] };
  const warnings = [...phrase.warnings];
  if (phrase.unit !== null && target.unit !== null && phrase.unit !== target.unit) {
    return { error: `Số liệu «${phrase.raw}» có đơn vị «${phrase.unit}», khác đơn vị của chỉ tiêu «${target.unit}».` };
  }
  if (phrase.change !== null && target.change === null) {
    return { error: `Số liệu «${phrase.raw}» là mức tăng/giảm, còn chỉ tiêu là mức cần đạt: nhập mức đạt được.` };
  }
  if (phrase.of !== undefined && target.of !== undefined && phrase.of !== target.of) {
    warnings.push(`Số liệu «${phrase.raw}» tính trên ${phrase.of}, chỉ tiêu tính trên ${target.of}.`);
  }
  const opposite = phrase.change !== null && target.change !== null && phrase.change !== target.change;
  return { interval: opposite ? negate(interval) : interval, warnings };
}

function negate(interval: Interval): Interval {
  const flip = (b: Interval["low"]) => (b === null ? null : { value: -b.value, strict: b.strict });
  return { low: flip(interval.high), high: flip(interval.low) };
}

/** The value % so với KH is computed from: the actual, or for a range the end that counts (the worse one). */
function representative(interval: Interval, better: Direction): number | null {
  const { low, high } = interval;
  if (low !== null && high !== null && low.value === high.value) return low.value;
  if (better === "lower") return high?.value ?? null;
  if (better === "higher") return low?.value ?? null;
  return low !== null && high !== null ? (low.value + high.value) / 2 : null;
}

function describeInterval({ low, high }: Interval): string {
  // Typed figures rarely have more than three decimals; a computed total (a rate) may have many.
  const n = (v: number) => formatNumber(v, { maxDecimals: 3 });
  if (low !== null && high !== null) return low.value === high.value ? n(low.value) : `${n(low.value)} - ${n(high.value)}`;
  if (low !== null) return `${low.strict ? ">" : "≥"} ${n(low.value)}`;
  if (high !== null) return `${high.strict ? "<" : "≤"} ${n(high.value)}`;
  return "mọi giá trị";
}
