import { formatNumber } from "../vn";
import type { Completeness, ConsolidatedTotal } from "./consolidate";
import { NOT_CONSOLIDATED } from "./workbook";

/**
 * How a consolidation reads in a sentence, the same in the CLI's summary and the pane: a total as
 * "5.208,5" (or "không tổng hợp", or "" when no locality reported it), the reporting rate as
 * "Đã tổng hợp 5/6 đơn vị (83,3%)".
 */
export function totalText(total: ConsolidatedTotal): string {
  if (total.kind === "none") return NOT_CONSOLIDATED;
  return total.value === null ? "" : formatNumber(total.value, { maxDecimals: 2 });
}

export function reportingText(completeness: Completeness): string {
  const rate = completeness.reportingPercent === null ? "" : ` (${formatNumber(completeness.reportingPercent, { maxDecimals: 1 })}%)`;
  return `Đã tổng hợp ${completeness.consolidated}/${completeness.expected} đơn vị${rate}`;
}
