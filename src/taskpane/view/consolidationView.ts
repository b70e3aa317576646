/**
 * What the "Tổng hợp" step shows of the core's consolidation: who reported, what was left out and
 * why, and per indicator the total with its verdict. Every figure and verdict is the core's
 * (consolidate, totalText, reportingText); this only picks what a person must look at.
 */
import { marginText, type Status } from "../../core/check";
import { deadlineText, LOCALITY_STATE_LABELS, reportingText, timelinessText, totalText, type ConsolidatedIndicator, type Consolidation, type LocalityState } from "../../core/consolidate";
import { rowName } from "../../core/model";
import { formatNumber, withUnit } from "../../core/vn";

export interface TotalItem {
  code: string;
  /** As printed ("3", "a", "-"): what the officer finds the row by. */
  stt: string;
  name: string;
  /** STT and name in one phrase, for screen readers and messages. */
  label: string;
  unit: string | null;
  depth: number;
  /** A heading groups its parts and has no total: shown as context. */
  heading: boolean;
  consolidated: boolean;
  /** "5.208,5", "không tổng hợp", "" when nobody reported it. */
  value: string;
  /** The total with its unit, "5.208,5 tấn", "2,41%"; "" when there is none. */
  shown: string;
  target: string | null;
  /** The total's verdict; null for headings and indicators not consolidated. */
  status: Status | null;
  /** "4/5 đơn vị": localities whose figures make the total. */
  reported: string;
  /** Why a person should look at it, in Vietnamese; null when nothing is wrong. */
  problem: string | null;
  /** The core's notes on how the total was made, for problems. */
  notes: string[];
}

export function totalItems(c: Consolidation): TotalItem[] {
  const localities = c.localities.length;
  return c.indicators.map((indicator) => {
    const total = indicator.total;
    const heading = total.kind === "heading";
    const consolidated = !heading && total.kind !== "none";
    const value = heading ? "" : totalText(total);
    return {
      code: indicator.code,
      stt: indicator.stt,
      name: indicator.name,
      label: rowName(indicator),
      unit: indicator.unit,
      depth: indicator.depth,
      heading,
      consolidated,
      value,
      shown: consolidated && value !== "" ? withUnit(value, indicator.unit) : "",
      target: total.target,
      status: consolidated ? total.status : null,
      reported: `${total.count}/${localities} đơn vị`,
      problem: consolidated ? problemOf(indicator, localities) : null,
      notes: consolidated ? total.messages : [],
    };
  });
}

/** Every reason at once: a total that misses its target is read differently when a locality is missing from it. */
function problemOf(indicator: ConsolidatedIndicator, localities: number): string | null {
  const total = indicator.total;
  if (total.value === null) return "Chưa có số liệu để tổng hợp.";
  const reasons: string[] = [];
  if (total.count < localities) reasons.push(`Thiếu số liệu của ${localities - total.count}/${localities} đơn vị`);
  if (total.status === "khong_dat") reasons.push("tổng không đạt kế hoạch tổng");
  if (total.target === null) reasons.push("không có kế hoạch tổng nên tổng không được đánh giá");
  if (reasons.length === 0) return null;
  const sentence = reasons.join("; ");
  return `${sentence.charAt(0).toLocaleUpperCase("vi")}${sentence.slice(1)}.`;
}

/** "all", the totals someone must look at, or the indicators the plan does not consolidate. */
export type TotalFilter = "all" | "problems" | "not_consolidated";

export const TOTAL_FILTERS: readonly TotalFilter[] = ["all", "problems", "not_consolidated"];

export function filterTotals(items: readonly TotalItem[], filter: TotalFilter): TotalItem[] {
  if (filter === "problems") return items.filter((item) => item.problem !== null);
  if (filter === "not_consolidated") return items.filter((item) => !item.heading && !item.consolidated);
  return [...items];
}

export function totalFilterLabel(filter: TotalFilter, items: readonly TotalItem[]): string {
  const n = filterTotals(items, filter).filter((item) => !item.heading).length;
  if (filter === "problems") return `Cần xem lại (${n})`;
  if (filter === "not_consolidated") return `Không tổng hợp (${n})`;
  return `Tất cả chỉ tiêu (${n})`;
}

/** One row of the pane's per-commune table: the same words as "Tình hình báo cáo". */
export interface LocalityRow {
  name: string;
  state: LocalityState;
  /** "Đã tổng hợp", "Khác kỳ báo cáo", "Chưa nộp"… */
  stateLabel: string;
  /** "Đúng hạn", "Trễ 3 ngày", "". */
  timeliness: string;
  /** "95%", "" when not consolidated. */
  filled: string;
  /** "12 / 20 / 5" Vượt / Đạt / Không đạt, "" when not consolidated. */
  verdicts: string;
}

export function localityRows(c: Consolidation): LocalityRow[] {
  return c.completeness.localities.map((l) => ({
    name: l.name,
    state: l.state,
    stateLabel: LOCALITY_STATE_LABELS[l.state],
    timeliness: timelinessText(l),
    filled: l.filledPercent === null ? "" : `${Math.round(l.filledPercent)}%`,
    verdicts: l.counts === null ? "" : `${l.counts.vuot} / ${l.counts.dat} / ${l.counts.khong_dat}`,
  }));
}

