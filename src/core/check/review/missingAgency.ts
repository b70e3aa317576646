import { suggestAgency } from "../../annex/agencies";
import type { Indicator, Period } from "../../model";
import { PLAN_POSITION, type Located, type ReviewRule } from "./finding";
import { rowLabel } from "./describe";

/** A heading whose every part names its own office needs none itself (Tiên Lữ's "Cơ cấu kinh tế"). */
function everyPartNamed(indicator: Indicator): boolean {
  return indicator.parts.length > 0 && indicator.parts.every((p) => p.agency !== null || everyPartNamed(p));
}

function planYear(period: Period): number {
  return "year" in period ? period.year : period.from;
}

/**
 * "thieu-co-quan": who follows an indicator.
 * - When the document names agencies for some rows (the Tiên Lữ table), each numbered indicator
 *   without one is a blank in that column (cảnh báo), with a suggested office to fill it. A part
 *   inherits its parent's agency, so only numbered indicators can lack one.
 * - When the document names none at all, that is how the plan is written, not a blank per row:
 *   one note for the plan (thông tin).
 * A suggested agency (origin "suggested") fills a row, but does not make the document name agencies.
 */
export const missingAgency: ReviewRule = {
  id: "thieu-co-quan",
  run: ({ plan, placed }) => {
    const documentNames = placed.some((p) => p.indicator.agency?.origin === "document");
    if (!documentNames) {
      return [
        {
          at: PLAN_POSITION,
          finding: {
            rule: "thieu-co-quan",
            severity: "thong_tin",
            code: null,
            message:
              "Văn bản không nêu cơ quan chủ trì theo dõi, đánh giá cho chỉ tiêu nào: phụ lục ghi cơ quan đề xuất theo lĩnh vực (ghi rõ là đề xuất); cần xác nhận hoặc sửa trước khi ban hành.",
          },
        },
      ];
    }
    return placed.flatMap((item, at): Located[] => {
      const { indicator } = item;
      if (item.depth > 0 || indicator.agency !== null || everyPartNamed(indicator)) return [];
      const suggestion = suggestAgency([indicator.name], plan.issuer.level, planYear(plan.period));
      const advice = suggestion === null ? "ghi cơ quan chủ trì" : `ghi cơ quan chủ trì (đề xuất: ${suggestion})`;
      return [
        {
          at,
          finding: {
            rule: "thieu-co-quan",
            severity: "canh_bao",
            code: indicator.code,
            message: `${rowLabel(item)} không có cơ quan chủ trì theo dõi, đánh giá, trong khi các chỉ tiêu khác của văn bản có: ${advice}.`,
          },
        },
      ];
    });
  },
};
