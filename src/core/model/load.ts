import type { z } from "zod";
import { EXCEED_MARGIN_RULE } from "./exceedMargin";
import { fieldLabel } from "./fieldLabels";
import { CODE_PATTERN, MAX_PART_DEPTH, PlanSchema, SCHEMA_VERSION, type Plan } from "./schema";
import { shorten } from "../vn/text";

/** One problem in a plan file, located by its path in the file (for tools), said in Vietnamese naming the row. */
export interface PlanError {
  /** e.g. "sections[0].indicators[3].name"; "" for the file as a whole. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

/**
 * The only way into a Plan: from the text of a .plan.json file, a workbook's
 * model sheet, or pasted text. Reports every problem at once so the user can
 * fix the file in one pass.
 */
export function loadPlan(jsonText: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(jsonText));
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: jsonSyntaxMessage(jsonText, error) }] };
  }
  return validatePlan(raw);
}

export function validatePlan(raw: unknown): LoadResult {
  // Before the schema, which would recurse as deep as the file nests.
  const tooDeep = depthErrors(raw);
  if (tooDeep.length > 0) return { ok: false, errors: tooDeep };
  const parsed = PlanSchema.safeParse(raw);
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => toPlanError(issue, raw))),
    ...duplicateCodeErrors(raw),
  ];
  errors.sort((a, b) => comparePaths(a.path, b.path));
  if (errors.length > 0 || !parsed.success) {
    return { ok: false, errors };
  }
  return { ok: true, plan: parsed.data };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A file that is not a plan file at all, or one whose text was broken by hand. Said as an officer
 * reads it: what the file is and what to choose instead; never the file format's own name.
 */
function jsonSyntaxMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  if (text.trim() === "") {
    return "Tệp rỗng, không có kế hoạch nào: chọn lại tệp kế hoạch đã lưu.";
  }
  const other = otherKindOfFile(text);
  if (other !== null) return other;
  if (position?.[1] !== undefined) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    return `Tệp kế hoạch bị hỏng ở dòng ${line}, cột ${column} (thừa hoặc thiếu dấu phẩy, dấu ngoặc, dấu nháy quanh chỗ này): sửa chỗ đó bằng trình soạn thảo văn bản, hoặc dùng bản tệp trước khi sửa.`;
  }
  return "Tệp kế hoạch bị cắt cụt (thiếu phần cuối): chép lại tệp từ nơi đã lưu, hoặc dùng bản tệp trước khi sửa.";
}

