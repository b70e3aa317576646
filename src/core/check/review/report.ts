import { placedIndicators, quotedName, shortPlace, sttOf, type Plan } from "../../model";
import { ruleTitle, SEVERITIES, SEVERITY_LABELS, type Evidence, type Finding, type Severity } from "./finding";

/** How each side of a comparison is named to people. */
export const EVIDENCE_LABELS: Record<Evidence["from"], string> = { "phu-luc": "Phụ lục", "van-ban": "Văn bản" };

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 lỗi, 5 cảnh báo, 1 thông tin" */
export function formatCounts(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => `${counts[s]} ${SEVERITY_LABELS[s].toLocaleLowerCase("vi")}`).join(", ");
}

/**
 * Where a finding points, as the officer finds it in the annex: "STT 5", "thành phần của STT 5"
 * for a part without its own number, the row's name where the document prints no number, "Chung"
 * for the plan and its sections. Never the model's code.
 */
export function findingPlace(plan: Plan, finding: Finding): string {
  if (finding.code === null) return "Chung";
  const item = placedIndicators(plan).find((p) => p.indicator.code === finding.code);
  return item === undefined ? "Chung" : shortPlace(item);
}

/**
 * The review as people read it: findings grouped by severity, most severe first, each group in
 * document order, each line with where it points (STT, or "Chung" for the plan and its sections)
 * and what the rule checks.
 */
export function formatReview(title: string, findings: readonly Finding[], plan: Plan): string {
  const counts = countBySeverity(findings);
  const lines = [`Rà soát phụ lục: ${title}`];
  if (findings.length === 0) {
    lines.push("Không phát hiện vấn đề nào.");
    return lines.join("\n");
  }
  lines.push(`Tổng cộng ${findings.length} vấn đề: ${formatCounts(counts)}.`);
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${SEVERITY_LABELS[severity]} (${group.length}):`);
    for (const f of group) {
      lines.push(`  - ${namesItsRow(plan, f) ? "" : `${findingPlace(plan, f)} `}[${ruleTitle(f.rule)}] ${f.message}`);
      // The two sides' words under the finding, so the reader sees what each says.
      for (const e of f.evidence ?? []) lines.push(`      ${EVIDENCE_LABELS[e.from]} (${e.place}): «${e.quote}»`);
    }
  }
  return lines.join("\n");
}

/** A message that already names its row (name and place) reads badly with the place in front of it too. */
function namesItsRow(plan: Plan, finding: Finding): boolean {
  if (finding.code === null) return false;
  const item = placedIndicators(plan).find((p) => p.indicator.code === finding.code);
  if (item === undefined) return false;
  const has = (text: string) => finding.message.includes(text);
  const own = sttOf(item.indicator);
  if (!has(quotedName(item.indicator.name))) return false;
  if (own !== null) return has(own);
  return item.parent === null || has(quotedName(item.parent.name)) || has(sttOf(item.parent) ?? quotedName(item.parent.name));
}
