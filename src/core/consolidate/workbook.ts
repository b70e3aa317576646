import type { Workbook } from "../annex/sheet";
import { detailSheet, type DetailLayout } from "./detailSheet";
import { reportingSheet, type ReportingLayout } from "./reportingSheet";
import { CONSOLIDATION_STYLES, SUMMARY_SHEET_NAME } from "./sheetParts";
import { summarySheet, type SummaryLayout } from "./summarySheet";
import type { Consolidation } from "./types";

export * from "./sheetParts";
export type { DetailLayout } from "./detailSheet";
export type { SummaryLayout } from "./summarySheet";
export { deadlineText, timelinessText, TIMELINESS_LABELS, type ReportingLayout } from "./reportingSheet";

export interface ConsolidationWorkbook {
  workbook: Workbook;
  summary: SummaryLayout;
  detail: DetailLayout;
  reporting: ReportingLayout;
}

/**
 * The consolidated workbook: "Tổng hợp" (one row per indicator), "Chi tiết theo đơn vị" (one row
 * per locality, which the totals' formulas read) and "Tình hình báo cáo". Pure.
 */
export function consolidationWorkbook(c: Consolidation): ConsolidationWorkbook {
  const detail = detailSheet(c);
  const summary = summarySheet(c, detail.layout);
  const reporting = reportingSheet(c);
  return {
    workbook: {
      sheets: [summary.sheet, detail.sheet, reporting.sheet],
      activeSheet: SUMMARY_SHEET_NAME,
      styles: CONSOLIDATION_STYLES,
      definedNames: [],
      properties: { title: `Tổng hợp chỉ tiêu chủ yếu${c.template ? ` - ${c.template.title}` : ""}`, creator: "Phụ lục" },
    },
    summary: summary.layout,
    detail: detail.layout,
    reporting: reporting.layout,
  };
}
