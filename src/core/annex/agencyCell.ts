import type { Placed, Plan } from "../model";
import { suggestAgency } from "./agencies";

export const SUGGESTION_MARK = " (gợi ý)";

/** What the "Cơ quan chủ trì" cell of a row says, and whether it is the annex's suggestion. */
export interface AgencyCell {
  /** The agency's name, without the suggestion mark; "" when neither the plan nor a suggestion names one. */
  name: string;
  /** Not the document's words: the plan marks it suggested, or the annex suggests it. */
  suggested: boolean;
}

export function agencyCell(plan: Plan, item: Placed): AgencyCell {
  const agency = item.indicator.agency;
  if (agency !== null) return { name: agency.name, suggested: agency.origin === "suggested" };
  const names = [item.indicator.name, ...(item.parent ? [item.parent.name] : [])];
  const suggestion = suggestAgency(names, plan.issuer.level, "year" in plan.period ? plan.period.year : plan.period.from);
  return suggestion === null ? { name: "", suggested: false } : { name: suggestion, suggested: true };
}

/** The cell's text in the working copy: a suggestion carries its mark. */
export function workingAgencyText(cell: AgencyCell): string {
  return cell.suggested ? `${cell.name}${SUGGESTION_MARK}` : cell.name;
}

/** An officer's text in the agency cell still carries the mark: the suggestion is not yet confirmed. */
export function stillSuggested(text: string): boolean {
  return text.trimEnd().endsWith(SUGGESTION_MARK.trim());
}
