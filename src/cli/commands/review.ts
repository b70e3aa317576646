import { basename } from "node:path";
import { countBySeverity, formatReview, reviewPlan, reviewPlanWithText } from "../../core/check/review";
import { PlanDocumentError, readPlanDocument } from "../../hosts/docs/readPlanDocument";
import { parse } from "../args";
import { readBytes, readPlanFile, UserError } from "../io";

const USAGE = "phuluc review <tệp.plan.json> [--text <văn-bản.docx|.pdf|.txt>] [--json]";

/**
 * Findings are the answer, not a failure: exit code 0 whatever they are; 2 only for a bad plan
 * file or a document that cannot be read. With --text, the annex is also compared with the plan's
 * own document, and the report runs by severity, then by place.
 */
export async function reviewCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: "boolean" }, text: { type: "string" } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(`cần đúng một tệp kế hoạch.\nCách dùng: ${USAGE}`);
  const plan = readPlanFile(file);
  const documentFile = values.text;
  let findings;
  if (documentFile === undefined) {
    findings = reviewPlan(plan);
  } else {
    try {
      findings = reviewPlanWithText(plan, await readPlanDocument(readBytes(documentFile), basename(documentFile)));
    } catch (error) {
      if (error instanceof PlanDocumentError) throw new UserError(error.message);
      throw error;
    }
  }
  out(values.json ? JSON.stringify({ plan: plan.id, findings, counts: countBySeverity(findings) }, null, 2) : formatReview(plan.title, findings, plan));
  return 0;
}
