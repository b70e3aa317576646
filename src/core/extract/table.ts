/**
 * An annex table of main indicators (Phụ lục I): a header naming STT / Chỉ tiêu / Đơn vị tính /
 * Kế hoạch / Mục tiêu phấn đấu / Cơ quan chủ trì in any order and wording, then rows: sections
 * (I, II, A, B), numbered indicators, and their "-" / "a" / "1.1" parts.
 */
import { foldVietnamese, foldWhitespace } from "../vn/text";
import { matchUnitAlias, MULTIPLIERS, tokensOf } from "../vn/units";
import type { Line } from "./document";
import { maskMarkup } from "./mask";

export type ColumnRole = "stt" | "name" | "unit" | "target" | "stretch" | "agency" | "milestone" | "other";

export interface TableColumns {
  roles: ColumnRole[];
  /** For milestone columns: their year. */
  years: (number | null)[];
  /** Lines of the header (one or two rows). */
  headerRows: number;
}

export interface TableRow {
  line: Line;
  kind: "section" | "indicator" | "part";
  stt: string;
  name: string;
  unit: string | null;
  target: string | null;
  stretch: string | null;
  agency: string | null;
  milestones: Record<string, string>;
}

export interface IndicatorTable {
  table: number;
  columns: TableColumns;
  rows: TableRow[];
}

const fold = (text: string) => foldVietnamese(maskMarkup(text)).replace(/[^\p{L}\p{N}%/ ]/gu, " ").replace(/\s+/g, " ").trim();

function roleOf(header: string): ColumnRole {
  const h = fold(header);
  const compact = h.replace(/ /g, "");
  if (compact === "stt" || compact === "tt" || h.startsWith("so thu tu")) return "stt";
  if (/\b(don vi tinh|dvt|don vi)\b/.test(h) && !/\bchu tri\b/.test(h)) return "unit";
  if (/\b(co quan|don vi|chu tri|phu trach|theo doi)\b/.test(h)) return "agency";
  if (/\bphan dau\b/.test(h)) return "stretch";
  if (/\b(thuc hien|uoc th|uoc dat|uoc tinh|so sanh|so voi|ty le hoan thanh|ghi chu)\b/.test(h) || /^%/.test(h)) return "other";
  if (/\b(ke hoach|kh|giao|muc tieu|nghi quyet|nq)\b/.test(h)) return "target";
  if (/^(nam|den nam|giai doan)\b/.test(h) && /\d{4}/.test(h)) return "target";
  if (/\b(chi tieu|noi dung|ten chi tieu|danh muc)\b/.test(h)) return /\d{4}/.test(h) ? "target" : "name";
  return "other";
}

/** The header's columns, when the row (and the one under it) reads like an indicator table's header. */
export function readColumns(lines: readonly Line[], at: number): TableColumns | null {
  const first = lines[at]?.cells;
  if (first === undefined || first === null) return null;
  const second = lines[at + 1]?.table === lines[at]?.table ? lines[at + 1]?.cells : null;
  const secondIsHeader = second !== null && second !== undefined && isSecondHeaderRow(second);
  const headers = first.map((cell, i) => foldWhitespace(`${cell} ${secondIsHeader ? (second[i] ?? "") : ""}`));
  // A merged "Kế hoạch" over "2024 | 2025" leaves the second column's own header blank.
  for (let i = 1; i < headers.length; i++) {
    if ((first[i] ?? "").trim() === "" && secondIsHeader && (second[i] ?? "").trim() !== "") headers[i] = `${first[i - 1] ?? ""} ${second[i] ?? ""}`;
  }
  let roles = headers.map(roleOf);
  if (!roles.includes("name") || !(roles.includes("unit") || roles.includes("target"))) return null;
  const years = headers.map((h) => {
    const m = /(\d{4})/.exec(h);
    return m?.[1] === undefined ? null : Number(m[1]);
  });
  // Several target columns with years: the last year is the target, the others are milestones.
  const targetColumns = roles.map((r, i) => (r === "target" ? i : -1)).filter((i) => i >= 0);
  if (targetColumns.length > 1) {
    const withYears = targetColumns.filter((i) => years[i] !== null);
    const last = withYears.reduce<number | null>((best, i) => (best === null || (years[i] ?? 0) > (years[best] ?? 0) ? i : best), null);
    roles = roles.map((role, i) => {
      if (role !== "target") return role;
      if (last === null) return i === targetColumns[0] ? "target" : "other";
      if (i === last) return "target";
      // "Mục tiêu đến năm 2025" beside "... 2030" is a milestone; "Kế hoạch năm 2024" beside "2025" is last year's plan.
      return years[i] !== null && !/\b(ke hoach|kh)\b/.test(fold(headers[i] ?? "")) ? "milestone" : "other";
    });
  }
  return { roles, years, headerRows: secondIsHeader ? 2 : 1 };
}

