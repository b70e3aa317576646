/**
 * Commune annexes for tests and benchmarks: a realistic 40-row commune plan template (the kind of
 * indicators of seeds/duc-thanh-2024.plan.json: values in triệu đồng, tấn, ha, con, hộ, người, and
 * rates with their numerator and denominator) and N communes, each with its own plausible targets
 * and actuals (seeded pseudo-random: the same seed gives the same files), some blanks and a few
 * entries that cannot be read, written as real annex .xlsx files by the xlsx host.
 */
import { random } from "./random";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { annexOptions, type AnnexEntry } from "../../src/core/annex";
import { loadPlan, placedIndicators, type AggregateInput, type IndicatorInput, type Plan, type PlanInput } from "../../src/core/model";
import { withTargets } from "../../src/core/model/withTargets";
import { foldVietnamese, formatNumber } from "../../src/core/vn";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";

export const COMMUNE_PLAN_ID = "mau-xa-2025";
export const COMMUNE_PERIOD = "Ước thực hiện năm 2025";


/** How a commune's figures of an indicator are made from its size (see `makeCommunes`). */
type Figure =
  /** A level proportional to the commune: base × size, rounded to `decimals`. */
  | { kind: "level"; base: number; decimals?: number; phrase?: "point" | "floor" | "ceiling" }
  /** A share of another level of the same commune (households with clean water of all households). */
  | { kind: "share"; of: string; share: number; spread: number; phrase?: "point" | "floor" | "ceiling" }
  /** Numerator ÷ denominator × 100 of two other indicators (by code), the plan's target phrase. */
  | { kind: "rate"; of: [string, string]; phrase: "floor" | "ceiling" | "point" }
  /** A percentage independent of size: target around `base`, actual around it. */
  | { kind: "percent"; base: number; spread: number; phrase: "floor" | "ceiling" | "point" | "change" }
  /** A level not scaled by size (a count of villages out of a total, a rank). */
  | { kind: "fixed"; target: (next: () => number) => string; actual: (next: () => number) => number | string }
  | { kind: "qualitative"; target: string };

interface Row {
  name: string;
  unit: string | null;
  figure: Figure;
  aggregate?: AggregateInput;
  agency: string;
  parts?: Row[];
}

const KT = "Công chức Tài chính - Kế toán";
const NN = "Công chức Địa chính - Nông nghiệp";
const VX = "Công chức Văn hóa - Xã hội";
const VP = "Công chức Văn phòng - Thống kê";
const CA = "Công an xã";
const QS = "Ban Chỉ huy Quân sự xã";

