export type { PlanText, PlanBlock, DraftPlan, DraftSection, DraftIndicator, DraftHeading, Confidence } from "./types";
export { extractPlan } from "./extractPlan";
export { documentText, planTextFromPlain } from "./document";
