import { existsSync, lstatSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseLocalityList } from "../../core/consolidate/localities";
import { dayText, parseDeadline } from "../../core/consolidate/timeliness";
import type { Plan } from "../../core/model";
import { assignTableBytes, communeAnnexFiles, readAssignTableBytes, zipFiles } from "../../hosts/xlsx/assignFile";
import { parse } from "../args";
import { readAnnexFile } from "../annexFiles";
import { readBytes, readPlanFile, readText, UserError, writeOutput } from "../io";
import { LONG_RUN_ROWS, stages } from "../progress";

const USAGE =
  "phuluc issue-communes <tệp.plan.json> --blank <giao-chi-tieu.xlsx> [--communes <danh-sách-xã.txt>] [--force]\n" +
  '       phuluc issue-communes <tệp.plan.json> --table <bảng-đã-điền.xlsx> --out <thư-mục | tệp.zip> [--deadline <dd/mm/yyyy>] [--period "<kỳ báo cáo>"] [--force]';

/**
 * Giao chỉ tiêu cho xã: the blank table the office fills (--blank), then one annex per commune with
 * its own targets, the reporting period and the deadline, into a folder or one .zip (--table).
 * Inputs are only read; nothing existing is written over without --force.
 */
export async function issueCommunesCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      blank: { type: "string" },
      communes: { type: "string" },
      table: { type: "string" },
      out: { type: "string", short: "o" },
      deadline: { type: "string" },
      period: { type: "string" },
      force: { type: "boolean" },
    },
    USAGE,
  );
  const [planFile, ...extra] = positionals;
  if (planFile === undefined || extra.length > 0) throw new UserError(`cần một tệp kế hoạch.\nCách dùng: ${USAGE}`);
  if ((values.blank === undefined) === (values.table === undefined)) {
    throw new UserError(`chọn một việc: --blank <tệp.xlsx> để tạo bảng giao chỉ tiêu trống, hoặc --table <bảng đã điền> --out <thư mục> để tạo phụ lục cho từng xã.\nCách dùng: ${USAGE}`);
  }
  // An option of the other task would be ignored without a word: refused instead.
  const misplaced = values.blank !== undefined ? (["out", "deadline", "period"] as const).filter((k) => values[k] !== undefined) : values.communes !== undefined ? (["communes"] as const) : [];
  if (misplaced.length > 0) {
    throw new UserError(`${misplaced.map((k) => `--${k}`).join(", ")} không dùng với ${values.blank !== undefined ? "--blank" : "--table"}.\nCách dùng: ${USAGE}`);
  }
  const plan = /\.xlsx$/i.test(planFile) ? (await readAnnexFile(planFile)).plan : readPlanFile(planFile);
  if (values.blank !== undefined) return blank(plan, planFile, values.blank, values.communes, values.force === true, out);
  const table = values.table as string;
  if (values.out === undefined) throw new UserError(`cần --out <thư mục> hoặc --out <tệp.zip>: nơi ghi phụ lục của các xã.\nCách dùng: ${USAGE}`);
  if (values.period !== undefined && !/\S/.test(values.period)) throw new UserError(`--period cần một giá trị, không để trống (bỏ --period để dùng mặc định).\nCách dùng: ${USAGE}`);
  const deadline = values.deadline === undefined ? null : parseDeadline(values.deadline);
  if (values.deadline !== undefined && deadline === null) throw new UserError(`--deadline «${values.deadline}» không phải một ngày: ghi dạng 05/11/2024.`);
  return issue(plan, planFile, table, values.out, { period: values.period ?? null, deadline }, values.force === true, out);
}

