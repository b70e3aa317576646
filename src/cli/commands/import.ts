import { existsSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { draftIndicators, draftToPlanJson, extractPlan, type DraftPlan } from "../../core/extract";
import { validatePlan, whereInPlan } from "../../core/model";
import { PlanDocumentError, readPlanDocument } from "../../hosts/docs/readPlanDocument";
import { parse } from "../args";
import { planErrorLines, readBytes, UserError } from "../io";

const USAGE = "phuluc import <văn-bản.docx|.pdf|.txt|.xlsx> -o <kế-hoạch.plan.json> [--force]";

/** Warnings listed before the rest are summed up: enough to act on, short enough to read. */
const SHOWN_WARNINGS = 60;

export async function importCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(argv, { output: { type: "string", short: "o" }, force: { type: "boolean" } }, USAGE);
  const [file, ...extra] = positionals;
  const output = values.output;
  if (file === undefined || extra.length > 0 || output === undefined) throw new UserError(`cần một văn bản kế hoạch và -o <tệp kế hoạch>.\nCách dùng: ${USAGE}`);
  if (existsSync(output) && !values.force) throw new UserError(`${output} đã có. Chọn tên khác, hoặc dùng --force để ghi đè.`);

  let draft: DraftPlan;
  try {
    draft = extractPlan(await readPlanDocument(readBytes(file), basename(file)));
  } catch (error) {
    if (error instanceof PlanDocumentError) throw new UserError(error.message);
    throw error;
  }
  const all = draftIndicators(draft);
  if (all.length === 0) {
    throw new UserError(
      `${file}: không tìm thấy chỉ tiêu nào. Văn bản cần có mục «Các chỉ tiêu chủ yếu» (các dòng đánh số (1), 1., a), - ...) hoặc bảng phụ lục có cột Chỉ tiêu, Đơn vị tính, Kế hoạch.`,
    );
  }
  const json = draftToPlanJson(draft);
  writeFileSync(output, `${JSON.stringify(json, null, 2)}\n`);
  out(summary(file, output, draft, json));
  return 0;
}

const ORIGIN: Record<DraftPlan["origin"], string> = {
  table: "theo bảng phụ lục chỉ tiêu",
  list: "theo mục các chỉ tiêu chủ yếu",
  document: "từ các mục có số liệu trong toàn văn bản (không thấy mục chỉ tiêu chủ yếu)",
};

function summary(file: string, output: string, draft: DraftPlan, json: Record<string, unknown>): string {
  const all = draftIndicators(draft);
  const top = all.filter((p) => p.depth === 0).length;
  const lines: string[] = [];
  lines.push(`Đã đọc ${file}: ${top} chỉ tiêu, ${all.length - top} chỉ tiêu thành phần, ${ORIGIN[draft.origin]}.`);
  lines.push(`Kế hoạch: ${draft.title ?? "(chưa rõ tên)"}`);
  lines.push(`  ${[draft.document.kind, draft.document.number === null ? null : `số ${draft.document.number}`, draft.document.date === null ? null : dateText(draft.document.date), draft.issuer.name].filter((x) => x !== null).join(", ")}`);
  if (draft.statedCount !== null) lines.push(`  Văn bản nêu ${draft.statedCount} chỉ tiêu${draft.statedCount === top ? " (khớp)" : `; đã đọc được ${top}: kiểm tra lại`}.`);
  lines.push("Theo phần:");
  for (const section of draft.sections) {
    const stated = section.statedCount === null ? "" : section.statedCount === section.indicators.length ? ` (văn bản nêu ${section.statedCount})` : ` (văn bản nêu ${section.statedCount}: kiểm tra lại)`;
    lines.push(`  ${section.code === null ? "" : `${section.code}. `}${section.title}: ${section.indicators.length} chỉ tiêu${stated}`);
  }
  const warned = all.filter((p) => p.indicator.warnings.length > 0);
  const planWarnings = draft.warnings;
  if (planWarnings.length > 0 || warned.length > 0) {
    lines.push(`Cần xem lại (${planWarnings.length + warned.length}):`);
    for (const w of planWarnings) lines.push(`  ${w}`);
    let shown = 0;
    for (const { indicator, path } of warned) {
      if (shown >= SHOWN_WARNINGS) break;
      lines.push(`  ${whereInPlan(json, path)}: ${indicator.warnings.join(" ")}`);
      shown++;
    }
    if (warned.length > shown) lines.push(`  ... và ${warned.length - shown} chỉ tiêu khác có cảnh báo (xem trong tệp bằng phuluc review).`);
  }
  const check = validatePlan(json);
  lines.push(`Đã ghi ${output}.`);
  if (!check.ok) {
    lines.push(`Trước khi dùng, cần bổ sung trong ${output}:`);
    lines.push(...planErrorLines(output, check.errors).map((l) => `  ${l}`));
  }
  return lines.join("\n");
}

/** "2024-01-19" -> "ngày 19/01/2024"; a date the document leaves partly blank says only what it has. */
function dateText(iso: string): string {
  const [year, month, day] = iso.split("-");
  if (day !== undefined) return `ngày ${day}/${month ?? ""}/${year ?? ""}`;
  if (month !== undefined) return `tháng ${month}/${year ?? ""}`;
  return `năm ${year ?? ""}`;
}
