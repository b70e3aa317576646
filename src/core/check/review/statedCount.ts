import { PLAN_POSITION, sectionPosition, type Located, type ReviewRule } from "./finding";
import { sectionLabel } from "./describe";

/**
 * "so-chi-tieu" (lỗi): the document says how many indicators it sets ("24 chỉ tiêu", "07 chỉ
 * tiêu về kinh tế") and the list has another number: a committed indicator is missing or one
 * is counted twice. Numbered indicators are counted, not their parts.
 */
export const statedCount: ReviewRule = {
  id: "so-chi-tieu",
  run: (input) => {
    const { plan } = input;
    const out: Located[] = [];
    const listed = plan.sections.reduce((n, s) => n + s.indicators.length, 0);
    if (plan.statedCount !== null && plan.statedCount !== listed) {
      out.push({
        at: PLAN_POSITION,
        finding: {
          rule: "so-chi-tieu",
          severity: "loi",
          code: null,
          message: `Văn bản nêu ${plan.statedCount} chỉ tiêu nhưng danh sách có ${listed} chỉ tiêu: tìm chỉ tiêu bị sót hoặc bị tính hai lần và sửa cho khớp.`,
        },
      });
    }
    plan.sections.forEach((section, s) => {
      if (section.statedCount === null || section.statedCount === section.indicators.length) return;
      out.push({
        at: sectionPosition(input, s),
        finding: {
          rule: "so-chi-tieu",
          severity: "loi",
          code: null,
          message: `${sectionLabel(section)}: văn bản nêu ${section.statedCount} chỉ tiêu nhưng mục này có ${section.indicators.length} chỉ tiêu: tìm chỉ tiêu bị sót hoặc bị xếp nhầm mục và sửa cho khớp.`,
        },
      });
    });
    return out;
  },
};
