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

/**
 * A document date as an officer types it: "19/01/2024", "19-01-2024", "01/2024", "2024", or the
 * model's "2024-01-19". Returns the model's partial date, null for a blank (dots in the heading),
 * or undefined when it cannot be read.
 */
export function readDocumentDate(text: string): string | null | undefined {
  const typed = text.trim().replace(/\s+/g, "");
  if (typed === "" || /^[.…/-]*$/.test(typed)) return null;
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(typed);
  const vn = /^(?:(?:(\d{1,2})[/.-])?(\d{1,2})[/.-])?(\d{4})$/.exec(typed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (year === undefined) return undefined;
  const m = month === undefined ? null : Number(month);
  const d = day === undefined ? null : Number(day);
  if (m !== null && (m < 1 || m > 12)) return undefined;
  if (d !== null && (d < 1 || d > 31)) return undefined;
  return [year, ...(m !== null ? [String(m).padStart(2, "0")] : []), ...(d !== null ? [String(d).padStart(2, "0")] : [])].join("-");
}

/** The model's partial date as officers write it: "19/01/2024", "01/2024", "2024"; "" when unknown. */
export function documentDateText(date: string | null): string {
  return date === null ? "" : date.split("-").reverse().join("/");
}

/** What the officer sets about the heading; undefined leaves a part as the plan has it. */
export interface HeadingChange {
  number?: string | null;
  /** Already read by readDocumentDate. */
  date?: string | null;
  title?: string | null;
  attachedTo?: string | null;
}

/**
 * The plan with its heading changed. A blank text, or one equal to what the annex composes anyway,
 * becomes null, so the line keeps following the plan (a new number shows in the "Kèm theo" line).
 */
export function withHeading(plan: Plan, change: HeadingChange): Plan {
  const clean = (text: string | null | undefined, old: string | null) => (text === undefined ? old : text === null || text.trim() === "" ? null : text.trim());
  const document = { ...plan.document, number: clean(change.number, plan.document.number), date: change.date === undefined ? plan.document.date : change.date };
  const next: Plan = { ...plan, document };
  const title = clean(change.title, plan.annexHeading.title);
  const attached = clean(change.attachedTo, plan.annexHeading.attachedTo);
  return {
    ...next,
    annexHeading: {
      ...plan.annexHeading,
      title: title === composedTitle(next) ? null : title,
      attachedTo: attached === composedAttachedTo(next) ? null : attached,
    },
  };
}
