/**
 * Reads a filled "Giao chỉ tiêu" table into each commune's own targets. Either orientation:
 * communes as rows and indicators as columns (the table we generate), or indicators as rows and
 * communes as columns (the same transposed, or a table an office typed itself). Columns are known
 * by the hidden codes row when there is one, else by the indicators' names (case, diacritics,
 * spacing and a leading STT aside). Targets are read as officers type them ("45,5", "≥ 90%",
 * "Đạt chuẩn NTM", a number Excel stored as a number or a percentage) with the one target reader
 * (vn/target.ts); what it cannot read is an error naming the commune and the indicator, never a
 * guess. A blank cell, "-" or "không giao" assigns nothing.
 */
import { z } from "zod";
import { gridCell, gridColumnCount, type GridCell, type GridSheet, type GridWorkbook } from "../annex/grid";
import { columnLetter } from "../annex/sheet";
import { warningKind } from "../check/review/warnings";
import { localityKey } from "../consolidate/localities";
import { labelList, type Plan } from "../model";
import { cleanTyped, foldVietnamese, foldWhitespace, formatNumber, normalizeUnit, parseTarget } from "../vn";
import { assignedIndicators, type AssignedIndicator } from "./columns";
import { ASSIGN_SHEET_NAME, CODES_MARK } from "./table";

export type Orientation = "communes-as-rows" | "communes-as-columns";

export interface CommuneTargets {
  /** As typed, cleaned (no invisible characters, spaces folded). */
  name: string;
  /** Where it is in the table: "dòng 12" or "cột E". */
  where: string;
  /** By indicator code: the target as typed, or null when not assigned. Every column found is here. */
  targets: Record<string, string | null>;
}

export interface AssignTable {
  sheet: string;
  orientation: Orientation;
  /** The indicators the table has a column (or row) for, in plan order. */
  indicators: AssignedIndicator[];
  communes: CommuneTargets[];
  /** What the officer may want to know: indicators not in the table or assigned to nobody, figures read with an assumption. */
  notes: string[];
}

export type AssignReading = ({ ok: true } & AssignTable) | { ok: false; errors: string[] };

/** Longest commune name and target accepted: longer is a paste gone wrong, not a name. */
const NAME_LIMIT = 100;
const TARGET_LIMIT = 500;
const MAX_ERRORS = 40;
const SEARCHED_LINES = 60;

/** The boundary: what a commune's line must be once read (messages are made from the issues' paths). */
const CommuneSchema = z.strictObject({
  name: z.string().min(1).max(NAME_LIMIT).regex(/^[^\u0000-\u001F\u007F]*$/u),
  targets: z.record(z.string(), z.string().min(1).max(TARGET_LIMIT).regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/u).nullable()),
});

/** One orientation of a sheet: lines run along the communes, positions across them. */
interface View {
  orientation: Orientation;
  lines: number;
  positions: number;
  cell: (line: number, position: number) => GridCell;
  /** "dòng" or "cột": what a commune takes. */
  lineWord: string;
  /** "cột" or "dòng": what an indicator takes. */
  positionWord: string;
  lineName: (line: number) => string;
  positionName: (position: number) => string;
  address: (line: number, position: number) => string;
}

function views(sheet: GridSheet): View[] {
  const rows = sheet.rows.length;
  const columns = gridColumnCount(sheet);
  return [
    {
      orientation: "communes-as-rows",
      lines: rows,
      positions: columns,
      cell: (line, position) => gridCell(sheet, line, position),
      lineWord: "dòng",
      positionWord: "cột",
      lineName: (line) => `dòng ${line}`,
      positionName: (position) => `cột ${columnLetter(position)}`,
      address: (line, position) => `${columnLetter(position)}${line}`,
    },
    {
      orientation: "communes-as-columns",
      lines: columns,
      positions: rows,
      cell: (line, position) => gridCell(sheet, position, line),
      lineWord: "cột",
      positionWord: "dòng",
      lineName: (line) => `cột ${columnLetter(line)}`,
      positionName: (position) => `dòng ${position}`,
      address: (line, position) => `${columnLetter(line)}${position}`,
    },
  ];
}

const textOf = (cell: GridCell): string => (typeof cell.value === "string" ? foldWhitespace(cleanTyped(cell.value)) : typeof cell.value === "number" ? String(cell.value) : "");

/** A header as people type it, for comparing: folded, without a leading STT ("3.", "a)", "-") or a trailing "(ĐVT: %)". */
function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/^(?:[0-9ivxlc]+(?:\.[0-9]+)*[.)]?|[a-zđ]\)|[-+*•])\s+/u, "")
    .replace(/\s*\((?:dvt|don vi tinh)?:?[^()]*\)$/u, "")
    .replace(/[.:;,]+$/u, "")
    .trim();
}

