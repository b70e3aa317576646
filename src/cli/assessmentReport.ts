import { marginText, STATUS_LABELS, STATUSES, type PlanAssessment } from "../core/check";
import { formatNumber } from "../core/vn";

/** The JSON both `phuluc assess` and `phuluc check` print: per indicator code, then counts. */
export function assessmentJson(planId: string, against: string | null, result: PlanAssessment) {
  return {
    plan: planId,
    against,
    indicators: result.indicators.map((r) => ({
      code: r.code,
      name: r.name,
      target: r.target,
      status: r.status,
      percentOfPlan: r.percentOfPlan,
      ...(result.lastYear ? { percentOfLastYear: r.percentOfLastYear } : {}),
      plausibility: r.plausibility ?? null,
      messages: r.messages,
    })),
    counts: result.counts,
    exceedMargin: result.exceedMargin,
  };
}

export function assessmentText(title: string, result: PlanAssessment): string {
  // Rows by their printed STT, as the officer finds them in the annex; the code is for --json only.
  const width = Math.max(...result.indicators.map((r) => r.stt.length), 3);
  const lines = result.indicators.map((r) => {
    const percent = r.percentOfPlan === null ? "" : formatNumber(r.percentOfPlan, { decimals: 1 });
    const lastYear = !result.lastYear ? "" : ` ${(r.percentOfLastYear === null ? "" : formatNumber(r.percentOfLastYear, { decimals: 1 })).padStart(7)}`;
    const target = r.target === null ? "" : ` (${r.target})`;
    // An entry that cannot be judged says why and what to type, else the officer sees a bare verdict.
    const question = r.status === "khong_hop_le" && r.messages.length > 0 ? `  [${r.messages.join(" ")}]` : r.plausibility ? `  [${r.plausibility}]` : "";
    return `${r.stt.padEnd(width)}  ${STATUS_LABELS[r.status].padEnd(17)} ${percent.padStart(7)}${lastYear}  ${"  ".repeat(r.depth)}${r.name}${target}${question}`;
  });
  const counts = STATUSES.map((s) => `${STATUS_LABELS[s]} ${result.counts[s]}`).join(", ");
  const legend = result.lastYear ? ["% KH: so với kế hoạch; % CK: so với cùng kỳ năm trước."] : [];
  return [title, marginText(result.exceedMargin), ...legend, `${"STT".padEnd(width)}  ${"Đánh giá".padEnd(17)} ${"% KH".padStart(7)}${result.lastYear ? ` ${"% CK".padStart(7)}` : ""}  Chỉ tiêu`, ...lines, "", `Tổng: ${counts}`].join("\n");
}
