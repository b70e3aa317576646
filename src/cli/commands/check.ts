import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { assessPlan, readActualCell, type Actual } from "../../core/check";
import { annexBytes } from "../../hosts/xlsx/annexFile";
import { parse } from "../args";
import { assessmentJson, assessmentText } from "../assessmentReport";
import { readAnnexFile } from "../annexFiles";
import { UserError } from "../io";

const USAGE = "phuluc check <phụ-lục-đã-nhập.xlsx> [--json] [--write <bản-sao.xlsx>]";

/** Reads the actuals of a filled annex and judges them with the core, as the sheet's formulas do. */
export async function checkCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: "boolean" }, write: { type: "string" }, force: { type: "boolean" } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(`cần đúng một tệp phụ lục.\nCách dùng: ${USAGE}`);
  const copy = values.write;
  if (copy !== undefined && resolve(copy) === resolve(file)) throw new UserError(`không ghi đè lên tệp đang kiểm tra ${file}: chọn một tên khác cho --write.`);
  if (copy !== undefined && existsSync(copy) && !values.force) throw new UserError(`${copy} đã có: chọn tên khác, hoặc thêm --force để ghi đè.`);

  const annex = await readAnnexFile(file);
  for (const warning of annex.warnings) process.stderr.write(`${file}: ${warning}\n`);
  const actuals = new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const result = assessPlan(annex.plan, actuals, annex.options.against);
  out(values.json ? JSON.stringify({ file, ...assessmentJson(annex.plan.id, annex.options.against, result), warnings: annex.warnings }, null, 2) : assessmentText(`Kiểm tra số liệu: ${file}`, result));

  if (copy !== undefined) {
    writeFileSync(copy, await annexBytes(annex.plan, annex.options, annex.entries));
    if (!values.json) out(`Đã ghi bản sao có kết quả đánh giá: ${copy}`);
  }
  return 0;
}