/** How many localities are in each state, for the chart: only the states that occur, in a fixed order. */
export function stateCounts(c: Consolidation): { state: LocalityState; label: string; count: number }[] {
  const order: LocalityState[] = ["consolidated", "other_period", "other_template", "duplicate", "unreadable", "missing"];
  return order
    .map((state) => ({ state, label: LOCALITY_STATE_LABELS[state], count: c.completeness.localities.filter((l) => l.state === state).length }))
    .filter((entry) => entry.count > 0);
}

/** The chart's colour of each state: green for consolidated, red for nothing received, distinct hues for each kind of file left out. */
export const STATE_COLOURS: Record<LocalityState, string> = {
  consolidated: "#107C10",
  other_period: "#CA5010",
  other_template: "#8764B8",
  duplicate: "#986F0B",
  unreadable: "#605E5C",
  missing: "#C50F1F",
};

/** The rows of one state, or all of them. */
export function filterLocalityRows(rows: readonly LocalityRow[], state: LocalityState | null): LocalityRow[] {
  return state === null ? [...rows] : rows.filter((row) => row.state === state);
}

/** One figure a locality reported, as the pane lists it under the locality's name. */
export interface LocalityFigureItem {
  code: string;
  stt: string;
  name: string;
  /** "1.234 tấn", "2,27%", "Hoàn thành", "khoảng 1.200" as typed. */
  actual: string;
  /** Its own target as its plan prints it. */
  target: string | null;
  status: Status;
  /** "104,8% KH"; "" without one. */
  percent: string;
  /** Why an entry is not a figure, in Vietnamese; null otherwise. */
  message: string | null;
}

/** The figures a locality sent (its rows with an entry), each with its own target and the core's verdict; null when it has no consolidated figures. */
export function localityFigures(c: Consolidation, locality: string): LocalityFigureItem[] | null {
  const at = c.localities.indexOf(locality);
  if (at < 0) return null;
  const items: LocalityFigureItem[] = [];
  for (const indicator of c.indicators) {
    const figure = indicator.byLocality[at];
    if (figure === undefined || figure.actual === null) continue;
    // Listed without their parents around them, parts are named with their parent's STT and name.
    items.push({
      code: indicator.code,
      stt: indicator.heading.stt,
      name: indicator.heading.name,
      actual: typeof figure.actual === "number" ? withUnit(formatNumber(figure.actual), indicator.unit) : figure.actual,
      target: figure.target,
      status: figure.status,
      percent: figure.percentOfPlan === null ? "" : `${formatNumber(figure.percentOfPlan, { maxDecimals: 1 })}% KH`,
      message: figure.message,
    });
  }
  return items;
}

export interface ReportingView {
  /** "Mẫu xã 2025 (mau-xa-2025), kỳ «Ước thực hiện năm 2025»"; null when no file could be used. */
  template: string | null;
  /** Which ngưỡng Vượt judged the communes and the totals (the template's); null when no file could be used. */
  margin: string | null;
  /** "Đã tổng hợp 5/6 đơn vị (83,3%)." with what is unknown without a list. */
  reporting: string;
  missing: string[];
  duplicates: string[];
  /** "Hạn nộp: 05/11/2024 (theo kế hoạch). Đúng hạn: 80. Trễ hạn: 3." */
  deadline: string;
  otherPeriod: string[];
  /** "Xã An Bình (trễ 3 ngày)". */
  late: string[];
}

export function reportingView(c: Consolidation): ReportingView {
  const comp = c.completeness;
  const unknown = comp.listSource === "received" ? "; chưa có danh sách đơn vị phải báo cáo nên chưa biết đơn vị nào chưa nộp" : "";
  return {
    template: c.template === null ? null : `${c.template.title}, kỳ «${c.template.period}»`,
    margin: c.template === null ? null : marginText(c.template.exceedMargin),
    reporting: `${reportingText(comp)}${unknown}.`,
    missing: comp.missing,
    duplicates: comp.duplicates,
    deadline: deadlineText(comp),
    otherPeriod: comp.otherPeriod,
    late: comp.localities.filter((l) => l.timeliness === "late").map((l) => `${l.name} (${timelinessText(l).toLocaleLowerCase("vi")})`),
  };
}

/** ASCII, like the pane's other downloads: "tong-hop-mau-xa-2025.xlsx". */
export function consolidationFileName(c: Consolidation): string {
  const id = c.template?.planId ?? "";
  return /^[a-z0-9][a-z0-9-]*$/i.test(id) ? `tong-hop-${id}.xlsx` : "tong-hop.xlsx";
}

/** "Đã ghi trang «Tổng hợp 2» và «Tình hình báo cáo 2» …": where the sheets went, and why not under their own names. */
export function writtenSentence(outcome: { sheetNames: string[]; taken: string[] }): string {
  const names = outcome.sheetNames.map((name) => `«${name}»`).join(" và ");
  const kept = outcome.taken.length === 0 ? "" : ` Sổ làm việc đã có trang ${outcome.taken.map((name) => `«${name}»`).join(" và ")}; trang đó được giữ nguyên.`;
  return `Đã ghi trang ${names} vào sổ làm việc.${kept}`;
}
