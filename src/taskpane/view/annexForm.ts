/** The choices of the "Tạo phụ lục" step, and the AnnexOptions they mean. */
import { annexOptions, defaultActualsLabel, type AnnexOptions, type GenerationMode } from "../../core/annex";
import type { Plan } from "../../core/model";

export interface AnnexForm {
  /** What the user typed; null while the default is shown untouched. */
  actualsLabel: string | null;
  /** A milestone year to judge against, or null for the final targets. */
  against: string | null;
  locality: string;
  mode: GenerationMode;
  /** The columns "Thực hiện cùng kỳ năm trước" and "% so với cùng kỳ". */
  lastYear: boolean;
}

export const INITIAL_FORM: AnnexForm = { actualsLabel: null, against: null, locality: "", mode: "update", lastYear: false };

/** The label the field shows: the user's text, or the default for the chosen milestone. */
export function shownActualsLabel(plan: Plan, form: AnnexForm): string {
  return form.actualsLabel ?? defaultActualsLabel(plan, form.against);
}

export interface MilestoneChoice {
  value: string | null;
  label: string;
}

/** Empty for plans without milestones: then the choice is not offered at all. */
export function milestoneChoices(plan: Plan): MilestoneChoice[] {
  if ("year" in plan.period || plan.period.milestones.length === 0) return [];
  return [
    { value: null, label: `Chỉ tiêu đến năm ${plan.period.to}` },
    ...plan.period.milestones.map((year) => ({ value: String(year), label: `Mốc năm ${year}` })),
  ];
}

/**
 * The form as AnnexOptions. A label left blank or equal to the default is stored as the default
 * (null), so that it keeps following the milestone and the plan's year.
 */
export function formOptions(plan: Plan, form: AnnexForm): AnnexOptions {
  const label = (form.actualsLabel ?? "").trim();
  const against = milestoneChoices(plan).some((c) => c.value === form.against) ? form.against : null;
  const locality = form.locality.trim();
  return annexOptions({
    actualsLabel: label === "" || label === defaultActualsLabel(plan, against) ? null : label,
    against,
    locality: locality === "" ? null : locality,
    lastYear: form.lastYear,
  });
}

export const MODE_LABELS: Record<GenerationMode, string> = {
  update: "Cập nhật phụ lục, giữ số liệu đã nhập (bản cũ được giữ ở trang riêng)",
  "new-sheet": "Tạo phụ lục ở trang mới, để nguyên trang cũ",
};
