import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { annexLayout, describeSheetEdit, type SheetEdit } from "../../core/annex";
import { assessPlan, readActualCell, type Actual } from "../../core/check";
import { formatNumber } from "../../core/vn";
import { parse } from "../args";
import { LONG_RUN_BYTES, stages } from "../progress";
import { assessmentJson, assessmentText } from "../assessmentReport";
import { readAnnexFile } from "../annexFiles";
import { UserError, writeWorkbookOutput } from "../io";

const USAGE = "phuluc check <phụ-lục-đã-nhập.xlsx> [--json] [--write <bản-sao.xlsx> [--apply-edits]]";

/**
 * Reads the actuals of a filled annex and judges them with the core, as the sheet's formulas do.
 * Names, units, targets and agencies the officer changed in the sheet itself are listed, and the
 * check judges by them; `--apply-edits` writes them into the copy's plan (the input is only read).
 */
export async function checkCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(argv, { json: { type: "boolean" }, write: { type: "string" }, force: { type: "boolean" }, "apply-edits": { type: "boolean" } }, USAGE);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(`cần đúng một tệp phụ lục.\nCách dùng: ${USAGE}`);
  const copy = values.write;
  if (copy !== undefined && resolve(copy) === resolve(file)) throw new UserError(`không ghi đè lên tệp đang kiểm tra ${file}: chọn một tên khác cho --write.`);
  if (copy !== undefined && existsSync(copy) && !values.force) throw new UserError(`${copy} đã có: chọn tên khác, hoặc thêm --force để ghi đè.`);

  const apply = values["apply-edits"] === true;
  if (apply && copy === undefined) throw new UserError(`--apply-edits cần --write <bản-mới.xlsx>: tệp ${file} chỉ được đọc, các thay đổi được ghi vào bản mới.`);

  const size = existsSync(file) ? statSync(file).size : 0;
  const progress = stages(size >= LONG_RUN_BYTES);
  progress.stage(`Đang đọc ${file} (${formatNumber(size / 1e6, { maxDecimals: 1 })} MB)`);
  const annex = await readAnnexFile(file);
  progress.done("Đã đọc");
  for (const warning of annex.warnings) process.stderr.write(`${file}: ${warning}\n`);
  const edits = annex.edits ?? [];
  if (copy !== undefined && edits.length > 0 && !apply) {
    throw new UserError(
      `${file}: trên trang tính có ${edits.length} ô đã sửa so với kế hoạch lưu trong tệp (xem \`phuluc check ${file}\`). Thêm --apply-edits để đưa các thay đổi đó vào kế hoạch của bản sao.`,
    );
  }
  if (edits.length > 0 && !values.json) out(editsText(file, edits, apply));
  const actuals = new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const lastYear = annex.options.lastYear ? new Map<string, Actual>([...annex.entries].map(([code, entry]) => [code, readActualCell(entry.lastYear ?? { value: null })])) : undefined;
  const result = assessPlan(annex.plan, actuals, annex.options.against, lastYear);
  out(values.json ? JSON.stringify({ file, ...assessmentJson(annex.plan.id, annex.options.against, result), edits: edits.map(editJson), warnings: annex.warnings }, null, 2) : assessmentText(`Kiểm tra số liệu: ${file}`, result));

  if (copy !== undefined) {
    progress.stage(`Đang ghi bản sao ${copy}`);
    await writeWorkbookOutput(copy, annexLayout({ plan: annex.plan, options: annex.options, entries: annex.entries }).workbook);
    progress.done("Đã ghi bản sao");
    if (!values.json) out(apply && edits.length > 0 ? `Đã ghi bản sao có kết quả đánh giá, kế hoạch đã gồm ${edits.length} thay đổi trên: ${copy}` : `Đã ghi bản sao có kết quả đánh giá: ${copy}`);
  }
  return 0;
}

function editsText(file: string, edits: readonly SheetEdit[], applying: boolean): string {
  const tail = applying
    ? "Các thay đổi này được đưa vào kế hoạch của bản sao."
    : `Đánh giá dưới đây theo các ô đã sửa. Để đưa chúng vào kế hoạch lưu trong tệp: phuluc check ${file} --apply-edits --write <bản-mới.xlsx>.`;
  return [`Trên trang tính có ${edits.length} ô đã sửa so với kế hoạch lưu trong tệp:`, ...edits.map((e) => `- ${describeSheetEdit(e)}`), tail, ""].join("\n");
}

function editJson(edit: SheetEdit) {
  return { code: edit.code, stt: edit.stt, name: edit.name, field: edit.field, year: edit.year, before: edit.before, after: edit.after, row: edit.row };
}
