import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { z } from "zod";
import { againstProblem, annexLayout, annexOptions, readDocumentDate, unconfirmedAgencies, unconfirmedMessage, withHeading, type AnnexEntry, type HeadingChange } from "../../core/annex";
import { placedIndicators, readExceedMargin, type Plan } from "../../core/model";
import { formatNumber } from "../../core/vn";
import { withTargets } from "../../core/model/withTargets";
import { createFileHost } from "../../hosts/xlsx/fileHost";
import { PartTooLargeError } from "../../hosts/xlsx/parts";
import { NotXlsxError } from "../../hosts/xlsx/read";
import { parse } from "../args";
import { readAnnexFile } from "../annexFiles";
import { LONG_RUN_ROWS, stages } from "../progress";
import { readBytes, readPlanFile, readText, UserError, writeOutput, writeWorkbookOutput } from "../io";

const USAGE =
  'phuluc generate <tệp.plan.json | phụ-lục-đã-nhập.xlsx> -o <phụ-lục.xlsx> [--issue] [--period "<tên cột số liệu>"] [--against <năm mốc>] [--locality "<xã>"] [--targets <chỉ-tiêu.json>] [--keep-from <phụ-lục-cũ.xlsx>] [--number "<số văn bản>"] [--date <ngày/tháng/năm>] [--title "<tên phụ lục>"] [--attached-to "<dòng Kèm theo>"] [--exceed-margin <phần trăm>] [--last-year] [--force]';

export async function generateCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      output: { type: "string", short: "o" },
      period: { type: "string" },
      against: { type: "string" },
      locality: { type: "string" },
      targets: { type: "string" },
      "keep-from": { type: "string" },
      issue: { type: "boolean" },
      number: { type: "string" },
      date: { type: "string" },
      title: { type: "string" },
      "attached-to": { type: "string" },
      "exceed-margin": { type: "string" },
      "last-year": { type: "boolean" },
      force: { type: "boolean" },
    },
    USAGE,
  );
  const [planFile, ...extra] = positionals;
  if (planFile === undefined || extra.length > 0 || values.output === undefined) throw new UserError(`cần một tệp kế hoạch và -o <tệp.xlsx>.\nCách dùng: ${USAGE}`);
  const output = values.output;
  // A filled annex is a source too: its plan, options and what was entered (the issued copy is
  // usually made from the working copy the officers filled in).
  const fromAnnex = /\.xlsx$/i.test(planFile) ? await readAnnexFile(planFile) : null;
  const template = withMargin(withHeading(fromAnnex?.plan ?? readPlanFile(planFile), headingChange(values)), values["exceed-margin"]);
  const plan = values.targets === undefined ? template : ownTargets(template, values.targets);
  const wrongYear = againstProblem(plan, values.against ?? null);
  if (wrongYear !== null) throw new UserError(`${wrongYear} Bỏ --against hoặc chọn một năm mốc.`);
  const keepFrom = values["keep-from"];
  for (const input of [keepFrom, planFile]) {
    if (input !== undefined && resolve(input) === resolve(output)) throw new UserError(`không ghi đè lên tệp đang đọc ${input}: chọn một tên khác cho -o.`);
  }
  if (existsSync(output) && !values.force) {
    throw new UserError(
      `${output} đã có. Chọn tên khác; hoặc dùng --keep-from ${output} -o <tệp mới> để tạo lại mà giữ số liệu đã nhập; hoặc --force để ghi đè (mất số liệu đã nhập trong tệp đó).`,
    );
  }
  for (const [flag, value] of [["--period", values.period], ["--locality", values.locality]] as const) {
    if (value !== undefined && !/\S/.test(value)) throw new UserError(`${flag} cần một giá trị, không để trống (bỏ ${flag} để dùng mặc định).\nCách dùng: ${USAGE}`);
  }
  const previousOptions = fromAnnex?.options;
  const options = annexOptions({
    actualsLabel: values.period ?? previousOptions?.actualsLabel ?? null,
    against: values.against ?? previousOptions?.against ?? null,
    locality: values.locality ?? previousOptions?.locality ?? null,
    copy: values.issue ? "issued" : "working",
    lastYear: values["last-year"] === true || previousOptions?.lastYear === true,
  });
  const who = options.locality === null ? plan.issuer.name : `${options.locality} (mẫu của ${plan.issuer.name})`;
  const ownOf = (margin: number) => `${values.targets ? `, chỉ tiêu riêng từ ${values.targets}` : ""}${margin > 0 ? `, ngưỡng Vượt ${formatNumber(margin, { maxDecimals: 2 })}%` : ""}`;
  const own = ownOf(plan.exceedMargin);
  if (fromAnnex !== null || values.issue) {
    // From a filled annex (usually the working copy, to issue it): its entries, and the agencies
    // the officers confirmed there; the issued copy waits until no suggestion is left.
    const entries = new Map<string, AnnexEntry>();
    for (const [code, entry] of fromAnnex?.entries ?? []) {
      entries.set(code, {
        actual: entry.actual,
        note: entry.note,
        ...(entry.agency !== undefined ? { agency: entry.agency } : {}),
        ...(entry.lastYear !== undefined ? { lastYear: entry.lastYear } : {}),
      });
    }
    if (values.issue) {
      const waiting = unconfirmedAgencies(plan, entries);
      if (waiting.length > 0) throw new UserError(unconfirmedMessage(waiting));
    }
    await writeWorkbookOutput(output, annexLayout({ plan, options, entries }).workbook);
    out(`Đã tạo ${output}: ${values.issue ? "bản để ban hành" : "phụ lục"} của ${who}${own}.`);
    return 0;
  }
  const rows = placedIndicators(plan).length;
  const progress = stages(rows >= LONG_RUN_ROWS);
  progress.stage(`Đang tạo phụ lục ${formatNumber(rows)} chỉ tiêu`);
  if (keepFrom === undefined) {
    await writeWorkbookOutput(output, annexLayout({ plan, options }).workbook);
    progress.done("Đã tạo phụ lục");
    out(`Đã tạo ${output}: phụ lục của ${who}${own}.`);
    return 0;
  }
  // The pane's "update" exactly (one planGeneration, one way of carrying the workbook): entries by
  // code into the new annex; the previous annex kept whole under "(bản trước)" with its extra
  // columns, inserted rows and typed formulas; the officer's other sheets kept as they are.
  const host = createFileHost();
  let previous;
  try {
    previous = await host.open({ name: basename(keepFrom), bytes: readBytes(keepFrom) });
  } catch (error) {
    if (error instanceof NotXlsxError || error instanceof PartTooLargeError) throw new UserError(`${keepFrom}: ${error.message}`);
    throw error;
  }
  if (!previous.ok) throw new UserError(`${keepFrom}: ${previous.error}`);
  if (previous.plan.id !== plan.id) out(`Lưu ý: ${keepFrom} là phụ lục của kế hoạch «${previous.plan.title}», khác «${plan.title}»; chỉ giữ số liệu của các chỉ tiêu có trong cả hai.`);
  // The ngưỡng Vượt the officer chose is kept with the entries: a plan file
  // regenerated without --exceed-margin must not change the verdicts silently.
  const margin = values["exceed-margin"] === undefined && previous.plan.exceedMargin !== plan.exceedMargin ? previous.plan.exceedMargin : null;
  const judged = margin === null ? plan : { ...plan, exceedMargin: margin };
  const outcome = await host.generate(judged, options, "update");
  const made = host.current();
  if (made === null) throw new Error("Tệp vừa tạo không còn trong bộ nhớ.");
  writeOutput(output, made.bytes);
  progress.done("Đã tạo phụ lục");
  const kept = [...previous.entries.values()].filter((e) => e.actual.value !== null || e.note !== null).length;
  const keptMargin = margin === null ? [] : [`- Giữ ngưỡng Vượt ${formatNumber(margin, { maxDecimals: 2 })}% của ${keepFrom} (đổi bằng --exceed-margin).`];
  out([`Đã tạo ${output}: phụ lục của ${who}${ownOf(judged.exceedMargin)}, giữ ${kept} ô số liệu/ghi chú từ ${keepFrom}.`, ...keptMargin, ...outcome.notes.map((note) => `- ${note}`)].join("\n"));
  return 0;
}

