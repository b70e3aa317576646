import type { Indicator, Level, Period, Plan } from "./schema";
import { selfAndParts } from "./walk";

export const LEVEL_NAMES: Record<Level, string> = { tinh: "tỉnh", huyen: "huyện", xa: "xã" };

/** Whether a raw target states a figure that can be checked against an actual. */
export type IsMeasurable = (indicator: Indicator) => boolean;

export interface SectionSummary {
  code: string | null;
  title: string;
  statedCount: number | null;
  /** Numbered indicators of the section, as the document lists them. */
  indicators: number;
  /** Measurable figures: indicators and parts whose target can be checked. */
  figures: number;
}

export interface PlanSummary {
  id: string;
  title: string;
  issuer: string;
  level: string;
  province: string | null;
  period: string;
  statedCount: number | null;
  indicators: number;
  figures: number;
  sections: SectionSummary[];
}

export function formatPeriod(period: Period): string {
  if ("year" in period) return `năm ${period.year}`;
  const extras = [
    period.milestones.length > 0 ? `mốc ${period.milestones.join(", ")}` : null,
    period.vision !== null ? `tầm nhìn ${period.vision}` : null,
  ].filter((x): x is string => x !== null);
  return `${period.from} - ${period.to}${extras.length > 0 ? ` (${extras.join("; ")})` : ""}`;
}

export function summarizePlan(plan: Plan, isMeasurable: IsMeasurable): PlanSummary {
  const sections = plan.sections.map((section) => ({
    code: section.code,
    title: section.title,
    statedCount: section.statedCount,
    indicators: section.indicators.length,
    figures: section.indicators.flatMap(selfAndParts).filter(isMeasurable).length,
  }));
  return {
    id: plan.id,
    title: plan.title,
    issuer: plan.issuer.name,
    level: LEVEL_NAMES[plan.issuer.level],
    province: plan.issuer.province,
    period: formatPeriod(plan.period),
    statedCount: plan.statedCount,
    indicators: sections.reduce((n, s) => n + s.indicators, 0),
    figures: sections.reduce((n, s) => n + s.figures, 0),
    sections,
  };
}

export function formatPlanSummary(summary: PlanSummary): string {
  const stated = (n: number | null) => (n === null ? "" : ` (văn bản nêu ${n})`);
  const lines = [
    `${summary.title}`,
    `Cơ quan ban hành: ${summary.issuer} (cấp ${summary.level}${summary.province === null ? "" : `, tỉnh ${summary.province}`})`,
    `Thời kỳ: ${summary.period}`,
    `Số chỉ tiêu: ${summary.indicators}${stated(summary.statedCount)}; số liệu đo được: ${summary.figures}`,
    ...summary.sections.map(
      (s) =>
        `  ${s.code === null ? "•" : `${s.code}.`} ${s.title}: ${s.indicators} chỉ tiêu${stated(s.statedCount)}, ${s.figures} số liệu đo được`,
    ),
  ];
  return lines.join("\n");
}