/** Under a merged header cell ("Kế hoạch" over "2024 | 2025"): no STT, and words or years only. */
function isSecondHeaderRow(cells: readonly string[]): boolean {
  if ((cells[0] ?? "").trim() !== "" || cells.every((c) => c.trim() === "")) return false;
  return cells.every((c) => c.trim() === "" || /^\s*(19|20)\d\d\s*$/.test(c) || /\p{L}{2}/u.test(c));
}

const ROMAN = /^[IVXL]+$/;
const UPPER = /^[A-ZĐ]$/;

/** Every row of the table under its header, classified as section, indicator or part. */
export function readTable(lines: readonly Line[], headerAt: number, columns: TableColumns): IndicatorTable {
  const tableIndex = lines[headerAt]?.table ?? -1;
  const rows: TableRow[] = [];
  const cell = (cells: readonly string[], role: ColumnRole): string | null => {
    const i = columns.roles.indexOf(role);
    if (i < 0) return null;
    const value = (cells[i] ?? "").trim();
    return value === "" ? null : value;
  };
  for (let at = headerAt + columns.headerRows; at < lines.length; at++) {
    const line = lines[at];
    if (line === undefined || line.table !== tableIndex) break;
    const cells = line.cells ?? [];
    // A column-number row ("(1) (2) (3)" or "1 2 3") under the header.
    if (cells.every((c) => /^\s*\(?\d{1,2}\)?\s*$/.test(c) || c.trim() === "")) continue;
    if (readColumns(lines, at) !== null) continue;
    const stt = (cell(cells, "stt") ?? "").replace(/\.$/, "");
    const rawName = cell(cells, "name");
    if (rawName === null) continue;
    let name = foldWhitespace(maskMarkup(rawName));
    // "Trong đó:" alone on a row only introduces the parts under it; "Trong đó: Thu nội địa" is a part.
    const breakdown = BREAKDOWN_LABEL.exec(name);
    if (breakdown !== null) {
      const rest = name.slice(breakdown[0].length).trim();
      if (rest === "" && cell(cells, "target") === null && cell(cells, "unit") === null && cell(cells, "stretch") === null) continue;
      if (rest !== "") name = rest;
    }
    const milestones: Record<string, string> = {};
    columns.roles.forEach((role, i) => {
      const year = columns.years[i];
      const value = (cells[i] ?? "").trim();
      if (role === "milestone" && year !== null && year !== undefined && value !== "") milestones[String(year)] = value;
    });
    const target = cell(cells, "target");
    let unit = cell(cells, "unit");
    // "Tốc độ tăng trưởng GRDP (%)" with the ĐVT cell blank: the unit is printed in the name.
    const named = unit === null ? unitInName(name) : null;
    if (named !== null) {
      unit = named.unit;
      name = named.name;
    }
    const isSection =
      (ROMAN.test(stt) || UPPER.test(stt)) && target === null && unit === null && cell(cells, "stretch") === null;
    const kind: TableRow["kind"] = isSection
      ? "section"
      : /^\d+$/.test(stt)
        ? "indicator"
        : (stt === "" && rows.length === 0 && breakdown === null) ? "indicator" : "part";
    rows.push({
      line,
      kind,
      stt,
      name,
      unit: unit === null ? null : foldWhitespace(maskMarkup(unit)),
      target,
      stretch: cell(cells, "stretch"),
      agency: cell(cells, "agency"),
      milestones,
    });
  }
  return { table: tableIndex, columns, rows };
}

const BREAKDOWN_LABEL = /^trong đó\s*[:,]?\s*/iu;

/** "Tốc độ tăng trưởng GRDP (%)" -> the name without "(%)" and the unit "%"; null when the parenthesis is no unit. */
function unitInName(name: string): { name: string; unit: string } | null {
  const m = /\s*\(([^()]{1,30})\)\s*$/u.exec(name);
  if (m?.[1] === undefined || m.index === 0) return null;
  const tokens = tokensOf(m[1]);
  let at = 0;
  while (at < tokens.length - 1 && MULTIPLIERS[tokens[at]?.orig.toLowerCase() ?? ""] !== undefined) at++;
  const known = matchUnitAlias(tokens, at);
  if (known === null || at + known.length !== tokens.length) return null;
  return { name: name.slice(0, m.index).trim(), unit: foldWhitespace(m[1]) };
}

/** Every indicator table of the document, in order. */
export function findIndicatorTables(lines: readonly Line[]): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  const seen = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    if (line === undefined || line.table === null || seen.has(line.table)) continue;
    const columns = readColumns(lines, at);
    if (columns === null) continue;
    seen.add(line.table);
    const table = readTable(lines, at, columns);
    if (table.rows.some((r) => r.kind !== "section")) tables.push(table);
  }
  return tables;
}
