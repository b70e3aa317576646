import type { Located, ReviewRule } from "./finding";
import { rowLabel } from "./describe";
import { statesTarget } from "./phrases";

/**
 * "thieu-chi-tieu" (lỗi): a row with neither a target nor parts is a blank in the annex, and
 * nobody can be judged against a blank. A stretch target or a milestone counts as a target (a
 * plan to 2030 may state only its 2025 milestone for a row); a heading's figures are its parts.
 */
export const missingTarget: ReviewRule = {
  id: "thieu-chi-tieu",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] =>
      statesTarget(item.indicator) || item.indicator.parts.length > 0
        ? []
        : [
            {
              at,
              finding: {
                rule: "thieu-chi-tieu",
                severity: "loi",
                code: item.indicator.code,
                message: `${rowLabel(item)} để trống chỉ tiêu kế hoạch: ghi chỉ tiêu được giao, hoặc bỏ dòng này nếu kế hoạch không giao chỉ tiêu.`,
              },
            },
          ],
    ),
};
