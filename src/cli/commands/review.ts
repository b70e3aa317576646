import { countBySeverity, formatReview, reviewPlan } from "../../core/check/review";
import { parse } from "../args";
import { readPlanFile, UserError } from "../io";

const USAGE = "phuluc review <tệp.plan.json> [--json]";

/** Findings are the answer, not a failure: exit code 0 whatever they are; 2 only for a bad plan file. */
export function reviewCommand(argv: string[], out: (text: string) => void): number {
  const { values, positionals } = parse(argv, { json: { type: "boolean" } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(`cần đúng một tệp kế hoạch.\nCách dùng: ${USAGE}`);
  const plan = readPlanFile(file);
  const findings = reviewPlan(plan);
  out(values.json ? JSON.stringify({ plan: plan.id, findings, counts: countBySeverity(findings) }, null, 2) : formatReview(plan.title, findings));
  return 0;
}