interface Located {
  view: View;
  /** The line holding the codes or the names. */
  header: number;
  by: "codes" | "names";
  at: Map<number, AssignedIndicator>;
  /** Indicators found twice. */
  repeated: { item: AssignedIndicator; positions: number[] }[];
}

function locate(view: View, items: readonly AssignedIndicator[]): Located | null {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const byName = new Map<string, AssignedIndicator[]>();
  for (const item of items) {
    const keys = new Set([headerKey(item.name), headerKey(item.placed.indicator.name)]);
    for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), item]);
  }
  let best: Located | null = null;
  let bestScore = 0;
  for (let line = 1; line <= Math.min(view.lines, SEARCHED_LINES); line++) {
    const codes = new Map<number, AssignedIndicator>();
    const names = new Map<number, AssignedIndicator>();
    const usedNames = new Set<AssignedIndicator>();
    for (let position = 1; position <= view.positions; position++) {
      const text = textOf(view.cell(line, position));
      if (text === "") continue;
      const coded = byCode.get(text);
      if (coded !== undefined) codes.set(position, coded);
      // The same name twice (two sections' "Tỷ lệ ..."): the next one not yet taken, in order.
      const named = byName.get(headerKey(text))?.find((item) => !usedNames.has(item));
      if (named !== undefined) {
        names.set(position, named);
        usedNames.add(named);
      }
    }
    const marked = textOf(view.cell(line, 1)) === CODES_MARK;
    const [by, at] = codes.size > 0 && (marked || codes.size >= names.size) ? (["codes", codes] as const) : (["names", names] as const);
    // Codes beat names; a line needs two indicators (or our mark) to be the header.
    const score = (by === "codes" ? 10_000 : 0) + (marked ? 100_000 : 0) + at.size;
    if (at.size >= (marked ? 1 : Math.min(2, items.length)) && score > bestScore) {
      const positionsOf = new Map<AssignedIndicator, number[]>();
      for (const [position, item] of at) positionsOf.set(item, [...(positionsOf.get(item) ?? []), position]);
      const repeated = [...positionsOf].filter(([, positions]) => positions.length > 1).map(([item, positions]) => ({ item, positions }));
      best = { view, header: line, by, at, repeated };
      bestScore = score;
    }
  }
  return best;
}

const NAME_HEADER_WORDS = /\b(ten|don vi|xa|phuong|dac khu|thi tran|dia phuong)\b/u;
/** Lines between the headers and the communes, and totals under them: not communes. */
const NOT_A_COMMUNE = /^(dvt|don vi tinh|chi tieu chung|ke hoach|ke hoach chung|ke hoach cua|chi tieu cua|tong|tong cong|cong|toan tinh|toan huyen|toan thanh pho|ghi chu)\b/u;
const NOT_ASSIGNED = /^(?:-+|–|—|không giao|khong giao)$/iu;

/** The position of the communes' names: headed "Tên đơn vị", "Xã, phường"…, else the last before the first indicator. */
function namePosition(found: Located): number | null {
  const first = Math.min(...found.at.keys());
  const candidates = Array.from({ length: first - 1 }, (_, i) => first - 1 - i);
  const headed = candidates.find((position) => {
    for (let line = 1; line <= found.header; line++) if (NAME_HEADER_WORDS.test(foldVietnamese(textOf(found.view.cell(line, position))))) return true;
    return false;
  });
  if (headed !== undefined) return headed;
  return candidates.find((position) => {
    for (let line = found.header + 1; line <= found.view.lines; line++) {
      const text = textOf(found.view.cell(line, position));
      if (text !== "" && !/^[0-9.,)\s]+$/u.test(text)) return true;
    }
    return false;
  }) ?? null;
}

type CellReading = { ok: true; text: string | null } | { ok: false; why: string };

