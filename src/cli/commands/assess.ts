import { z } from "zod";
import { againstProblem } from "../../core/annex";
import { assessPlan, readActual, type Actual } from "../../core/check";
import { placedIndicators } from "../../core/model";
import { parse } from "../args";
import { assessmentJson, assessmentText } from "../assessmentReport";
import { readPlanFile, readText, UserError } from "../io";

const USAGE = "phuluc assess <tệp.plan.json> --actuals <số-liệu.json> [--against <năm mốc>] [--json]";

/** {"CT01": 97.5, "CT02": "giảm 6%", "CT03": null} */
const ActualsFile = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export function assessCommand(argv: string[], out: (text: string) => void): number {
  const { values, positionals } = parse(argv, { actuals: { type: "string" }, against: { type: "string" }, json: { type: "boolean" } }, USAGE);
  const [planFile, ...extra] = positionals;
  if (planFile === undefined || extra.length > 0 || values.actuals === undefined) throw new UserError(`cần một tệp kế hoạch và --actuals.\nCách dùng: ${USAGE}`);
  const plan = readPlanFile(planFile);
  const actualsFile = values.actuals;
  const actuals = readActualsFile(actualsFile);
  const units = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p.indicator.unit]));
  const unknown = [...actuals.keys()].filter((code) => !units.has(code));
  if (unknown.length > 0) {
    throw new UserError(`${actualsFile}: có mã chỉ tiêu không thuộc kế hoạch «${plan.title}»: ${unknown.join(", ")}. Dùng mã ở cột "code" của \`phuluc plan --json\`.`);
  }
  const against = values.against ?? null;
  const wrongYear = againstProblem(plan, against);
  if (wrongYear !== null) throw new UserError(`${wrongYear} Bỏ --against hoặc chọn một năm mốc.`);
  const read = new Map<string, Actual>([...actuals].map(([code, value]) => [code, readActual(value, units.get(code) ?? null)]));
  const result = assessPlan(plan, read, against);
  out(values.json ? JSON.stringify(assessmentJson(plan.id, against, result), null, 2) : assessmentText(`Đánh giá số liệu: ${plan.title}`, result));
  return 0;
}

function readActualsFile(file: string): Map<string, string | number | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: tệp số liệu bị hỏng (thừa hoặc thiếu dấu phẩy, dấu ngoặc, dấu nháy). Ghi theo dạng {"CT01": 97.5, "CT02": "giảm 6%"}: mã chỉ tiêu (cột "code" của \`phuluc plan --json\`), rồi số liệu như cán bộ nhập.`);
  }
  const parsed = ActualsFile.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => (i.path.length > 0 ? `"${String(i.path[0])}"` : "tệp")).join(", ");
    throw new UserError(`${file}: mỗi số liệu ghi dạng {"mã chỉ tiêu": số hoặc chữ} (null để bỏ trống); sai ở ${where}.`);
  }
  return new Map(Object.entries(parsed.data));
}
