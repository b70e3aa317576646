import type { Plan } from "../model";

/**
 * The lines above an annex table, as Nghị định 30/2020 lays them out: "PHỤ LỤC I", the title in
 * upper case, and the italic line naming the document the annex is attached to, with dots where
 * the document leaves its number or date blank.
 */
export const ANNEX_NUMBER = "PHỤ LỤC I";

/** The first line: as printed by the document, else "PHỤ LỤC I". */
export function annexLabel(plan: Plan): string {
  return plan.annexHeading.label ?? ANNEX_NUMBER;
}

/** The title exactly as the document prints it, else the short standard one. */
export function annexTitle(plan: Plan): string {
  return plan.annexHeading.title ?? composedTitle(plan);
}

export function composedTitle(plan: Plan): string {
  const period = "year" in plan.period ? `NĂM ${plan.period.year}` : `ĐẾN NĂM ${plan.period.to}`;
  return `CHỈ TIÊU CHỦ YẾU ${period}`.toLocaleUpperCase("vi");
}

const DOTS = "…";

/** "(Kèm theo Kế hoạch số 230/KH-UBND ngày 19 tháng 01 năm 2024 của Ủy ban nhân dân huyện Tháp Mười)" */
export function attachedTo(plan: Plan): string {
  return plan.annexHeading.attachedTo ?? composedAttachedTo(plan);
}

/** The "(Kèm theo ...)" line from the document's kind, number, date and issuer, dots for the unknown. */
export function composedAttachedTo(plan: Plan): string {
  const { kind, number, date } = plan.document;
  const [year, month, day] = (date ?? "").split("-");
  const when = `ngày ${day ?? DOTS} tháng ${month ?? DOTS} năm ${year || DOTS}`;
  return `(Kèm theo ${kind} số ${number ?? DOTS} ${when} của ${plan.issuer.name})`;
}

/** Party bodies set targets themselves; people's councils (HĐND) assign them to the committee. */
export function targetHeader(plan: Plan): string {
  const party = /đảng|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ/i.test(plan.issuer.name);
  const period = "year" in plan.period ? `năm ${plan.period.year}` : `đến năm ${plan.period.to}`;
  return party ? `Chỉ tiêu ${period}` : `Kế hoạch ${period} (HĐND giao)`;
}

export function defaultActualsLabel(plan: Plan, against: string | null): string {
  const year = against ?? ("year" in plan.period ? String(plan.period.year) : String(plan.period.to));
  return `Ước thực hiện năm ${year}`;
}