/** The template's sections; codes CT01… are given in order, parts CT01.1…. 40 rows in all. */
const SECTIONS: { title: string; rows: Row[] }[] = [
  {
    title: "Chỉ tiêu kinh tế",
    rows: [
      {
        name: "Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010)",
        unit: "triệu đồng",
        agency: KT,
        figure: { kind: "level", base: 210_000 },
        parts: [
          { name: "Nông - lâm - thủy sản", unit: "triệu đồng", agency: NN, figure: { kind: "level", base: 52_000 } },
          { name: "Công nghiệp - TTCN - xây dựng", unit: "triệu đồng", agency: KT, figure: { kind: "level", base: 71_000 } },
          { name: "Thương mại - dịch vụ", unit: "triệu đồng", agency: KT, figure: { kind: "level", base: 87_000 } },
        ],
      },
      { name: "Tốc độ tăng giá trị sản xuất", unit: "%", agency: KT, figure: { kind: "percent", base: 9, spread: 3, phrase: "change" } },
      {
        name: "Tổng sản lượng lương thực có hạt",
        unit: "tấn",
        agency: NN,
        figure: { kind: "level", base: 5_200 },
        parts: [
          { name: "Thóc", unit: "tấn", agency: NN, figure: { kind: "level", base: 4_550 } },
          { name: "Ngô", unit: "tấn", agency: NN, figure: { kind: "level", base: 650 } },
        ],
      },
      { name: "Diện tích gieo trồng lúa cả năm", unit: "ha", agency: NN, figure: { kind: "level", base: 700, decimals: 1 } },
      { name: "Diện tích lúa chất lượng cao", unit: "ha", agency: NN, figure: { kind: "level", base: 520, decimals: 1, phrase: "floor" } },
      { name: "Tổng đàn trâu, bò", unit: "con", agency: NN, figure: { kind: "level", base: 2_500 } },
      { name: "Tổng đàn lợn", unit: "con", agency: NN, figure: { kind: "level", base: 3_200 } },
      {
        name: "Thu nhập bình quân đầu người",
        unit: "triệu đồng/người/năm",
        agency: VP,
        aggregate: { kind: "weighted", weight: "CT19" },
        figure: { kind: "percent", base: 58, spread: 9, phrase: "point" },
      },
      { name: "Tổng vốn đầu tư phát triển toàn xã hội", unit: "triệu đồng", agency: KT, figure: { kind: "level", base: 65_000 } },
      { name: "Thu ngân sách nhà nước trên địa bàn", unit: "triệu đồng", agency: KT, figure: { kind: "level", base: 9_800, phrase: "floor" } },
      {
        name: "Số tiêu chí nông thôn mới đạt được",
        unit: "tiêu chí",
        agency: NN,
        aggregate: { kind: "none" },
        figure: { kind: "fixed", target: () => "19 tiêu chí", actual: (next) => 16 + Math.floor(next() * 4) },
      },
    ],
  },
  {
    title: "Chỉ tiêu văn hóa - xã hội",
    rows: [
      { name: "Tổng số hộ", unit: "hộ", agency: VP, figure: { kind: "level", base: 2_500 } },
      { name: "Số hộ nghèo", unit: "hộ", agency: VX, figure: { kind: "share", of: "CT12", share: 0.025, spread: 0.01, phrase: "ceiling" } },
      { name: "Tỷ lệ hộ nghèo", unit: "%", agency: VX, aggregate: { kind: "ratio", numerator: "CT13", denominator: "CT12" }, figure: { kind: "rate", of: ["CT13", "CT12"], phrase: "ceiling" } },
      { name: "Số hộ cận nghèo", unit: "hộ", agency: VX, figure: { kind: "share", of: "CT12", share: 0.038, spread: 0.012, phrase: "ceiling" } },
      { name: "Tỷ lệ hộ cận nghèo", unit: "%", agency: VX, aggregate: { kind: "ratio", numerator: "CT15", denominator: "CT12", scale: 100 }, figure: { kind: "rate", of: ["CT15", "CT12"], phrase: "ceiling" } },
      { name: "Số hộ sử dụng nước sạch", unit: "hộ", agency: NN, figure: { kind: "share", of: "CT12", share: 0.86, spread: 0.08, phrase: "floor" } },
      { name: "Tỷ lệ hộ sử dụng nước sạch", unit: "%", agency: NN, aggregate: { kind: "ratio", numerator: "CT17", denominator: "CT12" }, figure: { kind: "rate", of: ["CT17", "CT12"], phrase: "floor" } },
      { name: "Dân số trung bình", unit: "người", agency: VP, figure: { kind: "share", of: "CT12", share: 3.6, spread: 0.4 } },
      { name: "Số người tham gia bảo hiểm y tế", unit: "người", agency: VX, figure: { kind: "share", of: "CT19", share: 0.93, spread: 0.05, phrase: "floor" } },
      { name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", agency: VX, aggregate: { kind: "ratio", numerator: "CT20", denominator: "CT19" }, figure: { kind: "rate", of: ["CT20", "CT19"], phrase: "floor" } },
      { name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", agency: VX, figure: { kind: "percent", base: 0.8, spread: 0.2, phrase: "ceiling" } },
      { name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", unit: "%", agency: VX, figure: { kind: "percent", base: 8, spread: 2, phrase: "ceiling" } },
      { name: "Số lao động được giải quyết việc làm mới", unit: "người", agency: VX, figure: { kind: "level", base: 210 } },
      { name: "Số gia đình đạt chuẩn văn hóa", unit: "gia đình", agency: VX, figure: { kind: "share", of: "CT12", share: 0.82, spread: 0.08, phrase: "floor" } },
      {
        name: "Số thôn đạt chuẩn văn hóa",
        unit: "thôn",
        agency: VX,
        figure: { kind: "fixed", target: (next) => { const total = 4 + Math.floor(next() * 6); return `${String(total - 1).padStart(2, "0")}/${String(total).padStart(2, "0")} thôn`; }, actual: (next) => 3 + Math.floor(next() * 3) },
      },
      { name: "Xếp hạng chỉ số cải cách hành chính của xã", unit: "Xếp hạng", agency: VP, figure: { kind: "fixed", target: () => "5/20", actual: (next) => 1 + Math.floor(next() * 20) } },
    ],
  },
  {
    title: "Chỉ tiêu môi trường",
    rows: [
      { name: "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", unit: "%", agency: NN, figure: { kind: "percent", base: 92, spread: 5, phrase: "floor" } },
      { name: "Số hộ có nhà tiêu hợp vệ sinh", unit: "hộ", agency: VX, figure: { kind: "share", of: "CT12", share: 0.9, spread: 0.08, phrase: "floor" } },
      { name: "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", unit: "%", agency: VX, aggregate: { kind: "ratio", numerator: "CT29", denominator: "CT12" }, figure: { kind: "rate", of: ["CT29", "CT12"], phrase: "floor" } },
    ],
  },
  {
    title: "Chỉ tiêu quốc phòng - an ninh, xây dựng chính quyền",
    rows: [
      { name: "Hoàn thành chỉ tiêu giao quân", unit: "%", agency: QS, figure: { kind: "percent", base: 100, spread: 0, phrase: "point" } },
      { name: "Số vụ tai nạn giao thông", unit: "vụ", agency: CA, aggregate: { kind: "sum" }, figure: { kind: "level", base: 3, phrase: "ceiling" } },
      { name: "Giữ vững an ninh chính trị, trật tự an toàn xã hội", unit: null, agency: CA, figure: { kind: "qualitative", target: "Giữ vững ổn định, không để xảy ra điểm nóng" } },
      { name: "Tỷ lệ giải quyết đơn thư khiếu nại, tố cáo", unit: "%", agency: VP, figure: { kind: "percent", base: 92, spread: 4, phrase: "floor" } },
      { name: "Số đảng viên mới kết nạp", unit: "đảng viên", agency: VP, figure: { kind: "level", base: 12 } },
    ],
  },
];

let cachedTemplate: Plan | null = null;

/** The commune plan template: 40 rows (35 indicators, 5 parts), the targets those of a middle-sized commune. */
export function communePlan(): Plan {
  if (cachedTemplate !== null) return cachedTemplate;
  const { targets } = targetsFor(1, () => 0.5);
  let n = 0;
  const toInput = (row: Row, code: string, stt: string): IndicatorInput => ({
    code,
    stt,
    name: row.name,
    unit: row.unit,
    target: targets[code] ?? null,
    agency: { name: row.agency, origin: "document" },
    ...(row.aggregate ? { aggregate: row.aggregate } : {}),
    parts: (row.parts ?? []).map((part, p) => toInput(part, `${code}.${p + 1}`, "-")),
    source: { quote: `${row.name}: ${targets[code] ?? "…"}` },
  });
  const input: PlanInput = {
    schemaVersion: 1,
    id: COMMUNE_PLAN_ID,
    title: "Kế hoạch phát triển kinh tế - xã hội năm 2025 (mẫu cấp xã)",
    document: { kind: "Kế hoạch", number: null, date: "2025-01", place: null },
    issuer: { name: "Ủy ban nhân dân tỉnh Mẫu", level: "tinh", province: "Tỉnh Mẫu" },
    period: { year: 2025 },
    statedCount: null,
    sections: SECTIONS.map((section, s) => ({
      code: ["I", "II", "III", "IV"][s] ?? String(s + 1),
      title: section.title,
      statedCount: null,
      indicators: section.rows.map((row) => {
        n++;
        return toInput(row, `CT${String(n).padStart(2, "0")}`, String(n));
      }),
    })),
  };
  const loaded = loadPlan(JSON.stringify(input));
  if (!loaded.ok) throw new Error(`Mẫu kế hoạch xã không hợp lệ:\n${loaded.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  cachedTemplate = loaded.plan;
  return loaded.plan;
}

/** Every row with its code, in document order. */
function codedRows(): [string, Row][] {
  const out: [string, Row][] = [];
  let n = 0;
  const visit = (row: Row, code: string) => {
    out.push([code, row]);
    (row.parts ?? []).forEach((part, p) => visit(part, `${code}.${p + 1}`));
  };
  for (const section of SECTIONS) for (const row of section.rows) visit(row, `CT${String(++n).padStart(2, "0")}`);
  return out;
}

const unitText = (figure: string, unit: string | null) => (unit === null ? figure : unit === "%" ? `${figure}%` : `${figure} ${unit}`);
const rounded = (value: number, decimals = 0) => Number(value.toFixed(decimals));
const phrased = (text: string, phrase: "point" | "floor" | "ceiling" | undefined, ceiling = "không quá") =>
  phrase === "floor" ? `từ ${text} trở lên` : phrase === "ceiling" ? `${ceiling} ${text}` : text;

/** A commune's targets for its relative size; `levels` are the planned figures rates are made of. */
function targetsFor(size: number, next: () => number): { targets: Record<string, string>; levels: Map<string, number> } {
  const targets: Record<string, string> = {};
  const levels = new Map<string, number>();
  const rows = codedRows();
  for (const [code, row] of rows) {
    const figure = row.figure;
    if (figure.kind === "level" || figure.kind === "share") {
      const value =
        figure.kind === "level"
          ? rounded(figure.base * size * (0.9 + 0.2 * next()), figure.decimals ?? 0)
          : Math.min(figure.share <= 1 ? (levels.get(figure.of) ?? 0) : Infinity, rounded((levels.get(figure.of) ?? 0) * (figure.share + figure.spread * (next() - 0.5))));
      levels.set(code, value);
      targets[code] = phrased(unitText(formatNumber(value), row.unit), figure.phrase);
    } else if (figure.kind === "percent") {
      const value = rounded(figure.base + figure.spread * (next() - 0.5), figure.base < 2 ? 2 : 1);
      const text = `${formatNumber(value)}%`;
      targets[code] = figure.phrase === "change" ? `tăng ${text}` : figure.phrase === "point" ? unitText(formatNumber(value), row.unit) : phrased(text, figure.phrase, "dưới");
    } else if (figure.kind === "fixed") {
      targets[code] = figure.target(next);
    } else if (figure.kind === "qualitative") {
      targets[code] = figure.target;
    }
  }
  for (const [code, row] of rows) {
    if (row.figure.kind !== "rate") continue;
    const [num, den] = row.figure.of;
    const rate = rounded(((levels.get(num) ?? 0) / (levels.get(den) ?? 1)) * 100, 2);
    targets[code] = phrased(`${formatNumber(rate)}%`, row.figure.phrase, "dưới");
  }
  return { targets, levels };
}

export interface Commune {
  /** "Xã Tân Phú", "Phường Hòa Bình". */
  name: string;
  /** "0001-xa-tan-phu.xlsx". */
  file: string;
  /** Its own targets, by indicator code (the template's text where it has none of its own). */
  targets: Record<string, string>;
  /** What its officer typed, by code. */
  entries: Map<string, AnnexEntry>;
}

const FIRST = ["Tân", "Phú", "Bình", "An", "Long", "Mỹ", "Hòa", "Thạnh", "Đức", "Vĩnh", "Hưng", "Thuận", "Phước", "Thành", "Quang", "Xuân", "Hải", "Nghĩa", "Tiến", "Trung"];
const SECOND = ["An", "Bình", "Hòa", "Lợi", "Phú", "Thạnh", "Hưng", "Lộc", "Thuận", "Mỹ", "Trung", "Thành", "Long", "Phước", "Hiệp", "Khánh", "Lập", "Sơn"];
const THIRD = ["", " Đông", " Tây", " Nam", " Bắc", " Thượng", " Hạ", " Trung"];

/** N different, plausible commune names, in a seeded order. */
export function communeNames(count: number, seed = 7): string[] {
  const names: string[] = [];
  for (const third of THIRD) for (const first of FIRST) for (const second of SECOND) if (first !== second) names.push(`${first} ${second}${third}`);
  const next = random(seed);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  // Each base name once as a commune or a ward; past 2.784 names, the same bases as the other kind.
  const kinds = names.map(() => (next() < 0.12 ? "Phường" : "Xã"));
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    if (i >= 2 * names.length) throw new Error(`communeNames: at most ${2 * names.length} names`);
    const k = i % names.length;
    const kind = i < names.length ? kinds[k] : kinds[k] === "Xã" ? "Phường" : "Xã";
    out.push(`${kind} ${names[k] as string}`);
  }
  return out;
}

export function slug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

const UNREADABLE = ["đang cập nhật", "khoảng 1.200", "chưa có số liệu", "x", "theo báo cáo quý"];

/**
 * N communes of the template, each with targets scaled to its size and actuals around them. About
 * 3% of entries are blank, a commune in 25 leaves a whole section blank, 0,3% of entries are words
 * instead of a figure, and now and then a percentage is typed as an Excel percentage (0,975 shown
 * as 97,5%).
 */
export function makeCommunes(count: number, seed = 2025): Commune[] {
  const rows = codedRows();
  const sectionOf = new Map(placedIndicators(communePlan()).map((p) => [p.indicator.code, p.sectionIndex]));
  return communeNames(count, seed).map((name, index) => {
    const next = random(seed * 7919 + index);
    const size = Math.exp((next() - 0.5) * 1.2); // 0,55× to 1,8× a middle-sized commune
    const { targets, levels } = targetsFor(size, next);
    const actualLevels = new Map<string, number>();
    const entries = new Map<string, AnnexEntry>();
    const blankSection = next() < 0.04 ? Math.floor(next() * SECTIONS.length) : -1;
    const typed = (code: string, row: Row): { value: number | string | null; numFmt: string | null } => {
      const figure = row.figure;
      switch (figure.kind) {
        case "level": {
          const value = rounded((levels.get(code) ?? 0) * (0.88 + 0.24 * next()), figure.decimals ?? 0);
          actualLevels.set(code, value);
          return { value, numFmt: null };
        }
        case "share": {
          // Around the planned share of the commune's actual whole, never more than the whole.
          const whole = actualLevels.get(figure.of) ?? 0;
          const planned = (levels.get(code) ?? 0) / Math.max(1, levels.get(figure.of) ?? 1);
          const value = Math.min(figure.share <= 1 ? whole : Infinity, rounded(whole * planned * (0.9 + 0.2 * next())));
          actualLevels.set(code, value);
          return { value, numFmt: null };
        }
        case "rate": {
          const a = actualLevels.get(figure.of[0]);
          const b = actualLevels.get(figure.of[1]);
          if (a === undefined || b === undefined || b === 0) return { value: null, numFmt: null };
          const rate = rounded((a / b) * 100, 2);
          // Now and then typed as an Excel percentage: 0,0245 shown as 2,45%.
          return next() < 0.05 ? { value: rate / 100, numFmt: "0.00%" } : { value: rate, numFmt: null };
        }
        case "percent":
          return { value: rounded(figure.base + figure.spread * 1.3 * (next() - 0.5), 2), numFmt: null };
        case "fixed":
          return { value: figure.actual(next), numFmt: null };
        case "qualitative":
          return { value: next() < 0.9 ? "Hoàn thành" : "Không đạt", numFmt: null };
      }
    };
    for (const [code, row] of rows) {
      const cell = typed(code, row);
      const roll = next();
      if (sectionOf.get(code) === blankSection || roll < 0.03) continue;
      const value = roll > 0.997 ? (UNREADABLE[Math.floor(next() * UNREADABLE.length)] as string) : cell.value;
      if (value !== null) entries.set(code, { actual: { value, numFmt: typeof value === "number" ? cell.numFmt : null }, note: null });
    }
    return { name, file: `${String(index + 1).padStart(4, "0")}-${slug(name)}.xlsx`, targets, entries };
  });
}

/** The commune's annex workbook: the template with its own targets and locality, its entries typed in. */
export async function communeAnnex(commune: Commune, template: Plan = communePlan()): Promise<Uint8Array> {
  const own = withTargets(template, commune.targets);
  if (!own.ok) throw new Error(`Mã không có trong mẫu: ${own.unknown.join(", ")}`);
  return annexBytes(own.plan, annexOptions({ locality: commune.name, actualsLabel: COMMUNE_PERIOD }), commune.entries);
}

/** Writes the communes' annexes into `dir` (created); returns their paths in order. */
export async function writeCommuneAnnexes(dir: string, communes: readonly Commune[], onProgress?: (done: number) => void): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const template = communePlan();
  const paths: string[] = [];
  for (const [i, commune] of communes.entries()) {
    const path = join(dir, commune.file);
    writeFileSync(path, await communeAnnex(commune, template));
    paths.push(path);
    onProgress?.(i + 1);
  }
  return paths;
}