/** The first bytes of a file picked by mistake: a workbook, a Word document, a PDF. */
function otherKindOfFile(text: string): string | null {
  const start = stripBom(text).trimStart();
  if (start.startsWith("PK")) {
    return "Đây là một tệp Excel hoặc Word, không phải tệp kế hoạch: một phụ lục đã nhập số liệu thì mở như phụ lục; văn bản kế hoạch thì nhập kế hoạch từ văn bản; nếu không, chọn tệp kế hoạch đã lưu.";
  }
  if (start.startsWith("%PDF")) return "Đây là một tệp PDF, không phải tệp kế hoạch: nhập kế hoạch từ văn bản này, hoặc chọn tệp kế hoạch đã lưu.";
  if (/^[^{[\s]/u.test(start)) return "Tệp này không phải tệp kế hoạch (nội dung là văn bản thường): nhập kế hoạch từ văn bản này, hoặc chọn tệp kế hoạch đã lưu.";
  return null;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function comparePaths(a: string, b: string): number {
  const key = (p: string) => p.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(6, "0")}]`);
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== "object") {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Where in the plan, as an officer names it: "Chỉ tiêu 3 «Thu ngân sách»", "Chỉ tiêu 1, thành
 * phần 2 «Chi đầu tư»", "Phần «Về kinh tế»", "Thông tin văn bản"; "" for the file as a whole.
 * By the printed STT and name, never by a path or an internal code.
 */
export function whereInPlan(raw: unknown, path: readonly PropertyKey[]): string {
  const [first, sectionIndex, third, indicatorIndex] = path;
  if (first === "document") return "Thông tin văn bản";
  if (first === "issuer") return "Cơ quan ban hành";
  if (first !== "sections" || typeof sectionIndex !== "number") return "";
  const section = valueAt(raw, ["sections", sectionIndex]);
  const title = textField(section, "title");
  if (third !== "indicators" || typeof indicatorIndex !== "number") return title === null ? `Phần thứ ${sectionIndex + 1}` : `Phần «${shorten(title, SHOWN_CHARACTERS)}»`;
  let at: PropertyKey[] = ["sections", sectionIndex, "indicators", indicatorIndex];
  let label = indicatorLabel(valueAt(raw, at), indicatorIndex, "Chỉ tiêu");
  // "Chỉ tiêu thứ 3" counts within its section: say which.
  if (label.startsWith("Chỉ tiêu thứ ") && title !== null) label += ` (phần «${shorten(title, SHOWN_CHARACTERS)}»)`;
  for (let k = 4; k + 1 < path.length && path[k] === "parts" && typeof path[k + 1] === "number"; k += 2) {
    const index = path[k + 1] as number;
    at = [...at, "parts", index];
    label = `${label.replace(/ \(phần «.*»\)$/u, "").replace(/ «[^»]*»$/u, "")}, ${indicatorLabel(valueAt(raw, at), index, "thành phần")}`;
  }
  return label;
}

function textField(item: unknown, key: string): string | null {
  if (item === null || typeof item !== "object") return null;
  const value = (item as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** "Chỉ tiêu 3 «Thu ngân sách»" from a printed STT "(3)"; "Chỉ tiêu thứ 4 «...»" when the STT has no number ("-"). */
function indicatorLabel(item: unknown, index: number, noun: string): string {
  const stt = textField(item, "stt");
  const number = stt === null ? null : (/\d+(?:\.\d+)*/.exec(stt)?.[0] ?? null);
  const name = textField(item, "name");
  return `${noun} ${number ?? `thứ ${index + 1}`}${name === null ? "" : ` «${shorten(name, SHOWN_CHARACTERS)}»`}`;
}

const SHOWN_CHARACTERS = 60;

function describeValue(value: unknown): string {
  if (value === undefined) return "không có";
  if (value === null) return "để trống";
  if (Array.isArray(value)) return "một danh sách";
  if (typeof value === "string") return `chuỗi "${shorten(value, SHOWN_CHARACTERS)}"`;
  if (typeof value === "number") return `số ${value}`;
  if (typeof value === "boolean") return `giá trị ${value ? "đúng" : "sai"}`;
  return "một đối tượng";
}

const EXPECTED: Record<string, string> = {
  string: "một chuỗi văn bản",
  number: "một số",
  int: "một số nguyên",
  object: "một nhóm thông tin",
  array: "một danh sách",
  boolean: "đúng hoặc sai",
  null: "để trống",
};

function toPlanError(issue: z.core.$ZodIssue, raw: unknown): PlanError {
  const path = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  const label = fieldLabel(issue.path);
  const where = whereInPlan(raw, issue.path);
  const what = issueMessage(issue, label, value);
  return { path, message: where === "" ? capitalize(what) : `${where}: ${what}` };
}

function issueMessage(issue: z.core.$ZodIssue, label: string, value: unknown): string {
  const key = issue.path[issue.path.length - 1];
  if (issue.message === "exceed_margin") {
    return `${label} ${EXCEED_MARGIN_RULE} (đang là ${describeValue(value)})`;
  }
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) {
        return `thiếu ${label}`;
      }
      if (value === null) {
        return `${label} không được để trống: cần ${EXPECTED[issue.expected] ?? issue.expected}`;
      }
      return `${label} phải là ${EXPECTED[issue.expected] ?? issue.expected}, nhưng đang là ${describeValue(value)}`;
    case "unrecognized_keys":
      return `trường không có trong mô hình: ${issue.keys.map((k) => `"${k}"`).join(", ")}; kiểm tra chính tả tên trường hoặc xóa đi`;
    case "invalid_value":
      if (key === "schemaVersion") {
        return `phiên bản lược đồ phải là ${SCHEMA_VERSION} (đang là ${describeValue(value)})`;
      }
      return `${label} phải là một trong ${issue.values.map((v) => `"${String(v)}"`).join(", ")} (đang là ${describeValue(value)})`;
    case "invalid_union":
      if (key === "period") {
        return `thời kỳ kế hoạch phải là một năm (năm kế hoạch), hoặc một giai đoạn có năm bắt đầu, năm kết thúc và các năm mốc (đang là ${describeValue(value)})`;
      }
      return `${label} không đúng dạng`;
    case "too_small":
      if (issue.origin === "array") {
        return `${label} không được rỗng`;
      }
      return `${label} phải từ ${String(issue.minimum)} trở lên (đang là ${describeValue(value)})`;
    case "too_big":
      return `${label} phải không quá ${String(issue.maximum)} (đang là ${describeValue(value)})`;
    case "invalid_format":
      return formatMessage(issue.message, label, value);
    case "custom":
      if (issue.message === "quote_required") {
        return `thiếu ${label}: chép nguyên văn câu hoặc dòng của văn bản nêu chỉ tiêu, hoặc ghi rõ chỉ tiêu do cán bộ tự nhập`;
      }
      if (issue.message === "period_order") {
        return "năm bắt đầu lớn hơn năm kết thúc: kiểm tra lại thời kỳ kế hoạch";
      }
      return `${label} không hợp lệ`;
    case "invalid_key":
      return `năm mốc phải là năm có 4 chữ số, ví dụ "2025"`;
    default:
      return `${label} không hợp lệ (${describeValue(value)})`;
  }
}

function formatMessage(tag: string, label: string, value: unknown): string {
  switch (tag) {
    case "blank":
      return `${label} chỉ có khoảng trắng: ghi đúng như văn bản in; nếu văn bản để trống ô này, để trống hẳn (không có ký tự nào)`;
    case "code_pattern":
      return `${label} ${describeValue(value)} chỉ được gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới`;
    case "plan_id":
      return `${label} ${describeValue(value)} chỉ được gồm chữ thường không dấu, chữ số và gạch ngang`;
    case "partial_date":
      return `${label} phải có dạng "19/01/2024" (hoặc "2024-01-19"), "01/2024" hay "2024" khi văn bản để trống ngày, tháng`;
    case "deadline_date":
      return `${label} phải là một ngày, dạng "05/11/2024" hoặc "2024-11-05" (hạn nộp báo cáo ghi "trước ngày 05/11/2024")`;
    case "year_key":
      return `năm mốc phải là năm có 4 chữ số, ví dụ "2025"`;
    default:
      return `${label} không đúng dạng (${describeValue(value)})`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Codes must be unique across indicators and parts of the whole plan. */
function duplicateCodeErrors(raw: unknown): PlanError[] {
  const errors: PlanError[] = [];
  const firstSeen = new Map<string, string>();
  const visit = (item: unknown, path: PropertyKey[]): void => {
    if (item === null || typeof item !== "object") return;
    const { code, parts } = item as Record<string, unknown>;
    if (typeof code === "string" && CODE_PATTERN.test(code)) {
      const first = firstSeen.get(code);
      if (first === undefined) {
        firstSeen.set(code, whereInPlan(raw, [...path, "code"]) || formatPath(path));
      } else {
        const where = whereInPlan(raw, [...path, "code"]);
        errors.push({
          path: formatPath([...path, "code"]),
          // Named by both rows: the code itself means nothing to whoever reads the message.
          message: `${where === "" ? "" : `${where}: `}trùng mã chỉ tiêu với ${first}: mỗi chỉ tiêu và chỉ tiêu thành phần cần một mã riêng`,
        });
      }
    }
    if (Array.isArray(parts)) parts.forEach((part, p) => visit(part, [...path, "parts", p]));
  };
  const sections = valueAt(raw, ["sections"]);
  if (Array.isArray(sections)) {
    sections.forEach((section, s) => {
      const indicators = valueAt(section, ["indicators"]);
      if (Array.isArray(indicators)) indicators.forEach((item, i) => visit(item, ["sections", s, "indicators", i]));
    });
  }
  return errors;
}

/** Indicators whose parts nest deeper than MAX_PART_DEPTH, found without recursion. */
function depthErrors(raw: unknown): PlanError[] {
  const errors: PlanError[] = [];
  const sections = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>).sections : undefined;
  if (!Array.isArray(sections)) return errors;
  sections.forEach((section: unknown, s) => {
    const indicators = section !== null && typeof section === "object" ? (section as Record<string, unknown>).indicators : undefined;
    if (!Array.isArray(indicators)) return;
    indicators.forEach((top: unknown, i) => {
      const stack: { item: unknown; depth: number }[] = [{ item: top, depth: 0 }];
      while (stack.length > 0) {
        const { item, depth } = stack.pop() as { item: unknown; depth: number };
        if (item === null || typeof item !== "object") continue;
        const parts = (item as Record<string, unknown>).parts;
        if (!Array.isArray(parts) || parts.length === 0) continue;
        if (depth + 1 > MAX_PART_DEPTH) {
          const path: PropertyKey[] = ["sections", s, "indicators", i];
          errors.push({
            path: formatPath(path),
            message: `Chỉ tiêu thành phần lồng nhau quá ${MAX_PART_DEPTH} cấp${whereInPlan(raw, path)}: một phụ lục chỉ có chỉ tiêu, chỉ tiêu thành phần và vài cấp nhỏ hơn; đưa các cấp sâu hơn lên thành chỉ tiêu riêng.`,
          });
          return;
        }
        for (const part of parts) stack.push({ item: part, depth: depth + 1 });
      }
    });
  });
  return errors;
}
