import type { Placed, Plan } from "../../model";

export const SEVERITIES = ["loi", "canh_bao", "thong_tin"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How each severity is named to people (the CLI, the pane, the demo's review files). */
export const SEVERITY_LABELS: Record<Severity, string> = {
  loi: "Lỗi",
  canh_bao: "Cảnh báo",
  thong_tin: "Thông tin",
};

/**
 * What each rule checks, as people read it (the pane and the CLI show this, never the rule's id).
 * A rule missing here is shown as "Rà soát", so a new rule cannot leak its id to a user.
 */
export const RULE_TITLES: Readonly<Record<string, string>> = {
  "so-chi-tieu": "Số chỉ tiêu đã nêu",
  "thu-tu-muc": "Thứ tự các mục",
  "thieu-chi-tieu": "Thiếu chỉ tiêu kế hoạch",
  "thieu-don-vi": "Thiếu đơn vị tính",
  "thieu-co-quan": "Thiếu cơ quan chủ trì",
  "trung-chi-tieu": "Chỉ tiêu trùng lặp",
  "tong-thanh-phan": "Thành phần không khớp tổng",
  "co-quan-trong-ten": "Tên cơ quan lẫn vào tên chỉ tiêu",
  "so-mo-ho": "Số liệu viết chưa rõ",
  "don-vi-khac": "Đơn vị khác với cột đơn vị tính",
  "cach-tong-hop": "Cách tổng hợp không dùng được",
  "khac-van-ban": "Khác với văn bản kế hoạch",
};

export function ruleTitle(rule: string): string {
  return RULE_TITLES[rule] ?? "Rà soát";
}

/**
 * One problem the review found. The field names are a contract shared with the CLI's --json
 * output, the pane and outside checks.
 */
export interface Finding {
  /** Stable id of the rule that found it, e.g. "thieu-don-vi". */
  rule: string;
  severity: Severity;
  /** The indicator's code; null for the plan as a whole or for a section (named in the message). */
  code: string | null;
  /** Vietnamese: what is wrong and what to do. */
  message: string;
  /**
   * The words each side prints, for findings that compare the annex with the plan's text: the
   * annex row's and the document's, each with where it stands. Absent for the other rules.
   */
  evidence?: Evidence[];
}

/** One side of a comparison: the annex row ("phu-luc") or a statement of the document ("van-ban"). */
export interface Evidence {
  from: "phu-luc" | "van-ban";
  /** Vietnamese: "STT 3, mục I «Kinh tế»", "mục 4 «Phát huy các nguồn lực…», phần IV". */
  place: string;
  /** The words as printed (long clauses cut around the figure). */
  quote: string;
}

/**
 * A finding with where it sits in the document, so that the findings of all rules can be put
 * in document order: `at` is an index into `placedIndicators(plan)`; a section's findings sit
 * just before its first indicator, the plan's before everything.
 */
export interface Located {
  at: number;
  finding: Finding;
}

/** What every rule gets: the plan and its indicators in document order, walked once. */
export interface ReviewInput {
  plan: Plan;
  placed: readonly Placed[];
}

export interface ReviewRule {
  id: string;
  run: (input: ReviewInput) => Located[];
}

/** The place of the plan's own findings: before every indicator. */
export const PLAN_POSITION = -1;

/** The place of a section's findings: just before its first indicator (or where it would be). */
export function sectionPosition(input: ReviewInput, sectionIndex: number): number {
  const first = input.placed.findIndex((p) => p.sectionIndex >= sectionIndex);
  return (first < 0 ? input.placed.length : first) - 0.5;
}
