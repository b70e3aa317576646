import type { Located, ReviewRule } from "./finding";
import { quoted, rowLabel } from "./describe";
import { statedPhrases } from "./phrases";
import { warningKind } from "./warnings";

/**
 * "so-mo-ho": what the target reader had to assume to read a row's figures ("0.2 ‰" read with a
 * decimal point, English separators, an unreadable number, several figures in one cell), as the
 * reader words it (cảnh báo); a LaTeX target it read fine is only noted (thông tin).
 */
export const ambiguousNumbers: ReviewRule = {
  id: "so-mo-ho",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] =>
      statedPhrases(item.indicator).flatMap((phrase) =>
        phrase.target.warnings.flatMap((warning): Located[] => {
          const kind = warningKind(warning);
          if (kind !== "ambiguous" && kind !== "latex") return [];
          const advice = kind === "latex" ? "Nên ghi bằng chữ và ký hiệu thường." : "Kiểm tra và ghi lại con số cho rõ.";
          return [
            {
              at,
              finding: {
                rule: "so-mo-ho",
                severity: kind === "latex" ? "thong_tin" : "canh_bao",
                code: item.indicator.code,
                message: `${rowLabel(item)}, ${phrase.column} ${quoted(phrase.raw)}: ${warning} ${advice}`,
              },
            },
          ];
        }),
      ),
    ),
};
