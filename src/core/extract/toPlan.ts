import { SCHEMA_VERSION } from "../model/schema";
import type { DraftIndicator, DraftPlan } from "./types";

/**
 * The draft as a plan file's content: the model's fields only (no confidence or warnings), in the
 * model's order. A heading field the document does not print stays null, so loading the file
 * says what is left to fill instead of carrying a guess as if the document said it.
 */
export function draftToPlanJson(draft: DraftPlan): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: draft.id,
    title: draft.title,
    document: draft.document,
    issuer: draft.issuer,
    period: draft.period,
    statedCount: draft.statedCount,
    ...(draft.annexHeading === null || draft.annexHeading === undefined ? {} : { annexHeading: draft.annexHeading }),
    sections: draft.sections.map((s) => ({ code: s.code, title: s.title, statedCount: s.statedCount, indicators: s.indicators.map(indicatorJson) })),
  };
}

function indicatorJson(i: DraftIndicator): Record<string, unknown> {
  return {
    code: i.code,
    stt: i.stt,
    name: i.name,
    unit: i.unit,
    target: i.target,
    stretch: i.stretch,
    milestones: i.milestones,
    basis: i.basis,
    agency: i.agency,
    parts: i.parts.map(indicatorJson),
    source: { quote: i.source.quote },
  };
}

/** Every indicator and part with its depth, in document order. */
export function draftIndicators(draft: DraftPlan): { indicator: DraftIndicator; depth: number; path: (string | number)[] }[] {
  const out: { indicator: DraftIndicator; depth: number; path: (string | number)[] }[] = [];
  const visit = (indicator: DraftIndicator, depth: number, path: (string | number)[]) => {
    out.push({ indicator, depth, path });
    indicator.parts.forEach((p, k) => visit(p, depth + 1, [...path, "parts", k]));
  };
  draft.sections.forEach((s, si) => s.indicators.forEach((i, ii) => visit(i, 0, ["sections", si, "indicators", ii])));
  return out;
}
