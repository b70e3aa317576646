export type { PlanText, PlanBlock, DraftPlan, DraftSection, DraftIndicator, DraftHeading, Confidence } from "./types";
export { extractPlan } from "./extractPlan";
export { documentText, planTextFromPlain, planTextFromRows, planTextFromWorkbook } from "./document";
export { draftToPlanJson, draftIndicators } from "./toPlan";
export { findStatements } from "./statements";
export type { Statement, StatementHeading, StatementRegion } from "./statements";
export type { ReadOptions } from "./clauses";
