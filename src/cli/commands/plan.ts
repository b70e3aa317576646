import { formatPlanSummary, formatRowList, summarizePlan } from "../../core/model";
import { isMeasurable } from "../../core/model/measurable";
import { parse } from "../args";
import { readPlanFile, UserError } from "../io";

const USAGE = "phuluc plan <tệp.plan.json> [--json]";

export function planCommand(argv: string[], out: (text: string) => void): number {
  const { values, positionals } = parse(argv, { json: { type: "boolean" } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(`cần đúng một tệp kế hoạch.\nCách dùng: ${USAGE}`);
  const plan = readPlanFile(file);
  out(values.json ? JSON.stringify(plan, null, 2) : `${formatPlanSummary(summarizePlan(plan, isMeasurable))}\n\n${formatRowList(plan)}`);
  return 0;
}
