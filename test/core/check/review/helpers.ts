import { reviewPlan, type Finding } from "../../../../src/core/check/review";
import type { Indicator, Plan, Section } from "../../../../src/core/model";

export { indicator } from "../../../support/indicators";

export interface SectionInput {
  code?: string | null;
  title?: string;
  statedCount?: number | null;
  indicators: Indicator[];
}

/** A plan for a test: only the sections and indicators it is about, the rest as a loaded plan has it. */
export function planOf(sections: SectionInput[], fields: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: 1,
    id: "ke-hoach-thu",
    title: "Kế hoạch thử",
    document: { kind: "Kế hoạch", number: null, date: "2024", place: null },
    issuer: { name: "Ủy ban nhân dân huyện Mẫu", level: "huyen", province: null },
    period: { year: 2024 },
    statedCount: null,
    annexHeading: { label: null, title: null, attachedTo: null },
    reportingDeadline: null,
    exceedMargin: 0,
    sections: sections.map(
      (s, i): Section => ({ code: s.code === undefined ? String(i + 1) : s.code, title: s.title ?? `Mục ${i + 1}`, statedCount: s.statedCount ?? null, indicators: s.indicators }),
    ),
    ...fields,
  };
}

/** The findings of one rule. */
export function findingsOf(rule: string, plan: Plan): Finding[] {
  return reviewPlan(plan).filter((f) => f.rule === rule);
}

export const document = (name: string) => ({ name, origin: "document" as const });
