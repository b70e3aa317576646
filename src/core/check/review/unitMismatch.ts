import type { Located, ReviewRule } from "./finding";
import { quoted, rowLabel } from "./describe";
import { statedPhrases } from "./phrases";
import { warningKind } from "./warnings";

/**
 * "don-vi-khac" (cảnh báo): a figure printed in another unit than the row's ("08 xã" under "%"),
 * as the target reader reports it. It cannot be judged in the row's unit without a conversion.
 */
export const unitMismatch: ReviewRule = {
  id: "don-vi-khac",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] =>
      statedPhrases(item.indicator).flatMap((phrase) =>
        phrase.target.warnings
          .filter((warning) => warningKind(warning) === "unitMismatch")
          .map((warning) => ({
            at,
            finding: {
              rule: "don-vi-khac",
              severity: "canh_bao",
              code: item.indicator.code,
              message: `${rowLabel(item)}, ${phrase.column} ${quoted(phrase.raw)}: ${warning} Ghi con số theo đơn vị tính của chỉ tiêu, hoặc tách thành chỉ tiêu riêng với đơn vị của nó.`,
            },
          })),
      ),
    ),
};