/** A cell's target as the officer meant it: a number Excel stored as such back in Vietnamese form. */
function cellTarget(cell: GridCell): CellReading {
  const { value } = cell;
  if (value === null) return { ok: true, text: null };
  if (typeof value === "boolean") return { ok: false, why: `ô ghi ${value ? "TRUE" : "FALSE"}, không phải chỉ tiêu` };
  if (typeof value === "number") {
    const tidy = (n: number) => Number(n.toPrecision(12));
    if (cell.numFmt !== undefined && cell.numFmt.includes("%")) return { ok: true, text: `${formatNumber(tidy(value * 100))}%` };
    return { ok: true, text: formatNumber(tidy(value)) };
  }
  const text = foldWhitespace(cleanTyped(value));
  if (text === "" || NOT_ASSIGNED.test(text)) return { ok: true, text: null };
  if (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?$/u.test(text)) return { ok: false, why: "Excel đã đổi ô thành ngày tháng; định dạng ô là Văn bản (Text) rồi gõ lại" };
  if (/^#[A-Z/0!?]+$/u.test(text)) return { ok: false, why: `ô có lỗi công thức ${text}` };
  return { ok: true, text };
}

const reasonOf = (issue: z.core.$ZodIssue): string =>
  issue.code === "too_big" ? "quá dài" : issue.code === "too_small" ? "để trống" : issue.code === "invalid_format" ? "có ký tự điều khiển (dán từ nơi khác?)" : "không hợp lệ";

/**
 * @example
 * readAssignTable(grid, plan) //=> { ok: true, orientation: "communes-as-rows", communes: [{ name: "Xã An Bình", targets: { CT03: "45,5", CT09: null } }], … }
 */
export function readAssignTable(workbook: GridWorkbook, plan: Plan): AssignReading {
  const items = assignedIndicators(plan);
  const sheets = workbook.sheets.filter((s) => s.visibility === "visible").sort((a, b) => Number(b.name === ASSIGN_SHEET_NAME) - Number(a.name === ASSIGN_SHEET_NAME));
  let found: Located | null = null;
  let sheetName = "";
  for (const sheet of sheets) {
    for (const view of views(sheet)) {
      const here = locate(view, items);
      if (here !== null && (found === null || here.at.size + (here.by === "codes" ? 10_000 : 0) > found.at.size + (found.by === "codes" ? 10_000 : 0))) {
        found = here;
        sheetName = sheet.name;
      }
    }
    if (found !== null) break;
  }
  if (found === null) {
    return {
      ok: false,
      errors: [`Không thấy bảng giao chỉ tiêu của kế hoạch «${plan.title}»: không có dòng hay cột nào mang tên các chỉ tiêu của kế hoạch. Tải bảng giao chỉ tiêu trống của kế hoạch này, điền chỉ tiêu cho từng đơn vị rồi chọn lại.`],
    };
  }
  const { view } = found;
  const errors: string[] = [];
  if (found.by === "codes") {
    const planId = textOf(view.cell(found.header, 2));
    if (textOf(view.cell(found.header, 1)) === CODES_MARK && planId !== "" && planId !== plan.id) {
      return { ok: false, errors: [`Bảng giao chỉ tiêu này được lập cho một kế hoạch khác, không phải «${plan.title}»: tải bảng trống của kế hoạch này rồi điền lại.`] };
    }
  }
  for (const { item, positions } of found.repeated) {
    errors.push(`${item.label} có ${positions.length} ${view.positionWord} (${positions.map((p) => view.positionName(p)).join(", ")}): giữ một, xóa các ${view.positionWord} còn lại.`);
  }
  const names = namePosition(found);
  const across = view.positionWord;
  if (names === null) {
    return { ok: false, errors: [...errors, `Không thấy ${across} tên đơn vị: ghi tên từng xã ở ${across} ngay trước ${across} chỉ tiêu đầu tiên, mỗi xã một ${view.lineWord}.`] };
  }
  const columns = [...found.at].filter(([, item]) => !found.repeated.some((r) => r.item === item)).sort(([a], [b]) => a - b);
  const indicators = items.filter((item) => columns.some(([, c]) => c === item));
  const units = new Map(indicators.map((item) => [item, normalizeUnit(item.unit)]));

  const communes: CommuneTargets[] = [];
  const seen = new Map<string, string>();
  const notes: string[] = [];
  for (let line = found.header + 1; line <= view.lines; line++) {
    const rawName = textOf(view.cell(line, names));
    const values = columns.map(([position, item]) => ({ position, item, cell: view.cell(line, position) }));
    const filled = values.filter((v) => v.cell.value !== null && textOf(v.cell) !== "");
    if (rawName === "") {
      if (filled.length === 0) continue;
      // The units line of a hand-made table: every figure is its column's unit.
      if (filled.every((v) => normalizeUnit(textOf(v.cell)) !== null && normalizeUnit(textOf(v.cell)) === units.get(v.item))) continue;
      errors.push(`${view.lineName(line)}: có chỉ tiêu mà chưa có tên đơn vị; ghi tên xã vào ô ${view.address(line, names)} hoặc xóa ${view.lineWord} này.`);
      continue;
    }
    const folded = foldVietnamese(rawName);
    if (/^[0-9.,\s]+$/u.test(rawName) && filled.length === 0) continue;
    if (NOT_A_COMMUNE.test(folded)) {
      if (/^(tong|cong|toan)/u.test(folded)) notes.push(`${view.lineName(line)} «${rawName}» là dòng tổng, không phải một đơn vị: không dùng.`);
      continue;
    }
    const name = rawName.normalize("NFC");
    const key = localityKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(`Đơn vị «${name}» ghi hai lần (${earlier} và ${view.lineName(line)}): mỗi đơn vị một ${view.lineWord}; gộp chỉ tiêu vào một rồi xóa ${view.lineWord} kia.`);
      continue;
    }
    seen.set(key, view.lineName(line));
    const targets: Record<string, string | null> = {};
    for (const { position, item, cell } of values) {
      const where = `«${name}», ${item.label} (ô ${view.address(line, position)})`;
      const read = cellTarget(cell);
      if (!read.ok) {
        errors.push(`${where}: ${read.why}.`);
        continue;
      }
      targets[item.code] = read.text;
      if (read.text === null) continue;
      const target = parseTarget(read.text, item.unit);
      const mismatch = target.warnings.find((w) => warningKind(w) === "unitMismatch");
      if (mismatch !== undefined) {
        errors.push(`${where} ghi «${read.text}»: ${mismatch} Ghi con số theo đơn vị tính ${item.unit === null ? "của chỉ tiêu" : `«${item.unit}»`}.`);
      } else if (target.op === "text" && /\d/u.test(read.text)) {
        errors.push(`${where} ghi «${read.text}»: không đọc được con số. Ghi lại như 45,5 hoặc từ 90% trở lên, hoặc để trống nếu không giao.`);
      } else {
        const assumed = target.warnings.filter((w) => warningKind(w) === "ambiguous");
        if (assumed.length > 0) notes.push(`${where}: ${assumed.join(" ")}`);
      }
    }
    const checked = CommuneSchema.safeParse({ name, targets });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const code = issue.path[0] === "targets" ? String(issue.path[1]) : null;
        const item = code === null ? undefined : items.find((i) => i.code === code);
        errors.push(item === undefined ? `${view.lineName(line)}: tên đơn vị ${reasonOf(issue)}${issue.code === "too_big" ? ` (quá ${NAME_LIMIT} ký tự)` : ""}.` : `«${name}», ${item.label}: chỉ tiêu ${reasonOf(issue)}${issue.code === "too_big" ? ` (quá ${TARGET_LIMIT} ký tự)` : ""}.`);
      }
      continue;
    }
    communes.push({ name: checked.data.name, where: view.lineName(line), targets: checked.data.targets });
  }
  if (communes.length === 0 && errors.length === 0) {
    errors.push(`Bảng giao chỉ tiêu chưa có đơn vị nào: ghi tên từng xã ở ${across} tên đơn vị (${view.positionName(names)}) và chỉ tiêu giao cho xã ở ${across} của từng chỉ tiêu.`);
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(`… và ${errors.length - MAX_ERRORS} lỗi khác.`);
    return { ok: false, errors: shown };
  }
  // A header the reader could not match, with figures under it: said, so no target is dropped unseen.
  const unmatched: string[] = [];
  for (let position = names + 1; position <= view.positions; position++) {
    const header = textOf(view.cell(found.header, position));
    if (found.at.has(position) || header === "" || found.by === "codes") continue;
    const hasValues = Array.from({ length: view.lines - found.header }, (_, i) => textOf(view.cell(found.header + 1 + i, position))).some((t) => t !== "");
    if (hasValues) unmatched.push(`${view.positionName(position)} «${header}»`);
  }
  if (unmatched.length > 0) {
    notes.push(`Không khớp tên chỉ tiêu nào của kế hoạch, không đọc: ${unmatched.slice(0, 5).join("; ")}${unmatched.length > 5 ? ` và ${unmatched.length - 5} ${view.positionWord} khác` : ""}. Nếu đó là chỉ tiêu, ghi tên đúng như kế hoạch rồi chọn lại bảng.`);
  }
  const absent = items.filter((item) => !indicators.includes(item));
  if (absent.length > 0) notes.push(`Bảng không có ${absent.length} chỉ tiêu, không giao cho đơn vị nào: ${labelList(absent.map((i) => i.label))}.`);
  const nobody = indicators.filter((item) => communes.every((c) => c.targets[item.code] === null));
  if (nobody.length > 0) notes.push(`${nobody.length} chỉ tiêu để trống ở mọi đơn vị (không giao): ${labelList(nobody.map((i) => i.label))}.`);
  return { ok: true, sheet: sheetName, orientation: view.orientation, indicators, communes, notes };
}
