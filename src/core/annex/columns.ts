import type { Plan } from "../model";
import { placedIndicators } from "../model";
import { defaultActualsLabel, targetHeader } from "./heading";
import type { AnnexOptions } from "./options";

/** Header texts that locate columns when an annex is read back, wherever the user moved them. */
export const HEADER = {
  stt: "STT",
  name: "Chỉ tiêu",
  unit: "Đơn vị tính",
  stretch: "Mục tiêu phấn đấu",
  agency: "Cơ quan chủ trì",
  percent: "% so với KH",
  status: "Đánh giá",
  note: "Ghi chú",
  code: "Mã chỉ tiêu",
  value: "Giá trị tính",
  entryTrimmed: "Số liệu (bỏ khoảng trắng)",
  entryText: "Số liệu (bỏ đơn vị)",
  entryFigure: "Phần số",
  entryWhole: "Phần nguyên",
  entryDots: "Số dấu chấm",
  plausibility: "Kiểm tra số liệu",
  lastYear: "Thực hiện cùng kỳ năm trước",
  lastYearPercent: "% so với cùng kỳ",
  lastYearValue: "Giá trị cùng kỳ",
} as const;

/** The hidden helper columns of a typed figure's reading, in order (check/formula.ts). */
export const ENTRY_HELPERS = ["entryTrimmed", "entryText", "entryFigure", "entryWhole", "entryDots"] as const;
export type EntryHelper = (typeof ENTRY_HELPERS)[number];

export interface TargetColumn {
  /** Milestone year, or null for the final target. */
  year: string | null;
  header: string;
}

/** Which column holds what (1-based), decided once for a plan and options. */
export interface ColumnPlan {
  stt: number;
  name: number;
  unit: number;
  targets: { column: number; target: TargetColumn }[];
  stretch: number | null;
  agency: number;
  actual: number;
  percent: number;
  status: number;
  note: number;
  /** Hidden: the indicator's code, so rows are found after inserts, deletes and sorts. */
  code: number;
  /** Hidden: the actual as a number, for the formulas. */
  value: number;
  /** Hidden: the steps of reading a typed figure (check/entry.ts, check/formula.ts), one formula each. */
  entryTrimmed: number;
  entryText: number;
  entryFigure: number;
  entryWhole: number;
  entryDots: number;
  /** Hidden: "Kiểm tra lại số liệu" where the figure would be questioned (check/plausibility.ts); marks the verdict. */
  plausibility: number;
  /**
   * "So với cùng kỳ" (options.lastYear), else null: the input column, the computed percentage, and
   * hidden helpers reading the typed figure as for the actuals (value, then the entry helpers).
   */
  lastYear: { input: number; percent: number; value: number; helpers: Record<EntryHelper, number> } | null;
  /** The last column that is printed. */
  lastVisible: number;
  count: number;
  actualsLabel: string;
  /** A header row above the target columns when there are several (milestones). */
  groupedTargets: boolean;
}

export function columnPlan(plan: Plan, options: AnnexOptions): ColumnPlan {
  const milestoneYears = "year" in plan.period ? [] : plan.period.milestones.map(String);
  const targets: TargetColumn[] =
    milestoneYears.length === 0
      ? [{ year: null, header: targetHeader(plan) }]
      : [...milestoneYears.map((y) => ({ year: y, header: `Năm ${y}` })), { year: null, header: `Năm ${"to" in plan.period ? plan.period.to : ""}` }];
  const hasStretch = placedIndicators(plan).some((p) => p.indicator.stretch !== null);
  let next = 1;
  const take = () => next++;
  const stt = take();
  const name = take();
  const unit = take();
  const targetColumns = targets.map((target) => ({ column: take(), target }));
  const stretch = hasStretch ? take() : null;
  const agency = take();
  const lastYearInput = options.lastYear ? take() : null;
  const actual = take();
  const percent = take();
  const lastYearPercent = options.lastYear ? take() : null;
  const status = take();
  const note = take();
  const lastVisible = note;
  const code = take();
  const value = take();
  const entryTrimmed = take();
  const entryText = take();
  const entryFigure = take();
  const entryWhole = take();
  const entryDots = take();
  const plausibility = take();
  const lastYear =
    lastYearInput !== null && lastYearPercent !== null
      ? {
          input: lastYearInput,
          percent: lastYearPercent,
          value: take(),
          helpers: { entryTrimmed: take(), entryText: take(), entryFigure: take(), entryWhole: take(), entryDots: take() },
        }
      : null;
  return {
    stt,
    name,
    unit,
    targets: targetColumns,
    stretch,
    agency,
    actual,
    percent,
    status,
    note,
    code,
    value,
    entryTrimmed,
    entryText,
    entryFigure,
    entryWhole,
    entryDots,
    plausibility,
    lastYear,
    lastVisible,
    count: next - 1,
    actualsLabel: options.actualsLabel ?? defaultActualsLabel(plan, options.against),
    groupedTargets: targets.length > 1,
  };
}
