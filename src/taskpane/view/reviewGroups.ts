/** The "Rà soát" step: the core's review findings grouped by severity, most severe first. */
import { countBySeverity, formatCounts, SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from "../../core/check/review";

export interface FindingGroup {
  severity: Severity;
  /** "Lỗi (5)" */
  heading: string;
  /** In document order, each with its position in the whole review (a stable React key). */
  findings: { index: number; finding: Finding }[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const group = findings.map((finding, index) => ({ index, finding })).filter(({ finding }) => finding.severity === severity);
    return { severity, heading: `${SEVERITY_LABELS[severity]} (${group.length})`, findings: group };
  }).filter((group) => group.findings.length > 0);
}

/** "Tổng cộng 11 vấn đề: 6 lỗi, 5 cảnh báo, 0 thông tin.", and how many were marked "đã xem" (not counted). */
export function reviewSummary(findings: readonly Finding[], seen = 0): string {
  const marked = seen > 0 ? ` Đã xem ${seen} mục khác.` : "";
  if (findings.length === 0) return seen > 0 ? `Không còn vấn đề nào cần xem.${marked}` : "Không phát hiện vấn đề nào.";
  return `Tổng cộng ${findings.length} vấn đề: ${formatCounts(countBySeverity(findings))}.${marked}`;
}