/** {"CT01": "900.000 triệu đồng", "CT03": "dưới 2%", "CT04": null} */
const TargetsFile = z.record(z.string(), z.union([z.string(), z.null()]));

/** The template plan with this locality's own targets (--targets), by indicator code. */
function ownTargets(template: Plan, file: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: tệp chỉ tiêu giao riêng bị hỏng (thừa hoặc thiếu dấu phẩy, dấu ngoặc, dấu nháy). Ghi theo dạng {"CT01": "900.000 triệu đồng", "CT03": "dưới 2%"}: mã chỉ tiêu (cột "code" của \`phuluc plan --json\`), rồi chỉ tiêu như văn bản ghi.`);
  }
  const parsed = TargetsFile.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => (i.path.length > 0 ? `"${String(i.path[0])}"` : "tệp")).join(", ");
    throw new UserError(`${file}: mỗi chỉ tiêu giao ghi dạng {"mã chỉ tiêu": "chỉ tiêu như văn bản ghi"} (null để bỏ trống); sai ở ${where}.`);
  }
  const result = withTargets(template, parsed.data);
  if (!result.ok) {
    throw new UserError(`${file}: có mã chỉ tiêu không thuộc kế hoạch «${template.title}»: ${result.unknown.join(", ")}. Dùng mã ở cột "code" của \`phuluc plan --json\`.`);
  }
  return result.plan;
}

/** --exceed-margin 5: the ngưỡng Vượt the annex judges with, kept in its plan (and so in the workbook). */
function withMargin(plan: Plan, typed: string | undefined): Plan {
  if (typed === undefined) return plan;
  const read = readExceedMargin(typed);
  if (!read.ok) throw new UserError(`--exceed-margin: ${read.error}`);
  return { ...plan, exceedMargin: read.value };
}

/** --number, --date, --title, --attached-to: the heading as the document prints it. */
function headingChange(values: { number?: string | undefined; date?: string | undefined; title?: string | undefined; "attached-to"?: string | undefined }): HeadingChange {
  const change: HeadingChange = {};
  if (values.number !== undefined) change.number = values.number;
  if (values.title !== undefined) change.title = values.title;
  if (values["attached-to"] !== undefined) change.attachedTo = values["attached-to"];
  if (values.date !== undefined) {
    const date = readDocumentDate(values.date);
    if (date === undefined) throw new UserError(`ngày "${values.date}" không đọc được: ghi dạng 19/01/2024, 01/2024 hoặc 2024.`);
    change.date = date;
  }
  return change;
}
