import { readNumber } from "../vn/numbers";

/**
 * The plan's ngưỡng Vượt (`exceedMargin`, see check/rule.ts): a percentage from 0 to 100 with at
 * most two decimals, so that the sheet's formulas compute the edge of Vượt exactly as the core does.
 */
export function isExceedMargin(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100 && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** What a wrong ngưỡng Vượt needs, after the field's name ("ngưỡng Vượt phải là ..."). */
export const EXCEED_MARGIN_RULE =
  "phải là một số phần trăm từ 0 đến 100, nhiều nhất hai chữ số thập phân: ví dụ 5 nghĩa là vượt kế hoạch trên 5% mới tính là Vượt, 0 là vượt kế hoạch bao nhiêu cũng là Vượt";

/** A ngưỡng Vượt as an officer types it ("5", "2,5", "5%"): the number, or why it cannot be one. */
export function readExceedMargin(typed: string): { ok: true; value: number } | { ok: false; error: string } {
  const text = typed.trim().replace(/\s*%$/, "");
  const read = readNumber(text);
  if (read !== null && isExceedMargin(read.value)) return { ok: true, value: read.value };
  return { ok: false, error: `Ngưỡng Vượt «${typed.trim()}» không dùng được: ngưỡng Vượt ${EXCEED_MARGIN_RULE}.` };
}
