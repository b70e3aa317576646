/**
 * The document's heading: "Số: 230/KH-UBND", "Tháp Mười, ngày 19 tháng 01 năm 2024", the kind
 * and title, the issuer and its level, and the period (a year, or "đến năm 2030" with milestones
 * "đến năm 2025" and a vision "tầm nhìn đến năm 2045").
 */
import type { Level } from "../model/schema";
import { expandAbbreviations } from "../vn/abbreviations";
import { foldKeepingLength, foldVietnamese, foldWhitespace } from "../vn/text";
import type { Line } from "./document";
import { maskMarkup } from "./mask";
import type { DraftHeading } from "./types";

/** The heading is on the first page: a number or date deep in the body is a reference to another document. */
const HEADING_LINES = 40;

const clean = (text: string) => foldWhitespace(maskMarkup(text));

function segments(lines: readonly Line[], limit: number): string[] {
  return lines.slice(0, limit).flatMap((line) => (line.cells ?? [line.text]).map(clean).filter((s) => s !== ""));
}

export function readNumber(lines: readonly Line[]): string | null {
  for (const segment of segments(lines, HEADING_LINES)) {
    // "Số: 230/KH-UBND", "Số 12/NQ-HĐND": a document number always has its "/" and kind.
    const m = /^Số\s*(?::\s*|(?=\d))(\S*\s*\/\s*[\p{Lu}Đ][^\s]*)/u.exec(segment) ?? /^Số\s*:\s*(.*)$/u.exec(segment);
    if (m === null) continue;
    const printed = (m[1] ?? "").split(/\s{2,}|\t/)[0]?.replace(/\s+/g, "") ?? "";
    if (!printed.includes("/")) continue;
    if (!/^\S*\d/.test(printed.split("/")[0] ?? "")) return null;
    return printed;
  }
  return null;
}

const MONTH = "(0?[1-9]|1[0-2])";
const DATE_WORDS = new RegExp(`^(.*?),\\s*ngày\\s*(\\d{1,2})?[\\s.…]*tháng\\s*${MONTH}?[\\s.…]*năm\\s*(\\d{4})`, "u");
const DATE_NUMERIC = /^(.*?),\s*ngày\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

export function readDatePlace(lines: readonly Line[]): { date: string | null; place: string | null } {
  for (const segment of segments(lines, HEADING_LINES)) {
    const words = DATE_WORDS.exec(segment);
    const numeric = words === null ? DATE_NUMERIC.exec(segment) : null;
    const m = words ?? numeric;
    if (m === null) continue;
    const place = (m[1] ?? "").replace(/^.*\bSố\s*:.*?\s{2,}/u, "").trim();
    return { date: isoDate(m[4] ?? "", m[3], m[2]), place: place === "" || place.length > 40 ? null : place };
  }
  return { date: null, place: null };
}

/** "2024-01-19", "2024-01" or "2024" when the document leaves the day or month blank. */
export function isoDate(year: string, month: string | undefined, day: string | undefined): string {
  if (month === undefined || month === "") return year;
  const mm = month.padStart(2, "0");
  if (day === undefined || day === "") return `${year}-${mm}`;
  return `${year}-${mm}-${day.padStart(2, "0")}`;
}

const KINDS: readonly [RegExp, string][] = [
  [/^ke hoach hanh dong\b/, "Kế hoạch hành động"],
  [/^chuong trinh hanh dong\b/, "Chương trình hành động"],
  [/^ke hoach\b/, "Kế hoạch"],
  [/^chuong trinh\b/, "Chương trình"],
  [/^nghi quyet\b/, "Nghị quyết"],
  [/^bao cao\b/, "Báo cáo"],
  [/^de an\b/, "Đề án"],
];

export function readKindAndTitle(lines: readonly Line[]): { kind: string | null; title: string | null } {
  const limit = Math.min(lines.length, HEADING_LINES);
  for (let i = 0; i < limit; i++) {
    const text = clean(lines[i]?.text ?? "");
    const letters = text.replace(/[^\p{L}]/gu, "");
    if (letters === "" || letters !== letters.toUpperCase()) continue;
    const folded = foldVietnamese(text);
    const kind = KINDS.find(([pattern]) => pattern.test(folded));
    if (kind === undefined) continue;
    const exact = folded.replace(/[^a-z ]/g, "").trim() === foldVietnamese(kind[1]);
    const parts: string[] = exact ? [] : [text];
    for (let j = i + 1; j < limit && parts.length < 4; j++) {
      const next = clean(lines[j]?.text ?? "");
      if (next === "" || isUpperCaseLine(next) || /^(căn cứ|thực hiện các|số\s*:)/iu.test(next) || /^([IVXL]+\s*[.\-–)]|\d+\s*[.)]|[a-zđ][.)]|[-–+•*(])/u.test(next) || (parts.length > 0 && (next.length > 150 || /[.;]$/.test(parts[parts.length - 1] ?? "")))) break;
      parts.push(next);
      if (exact && next.length > 150) break;
    }
    return { kind: kind[1], title: parts.length === 0 ? null : parts.join(" ") };
  }
  return { kind: null, title: null };
}

