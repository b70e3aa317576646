import type { Located, ReviewRule } from "./finding";
import { quoted, rowLabel } from "./describe";
import { statedPhrases } from "./phrases";

/**
 * "thieu-don-vi" (cảnh báo): a row whose target is a figure but whose unit (the ĐVT column) is
 * blank. When the phrase carries its own unit ("01 HTX"), the finding says which one to write.
 */
export const missingUnit: ReviewRule = {
  id: "thieu-don-vi",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] => {
      if (item.indicator.unit !== null) return [];
      const measurable = statedPhrases(item.indicator).find((p) => p.target.op !== "text");
      if (measurable === undefined) return [];
      const own = measurable.target.unit;
      const advice =
        own === null
          ? "ghi đơn vị tính (%, tỷ đồng, người, ...) để đánh giá được số liệu thực hiện"
          : `ghi đơn vị tính «${own}» như con số trong chỉ tiêu`;
      return [
        {
          at,
          finding: {
            rule: "thieu-don-vi",
            severity: "canh_bao",
            code: item.indicator.code,
            message: `${rowLabel(item)} có ${measurable.column} là con số ${quoted(measurable.raw)} nhưng không có đơn vị tính: ${advice}.`,
          },
        },
      ];
    }),
};