async function blank(plan: Plan, planFile: string, output: string, communesFile: string | undefined, force: boolean, out: (text: string) => void): Promise<number> {
  if (resolve(output) === resolve(planFile)) throw new UserError(`không ghi đè lên tệp đang đọc ${planFile}: chọn tên khác cho --blank.`);
  if (existsSync(output) && !force) throw new UserError(`${output} đã có (có thể là bảng đã điền): chọn tên khác, hoặc thêm --force để ghi đè.`);
  const communes = communesFile === undefined ? [] : parseLocalityList(readText(communesFile)).names;
  writeOutput(output, await assignTableBytes(plan, { communes }));
  const rows = communes.length > 0 ? `${communes.length} đơn vị đã ghi sẵn` : "các dòng trống để ghi tên từng xã";
  out(`Đã tạo ${output}: bảng giao chỉ tiêu của ${plan.issuer.name} cho các xã (${rows}). Điền chỉ tiêu giao cho từng xã (ô để trống: không giao), rồi chạy phuluc issue-communes ${planFile} --table ${output} --out <thư mục>.`);
  return 0;
}

async function issue(
  plan: Plan,
  planFile: string,
  table: string,
  output: string,
  options: { period: string | null; deadline: string | null },
  force: boolean,
  out: (text: string) => void,
): Promise<number> {
  const reading = readAssignTableBytes(readBytes(table), plan);
  if (!reading.ok) throw new UserError(`${table}: bảng giao chỉ tiêu chưa dùng được (${reading.errors.length} lỗi). Sửa trong bảng rồi chạy lại:`, reading.errors);
  const zip = /\.zip$/i.test(output);
  const inputs = [table, planFile].map((f) => resolve(f));
  if (zip) {
    if (inputs.includes(resolve(output))) throw new UserError(`không ghi đè lên tệp đang đọc ${output}: chọn tên khác cho --out.`);
    if (existsSync(output) && !force) throw new UserError(`${output} đã có: chọn tên khác, hoặc thêm --force để ghi đè.`);
  } else {
    if (existsSync(output) && !lstatSync(output).isDirectory()) throw new UserError(`${output} là một tệp, không phải thư mục: chọn tên thư mục khác, hoặc --out <tên>.zip để ghi một tệp nén.`);
  }
  // Each commune's annex is a whole annex: with many communes the run takes long enough to say so.
  const progress = stages(reading.communes.length * reading.indicators.length >= LONG_RUN_ROWS);
  progress.stage(`Đang tạo phụ lục cho ${reading.communes.length} đơn vị cấp xã`);
  const files = await communeAnnexFiles(plan, reading, options);
  progress.done(`Đã tạo phụ lục cho ${reading.communes.length} đơn vị cấp xã`);
  if (zip) {
    writeOutput(output, zipFiles(files));
  } else {
    const taken = files.filter((f) => existsSync(join(output, f.fileName)) || inputs.includes(resolve(output, f.fileName)));
    if (taken.length > 0 && !force) {
      throw new UserError(
        `${output} đã có phụ lục của ${taken.length} đơn vị cấp xã (${taken.slice(0, 3).map((f) => f.fileName).join(", ")}${taken.length > 3 ? ", …" : ""}), có thể các đơn vị đã điền số liệu: chọn thư mục khác, hoặc thêm --force để ghi đè.`,
      );
    }
    try {
      mkdirSync(output, { recursive: true });
    } catch (error) {
      throw new UserError(`${output}: không tạo được thư mục (${(error as NodeJS.ErrnoException).code ?? String(error)}). Chọn nơi ghi khác.`);
    }
    for (const f of files) writeOutput(join(output, f.fileName), f.bytes);
  }
  const deadline = options.deadline ?? plan.reportingDeadline;
  const lines = [
    `Đã tạo phụ lục cho ${files.length} đơn vị cấp xã trong ${output}, mỗi đơn vị với chỉ tiêu được giao, ${deadline === null ? "chưa có hạn nộp (thêm --deadline dd/mm/yyyy)" : `hạn nộp ${dayText(deadline)}`}:`,
    ...files.map((f) => `- ${f.fileName}: ${f.assigned} chỉ tiêu được giao`),
    ...reading.notes.map((note) => `Lưu ý: ${note}`),
  ];
  out(lines.join("\n"));
  return 0;
}
