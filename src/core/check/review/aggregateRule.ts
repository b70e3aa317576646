import { aggregateProblems, describeAggregate } from "../../consolidate/aggregate";
import type { Located, ReviewRule } from "./finding";
import { rowLabel } from "./describe";

/**
 * "cach-tong-hop" (cảnh báo): an `aggregate` in the model that cannot work (a ratio whose numerator
 * or denominator is not in the plan, or does not add up across communes; a weight likewise).
 * Consolidation would then write «không tổng hợp» for the row; the reviewer hears it first.
 */
export const aggregateRule: ReviewRule = {
  id: "cach-tong-hop",
  run: ({ plan, placed }) => {
    const at = new Map(placed.map((item, index) => [item.indicator.code, index]));
    return aggregateProblems(plan).map(({ code, rule, problem }): Located => {
      const index = at.get(code) as number;
      const item = placed[index] as (typeof placed)[number];
      return {
        at: index,
        finding: {
          rule: "cach-tong-hop",
          severity: "canh_bao",
          code,
          message: `${rowLabel(item)}: cách tổng hợp «${describeAggregate(rule, item.indicator.unit, plan)}» không dùng được (${problem}). Sửa cách tổng hợp của chỉ tiêu này trong kế hoạch; nếu không, khi tổng hợp các xã, chỉ tiêu này ghi «không tổng hợp».`,
        },
      };
    });
  },
};
