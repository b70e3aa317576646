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

/** "Tổng cộng 11 vấn đề: 6 lỗi, 5 cảnh báo, 0 thông tin." */
export function reviewSummary(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Không phát hiện vấn đề nào.";
  return `Tổng cộng ${findings.length} vấn đề: ${formatCounts(countBySeverity(findings))}.`;
}
