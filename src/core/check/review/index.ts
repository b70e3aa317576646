import type { PlanText } from "../../extract";
import { placedIndicators, type Plan } from "../../model";
import { reviewAgainstText } from "./againstText";
import { aggregateRule } from "./aggregateRule";
import { ambiguousNumbers } from "./ambiguousNumbers";
import { duplicates } from "./duplicates";
import { SEVERITIES, type Finding, type Located, type ReviewRule } from "./finding";
import { missingAgency } from "./missingAgency";
import { missingTarget } from "./missingTarget";
import { missingUnit } from "./missingUnit";
import { partsTotal } from "./partsTotal";
import { runInAgency } from "./runInAgency";
import { sectionOrder } from "./sectionOrder";
import { statedCount } from "./statedCount";
import { unitMismatch } from "./unitMismatch";

export * from "./finding";
export * from "./report";
export * from "./seen";

/**
 * THE REVIEW: what a reviewer checks before an annex goes out, one module per rule. Each finding
 * names its rule (a stable id), its severity and the indicator it is about (null for the plan or
 * a section, which the message names).
 *
 * | id                  | finds                                                          | severity |
 * |---------------------|----------------------------------------------------------------|----------|
 * | so-chi-tieu         | the stated count ("24 chỉ tiêu") differs from the list         | lỗi      |
 * | thu-tu-muc          | a section label out of sequence (I among B, C, D; a gap)        | cảnh báo |
 * | thieu-chi-tieu      | a row with neither target nor parts (blank in the annex)        | lỗi      |
 * | thieu-don-vi        | a figure without a unit                                         | cảnh báo |
 * | thieu-co-quan       | a row without agency where others have one                      | cảnh báo |
 * |                     | the document names no agency at all (one note for the plan)     | thông tin|
 * | trung-chi-tieu      | the same indicator twice, with different targets                | lỗi      |
 * |                     | the same indicator twice, with the same target                  | cảnh báo |
 * | tong-thanh-phan     | parts that do not add up to their total, shares not to 100%     | lỗi      |
 * | co-quan-trong-ten   | an agency's name run into the indicator's name                  | cảnh báo |
 * | so-mo-ho            | what the number reader had to assume ("0.2 ‰")                  | cảnh báo |
 * |                     | a LaTeX target, read fine                                       | thông tin|
 * | don-vi-khac         | a figure in another unit than its row's ("08 xã" under "%")     | cảnh báo |
 * | cach-tong-hop       | an `aggregate` rule of the model that cannot work               | cảnh báo |
 * | khac-van-ban        | the annex against the plan's own text (againstText/index.ts)   | all three|
 *
 * Lỗi: the annex cannot be used as it is (nobody can tell what is committed). Cảnh báo: it can,
 * but someone should look. Thông tin: how the plan is written, nothing to fix in a row.
 */
export const REVIEW_RULES: readonly ReviewRule[] = [
  statedCount,
  sectionOrder,
  missingTarget,
  missingUnit,
  missingAgency,
  duplicates,
  partsTotal,
  runInAgency,
  ambiguousNumbers,
  unitMismatch,
  aggregateRule,
];

/** Every rule's findings, in document order (the plan's first, then section by section, row by row). */
export function reviewPlan(plan: Plan): Finding[] {
  const input = { plan, placed: placedIndicators(plan) };
  const located: Located[] = REVIEW_RULES.flatMap((rule) => rule.run(input));
  // Array.prototype.sort is stable: at one place, the rules' order above decides.
  return located.sort((a, b) => a.at - b.at).map((l) => l.finding);
}

/**
 * The review with the plan's own text beside it: every rule above, and the annex compared with
 * what the document states (khac-van-ban), sorted by severity, then by place in the annex.
 */
export function reviewPlanWithText(plan: Plan, text: PlanText): Finding[] {
  const input = { plan, placed: placedIndicators(plan) };
  const located: Located[] = [...REVIEW_RULES.flatMap((rule) => rule.run(input)), ...reviewAgainstText(plan, text)];
  const rank = (l: Located) => SEVERITIES.indexOf(l.finding.severity);
  return located.sort((a, b) => rank(a) - rank(b) || a.at - b.at).map((l) => l.finding);
}

export { AGAINST_TEXT_RULE, reviewAgainstText } from "./againstText";