function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

const UNIT_LEVEL: readonly [RegExp, Level][] = [
  [/^(tinh|thanh pho truc thuoc trung uong)$/, "tinh"],
  [/^(huyen|thi xa|quan|thanh pho)$/, "huyen"],
  [/^(xa|phuong|thi tran|dac khu)$/, "xa"],
];

function levelOf(unitWord: string): Level | null {
  const folded = foldVietnamese(unitWord);
  return UNIT_LEVEL.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

const PLACE_NAME = "((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\\p{Ll}]*\\s?){1,4})";
const ADMIN_UNIT = "(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)";
const COUNCIL = "(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)";
const ISSUING = new RegExp(`${COUNCIL}\\s+${ADMIN_UNIT}\\s+${PLACE_NAME}\\s*(?:xây dựng|ban hành|triển khai|đề ra)`, "u");
const TOP_BLOCK = new RegExp(`^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\\s+(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(.+)$`, "u");
const PARTY = new RegExp(`(Ban Chấp hành Đảng bộ|Ban Thường vụ|Đảng ủy|Đảng bộ)\\s+${ADMIN_UNIT}`, "iu");
const PROVINCE = new RegExp(`(?:tỉnh|Tỉnh ủy|Tỉnh uỷ)\\s+${PLACE_NAME}`, "gu");

function titleCase(upper: string): string {
  return upper
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

export function readIssuer(lines: readonly Line[], text: string, title: string | null): DraftHeading["issuer"] {
  const province = mostFrequent([...text.matchAll(PROVINCE)].map((m) => (m[1] ?? "").trim()).filter((p) => p.split(" ").length >= 2));
  const body = ISSUING.exec(text);
  if (body !== null) {
    const unit = body[2] ?? "";
    const council = /^(hội đồng|hđnd)/iu.test(body[1] ?? "") ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
    const level = levelOf(unit);
    const place = (body[3] ?? "").trim();
    return { name: `${council} ${unit} ${place}`, level, province: level === "tinh" ? place : province };
  }
  const top = segments(lines, 12).join("\n");
  const block = /(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s*\n?\s*(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+([^\n\t]+)/u.exec(top);
  if (block !== null && TOP_BLOCK.test(`${block[1]} ${block[2]} ${block[3]}`)) {
    const council = /^(HỘI|HĐND)/u.test(block[1] ?? "") ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
    const unit = (block[2] ?? "").toLocaleLowerCase("vi");
    const level = levelOf(unit);
    const place = titleCase(clean(block[3] ?? "").replace(/[*]/g, ""));
    return { name: `${council} ${unit} ${place}`, level, province: level === "tinh" ? place : province };
  }
  const partyBlock = PARTY_TOP.exec(top);
  if (partyBlock !== null) {
    const unit = (partyBlock[2] ?? "").toLocaleLowerCase("vi");
    const level = levelOf(unit);
    const place = titleCase(clean(partyBlock[3] ?? "").replace(/[*]/g, ""));
    const organ = (partyBlock[1] ?? "").toLocaleLowerCase("vi").replace(/^./u, (c) => c.toLocaleUpperCase("vi")).replace(/đảng/u, "Đảng");
    return { name: `${organ} ${unit} ${place}`, level, province: level === "tinh" ? place : province };
  }
  const attached = attachedIssuer(text);
  if (attached !== null) return { ...attached, province: attached.level === "tinh" ? attached.province : province };
  const party = PARTY.exec(`${title ?? ""}\n${text.slice(0, 5000)}`);
  if (party !== null) {
    const unit = (party[2] ?? "").toLocaleLowerCase("vi");
    const level = levelOf(unit);
    const name = `${party[1] ?? ""} ${unit}${level === "tinh" && province !== null ? ` ${province}` : ""}`;
    return { name: expandAbbreviations(name), level, province };
  }
  return { name: null, level: null, province };
}

/** "ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC", "BAN THƯỜNG VỤ ĐẢNG ỦY XÃ TÂN PHƯỚC" at the top of a party document. */
const PARTY_TOP = /^(?:BAN THƯỜNG VỤ |BAN CHẤP HÀNH )?(ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ)\s+(XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|HUYỆN|TỈNH|THÀNH PHỐ)\s+([^\n\t]+)$/mu;

/**
 * "(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)": an
 * annex printed alone (an .xlsx, the annex pages of a PDF) names its plan in this line.
 */
const ATTACHED = new RegExp(
  `kèm theo\\s+(kế hoạch hành động|chương trình hành động|kế hoạch|nghị quyết|báo cáo|chương trình|quyết định)\\s+số\\s*:?\\s*([^\\s,]*\\/[^\\s,]+)?[\\s,]*(?:ngày\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}))?[^)]*?của\\s+${COUNCIL}\\s+${ADMIN_UNIT}\\s+([^)\\n\\t]+)`,
  "iu",
);

export interface AttachedTo {
  kind: string;
  number: string | null;
  date: string | null;
}

/** The plan an annex says it is attached to; null when it prints no such line. */
export function readAttachedTo(text: string): AttachedTo | null {
  const m = ATTACHED.exec(text.slice(0, 20000));
  if (m === null) return null;
  const kind = (m[1] ?? "").toLocaleLowerCase("vi").replace(/^./u, (c) => c.toLocaleUpperCase("vi"));
  const number = m[2] === undefined || !/^\S*\d/.test(m[2]) ? null : m[2];
  const date = m[5] === undefined ? null : isoDate(m[5], m[4], m[3]);
  return { kind, number, date };
}

function attachedIssuer(text: string): { name: string; level: Level | null; province: string | null } | null {
  const m = ATTACHED.exec(text.slice(0, 20000));
  if (m === null) return null;
  const council = /^(hội đồng|hđnd)/iu.test(m[6] ?? "") ? "Hội đồng nhân dân" : "Ủy ban nhân dân";
  const unit = (m[7] ?? "").toLocaleLowerCase("vi");
  const place = clean(m[8] ?? "").replace(/[.;,]+$/, "");
  const level = levelOf(unit);
  return { name: `${council} ${unit} ${place}`, level, province: level === "tinh" ? place : null };
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * A year plan ("năm 2024"), or a period to a year with its milestones and vision. The title
 * decides; failing that, the year most often planned for in the text.
 */
export function readPeriod(title: string | null, text: string, listText: string, dateYear: number | null): DraftHeading["period"] {
  const t = foldKeepingLength(title ?? "");
  const vision = /tam nhin (?:den )?(?:nam )?(\d{4})/.exec(foldKeepingLength(text.slice(0, 20000)));
  const range = /(?:giai doan|thoi ky|nhiem ky)\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(t);
  const to = /den nam (\d{4})/.exec(t);
  if (range !== null || to !== null) {
    const end = Number(range?.[2] ?? to?.[1]);
    const listFolded = foldKeepingLength(listText);
    const stated = [...foldKeepingLength(text).matchAll(/(?:giai doan|thoi ky)\s*(\d{4})\s*[-–—]\s*(\d{4})/g)].find((m) => Number(m[2]) === end);
    const from = Number(range?.[1] ?? stated?.[1] ?? end - 9);
    const milestones = new Set<number>();
    for (const m of listFolded.matchAll(/(?:den nam|giai doan \d{4}\s*[-–—]\s*|nam)\s*(\d{4})/g)) {
      const year = Number(m[1]);
      if (year > from && year < end) milestones.add(year);
    }
    return { from, to: end, milestones: [...milestones].sort(), vision: vision === null ? null : Number(vision[1]) };
  }
  const year = /nam (\d{4})/.exec(t);
  if (year !== null) return { year: Number(year[1]) };
  const years = [...foldKeepingLength(listText || text).matchAll(/nam (\d{4})/g)].map((m) => Number(m[1])).filter((y) => dateYear === null || y >= dateYear);
  const best = mostFrequent(years.map(String));
  return best === null ? (dateYear === null ? null : { year: dateYear }) : { year: Number(best) };
}

/** "tien-lu-2024" from the issuer's place and the plan's year. */
export function planId(issuerName: string | null, place: string | null, period: DraftHeading["period"]): string {
  const where = place ?? issuerName?.replace(/^.*?\b(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\s+/iu, "") ?? "ke-hoach";
  const year = period === null ? "" : "year" in period ? String(period.year) : String(period.to);
  const slug = foldVietnamese(`${where} ${year}`).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" ? "ke-hoach" : slug;
}
