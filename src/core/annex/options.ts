import { z } from "zod";
import type { Plan } from "../model";

/** What a user chooses when generating an annex; stored in the workbook so reading it back agrees. */
export const AnnexOptionsSchema = z.strictObject({
  /** Header of the actuals column; default "Ước thực hiện năm <year>". */
  actualsLabel: z.string().regex(/\S/).nullable().default(null),
  /** Assess against this milestone year's targets instead of the final ones (plans with milestones). */
  against: z.string().regex(/^\d{4}$/).nullable().default(null),
  /** The commune or district whose figures this copy holds (for consolidation). */
  locality: z.string().regex(/\S/).nullable().default(null),
  /** The last day the report is on time ("2024-11-05"), when the office issuing the templates set one. */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /**
   * "working": input cells shaded, suggested agencies marked, guidance in the cells' prompts;
   * "issued": the same table as an office issues it, black on white, nothing but the document's words.
   */
  copy: z.enum(["working", "issued"]).default("working"),
  /**
   * "So với cùng kỳ": an input column "Thực hiện cùng kỳ năm trước" before the actuals and a
   * computed "% so với cùng kỳ" after % so với KH (reports state both side by side).
   */
  lastYear: z.boolean().default(false),
});

export type AnnexOptions = z.output<typeof AnnexOptionsSchema>;
export type AnnexOptionsInput = z.input<typeof AnnexOptionsSchema>;

export function annexOptions(input: AnnexOptionsInput = {}): AnnexOptions {
  return AnnexOptionsSchema.parse(input);
}

/**
 * Why `against` cannot be judged against in this plan (Vietnamese), or null: only one of the
 * plan's milestones can; any other year would leave every row without a target.
 */
export function againstProblem(plan: Plan, against: string | null): string | null {
  if (against === null) return null;
  if ("year" in plan.period) return `Kế hoạch năm ${plan.period.year} không có năm mốc; không đánh giá theo năm ${against} được.`;
  const milestones = plan.period.milestones.map(String);
  if (milestones.includes(against)) return null;
  return milestones.length === 0
    ? `Kế hoạch ${plan.period.from}-${plan.period.to} không có năm mốc; không đánh giá theo năm ${against} được.`
    : `Năm ${against} không phải năm mốc của kế hoạch (các năm mốc: ${milestones.join(", ")}).`;
}
