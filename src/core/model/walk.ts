import type { Indicator, Plan, Section } from "./schema";

/** An indicator or part with where it sits in the plan. */
export interface Placed {
  indicator: Indicator;
  section: Section;
  sectionIndex: number;
  /** 0 for a numbered indicator, 1 for its parts, 2 for parts of parts. */
  depth: number;
  parent: Indicator | null;
}

/** Every indicator and part of the plan, in document order (parents before their parts). */
export function placedIndicators(plan: Plan): Placed[] {
  const out: Placed[] = [];
  const visit = (indicator: Indicator, section: Section, sectionIndex: number, depth: number, parent: Indicator | null) => {
    out.push({ indicator, section, sectionIndex, depth, parent });
    for (const part of indicator.parts) visit(part, section, sectionIndex, depth + 1, indicator);
  };
  plan.sections.forEach((section, s) => section.indicators.forEach((indicator) => visit(indicator, section, s, 0, null)));
  return out;
}

/** The indicator itself and all its parts, depth first. */
export function selfAndParts(indicator: Indicator): Indicator[] {
  return [indicator, ...indicator.parts.flatMap(selfAndParts)];
}

export function findIndicator(plan: Plan, code: string): Placed | undefined {
  return placedIndicators(plan).find((p) => p.indicator.code === code);
}
