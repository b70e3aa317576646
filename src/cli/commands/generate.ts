import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { annexOptions, type AnnexEntry } from "../../core/annex";
import { annexBytes } from "../../hosts/xlsx/annexFile";
import { parse } from "../args";
import { readAnnexFile } from "../annexFiles";
import { readPlanFile, UserError } from "../io";

const USAGE =
  'phuluc generate <tệp.plan.json> -o <phụ-lục.xlsx> [--period "<tên cột số liệu>"] [--against <năm mốc>] [--locality "<xã>"] [--keep-from <phụ-lục-cũ.xlsx>] [--force]';

export async function generateCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      output: { type: "string", short: "o" },
      period: { type: "string" },
      against: { type: "string" },
      locality: { type: "string" },
      "keep-from": { type: "string" },
      force: { type: "boolean" },
    },
    USAGE,
  );
  const [planFile, ...extra] = positionals;
  if (planFile === undefined || extra.length > 0 || values.output === undefined) throw new UserError(`cần một tệp kế hoạch và -o <tệp.xlsx>.\nCách dùng: ${USAGE}`);
  const output = values.output;
  const plan = readPlanFile(planFile);
  if (values.against !== undefined && !("milestones" in plan.period && plan.period.milestones.map(String).includes(values.against))) {
    throw new UserError(`kế hoạch ${plan.id} không có năm mốc ${values.against}.`);
  }
  const keepFrom = values["keep-from"];
  if (keepFrom !== undefined && resolve(keepFrom) === resolve(output)) {
    throw new UserError(`không ghi đè lên tệp đang đọc ${keepFrom}: chọn một tên khác cho -o.`);
  }
  if (existsSync(output) && !values.force) {
    throw new UserError(
      `${output} đã có. Chọn tên khác; hoặc dùng --keep-from ${output} -o <tệp mới> để tạo lại mà giữ số liệu đã nhập; hoặc --force để ghi đè (mất số liệu đã nhập trong tệp đó).`,
    );
  }
  const options = annexOptions({ actualsLabel: values.period ?? null, against: values.against ?? null, locality: values.locality ?? null });
  const entries = new Map<string, AnnexEntry>();
  if (keepFrom !== undefined) {
    const previous = await readAnnexFile(keepFrom);
    for (const [code, entry] of previous.entries) entries.set(code, { actual: entry.actual, note: entry.note });
    if (previous.plan.id !== plan.id) out(`Lưu ý: ${keepFrom} là phụ lục của kế hoạch ${previous.plan.id}, khác ${plan.id}; chỉ giữ số liệu của các mã trùng nhau.`);
  }
  writeFileSync(output, await annexBytes(plan, options, entries));
  const kept = [...entries.values()].filter((e) => e.actual.value !== null || e.note !== null).length;
  out(`Đã tạo ${output}: phụ lục của ${plan.issuer.name}${keepFrom ? `, giữ ${kept} ô số liệu/ghi chú từ ${keepFrom}` : ""}.`);
  return 0;
}
