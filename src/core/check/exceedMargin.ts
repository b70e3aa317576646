import { formatNumber } from "../vn";

/**
 * The ngưỡng Vượt (the plan's `exceedMargin`, see rule.ts) as every surface states it: the pane,
 * the CLI and the consolidated sheet say which convention judged the figures.
 */
export function marginText(margin: number): string {
  if (margin === 0) return "Ngưỡng Vượt 0%: vượt kế hoạch bao nhiêu cũng là Vượt.";
  const m = `${formatNumber(margin, { maxDecimals: 2 })}%`;
  return `Ngưỡng Vượt ${m}: vượt kế hoạch đến ${m} là Đạt, trên ${m} là Vượt (chỉ tiêu càng thấp càng tốt: thấp hơn kế hoạch trên ${m}).`;
}
