/** The consolidation contract: what `consolidate` returns, what the sheets, the CLI and the pane read. */
import type { Rule, Status } from "../check";
import type { Aggregate } from "../model";
import type { ExclusionReason, ReceivedAt, ReceivedFile } from "./received";
import type { AnnexReport } from "./report";

export interface ConsolidateInput {
  files: readonly ReceivedFile[];
  /** Localities that must report, as the user listed them; null or absent: the localities received. */
  expected?: readonly string[] | null;
  /**
   * The last day a report is on time ("2024-11-05"), as the user set it; null or absent: the
   * deadline the annexes carry (set when the templates were issued), else the plan's.
   */
  deadline?: string | null;
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

/** How many localities' own figures were judged Vượt, Đạt, Không đạt, and how many have none judged. */
export interface VerdictCounts {
  vuot: number;
  dat: number;
  khong_dat: number;
  /** Blank, unreadable, or waiting for a person's judgement. */
  none: number;
}

/** The localities' figures side by side: for what cannot be added up, the honest summary. */
export interface Spread {
  low: number;
  median: number;
  high: number;
  /** Localities with a number. */
  count: number;
}

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
  /** Each locality judged against its own target (every kind but headings). */
  counts: VerdictCounts;
  /** Lowest, median and highest of the localities' numbers; null when none has a number. */
  spread: Spread | null;
  /** Vietnamese: how the total was made, what is missing. */
  messages: string[];
}

export interface ConsolidatedIndicator {
  code: string;
  stt: string;
  name: string;
  /** How a column or a list of figures names it, a part with its parent's STT and name (model/naming.ts columnHeading). */
  heading: { stt: string; name: string };
  unit: string | null;
  depth: number;
  sectionIndex: number;
  aggregate: Aggregate;
  /** "model": the plan states the rule; "unit": the default for its unit. */
  aggregateOrigin: "model" | "unit";
  /** Vietnamese: "Cộng", "Tỷ lệ = STT 13 / STT 18 × 100", "Không tổng hợp". */
  method: string;
  /** Whether the localities are expected to fill it (a heading's parts carry its figures). */
  expectsFigure: boolean;
  total: ConsolidatedTotal;
  /** Aligned with Consolidation.localities. */
  byLocality: LocalityFigure[];
}

/**
 * Where a locality stands: its figures consolidated; or a file came that could not be used (another
 * period, another template, unreadable, two different files); or nothing came.
 */
export type LocalityState = "consolidated" | "other_period" | "other_template" | "unreadable" | "duplicate" | "missing";

export const LOCALITY_STATE_LABELS: Readonly<Record<LocalityState, string>> = {
  consolidated: "Đã tổng hợp",
  other_period: "Khác kỳ báo cáo",
  other_template: "Khác mẫu phụ lục",
  unreadable: "Tệp không dùng được",
  duplicate: "Trùng tệp",
  missing: "Chưa nộp",
};

/** When a consolidated locality's report came, against the deadline. */
export type Timeliness = "on_time" | "late" | "unknown";

export interface LocalityReport {
  name: string;
  state: LocalityState;
  /** The consolidated file; the duplicates; or the files naming it that could not be used. */
  sources: string[];
  /** When the file used (or, for a file left out, the newest one) was received, and how that is known. */
  received: ReceivedAt | null;
  /** Only for a consolidated locality: "unknown" without a deadline or a time. */
  timeliness: Timeliness;
  /** Calendar days after the deadline (Vietnam time); null unless late. */
  lateDays: number | null;
  /** Indicators with a figure (or a judgement where one is asked), of `expectedFigures`. */
  filled: number;
  unreadable: number;
  expectedFigures: number;
  /** filled ÷ expectedFigures × 100; null when the locality is not consolidated. */
  filledPercent: number | null;
  /** Own figures judged against own targets, over every indicator with a figure expected. */
  counts: VerdictCounts | null;
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
  /** The row as people name it: STT and name (rowName). */
  row: string;
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
  received: ReceivedAt | null;
}

export interface Completeness {
  /** "expected": the user's list; "received": no list given, so the localities received. */
  listSource: "expected" | "received";
  expected: number;
  consolidated: number;
  /** consolidated ÷ expected × 100. */
  reportingPercent: number | null;
  /** The deadline the reports were judged by ("2024-11-05"), and where it came from. */
  deadline: { date: string; origin: "user" | "annex" | "plan" } | null;
  onTime: number;
  late: number;
  missing: string[];
  duplicates: string[];
  /** Localities whose only file is of another reporting period, or of another template. */
  otherPeriod: string[];
  otherTemplate: string[];
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
    /** The template plan's ngưỡng Vượt (in %), applied to every locality's figure and to the totals. */
    exceedMargin: number;
  } | null;
  /** Localities consolidated, in the order of the list (or by name): the rows of the detail sheet. */
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

/** A usable received file, with its place in the input. */
export interface Candidate {
  source: string;
  report: AnnexReport;
  order: number;
  received: ReceivedAt | null;
}
