/**
 * The office a plan charges with following its implementation as a whole ("Giao Sở Tài chính chủ
 * trì, theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh"; "Phòng Tài chính - Kế
 * hoạch chủ trì, phối hợp ... định kỳ tổng hợp, báo cáo UBND huyện"; "Văn phòng UBND xã là cơ quan
 * đầu mối theo dõi ..."): the document's own answer for "Cơ quan chủ trì theo dõi, đánh giá" of
 * every indicator it gives no office of its own.
 */
import { foldKeepingLength, foldWhitespace } from "../vn/text";
import type { PlanDocument } from "./document";

export interface PlanMonitor {
  /** The office as printed: "Sở Tài chính". */
  name: string;
  /** The sentence that charges it, as printed. */
  quote: string;
}

/** What charges an office with a task, folded: the office is named right before it. */
const CHARGED = /\b(chu tri|(?:la|lam) (?:co quan )?dau moi|co trach nhiem|chiu trach nhiem)\b/g;
/** An office's name opens with one of these (folded). */
const OFFICE_HEADS =
  /^(so|phong|van phong|ban|uy ban|ubnd|hdnd|cuc|chi cuc|trung tam|cong an|bo chi huy|ban chi huy|cong chuc|bao hiem xa hoi|bhxh|thanh tra|kho bac|thuong truc|bo phan)\b/;
/** Following the plan: monitoring, consolidating, urging, reporting on it. */
const FOLLOWS = /\b(theo doi|tong hop|don doc)\b/;
/** ...the whole plan, not one task: its results, the indicators, a report to the council or committee. */
const WHOLE_PLAN =
  /\b(ket qua thuc hien|tinh hinh thuc hien|trien khai thuc hien (?:ke hoach|nghi quyet|chuong trinh)|cac chi tieu|(?:ke hoach|nghi quyet|chuong trinh(?: hanh dong)?) nay|bao cao (?:ubnd|uy ban|hdnd|hoi dong|tinh uy|huyen uy|dang uy|ban thuong vu|ban chap hanh|thuong truc))\b/;
const MAX_OFFICE_WORDS = 14;

/** The last such sentence outside tables (what organises the plan's implementation comes last); null when none. */
export function planMonitor(doc: PlanDocument): PlanMonitor | null {
  let found: PlanMonitor | null = null;
  for (const line of doc.lines) {
    if (line.table !== null) continue;
    for (const sentence of sentences(line.text)) {
      const monitor = monitorIn(sentence);
      if (monitor !== null) found = monitor;
    }
  }
  return found;
}

/** Sentences of a paragraph: a "." followed by a space and a capital or a number ends one. */
function sentences(text: string): string[] {
  return text.split(/(?<=\.)\s+(?=[\p{Lu}\d])/u).map((s) => s.trim()).filter((s) => s !== "");
}

function monitorIn(sentence: string): PlanMonitor | null {
  const folded = foldKeepingLength(sentence).toLowerCase();
  for (const match of folded.matchAll(CHARGED)) {
    const rest = folded.slice(match.index + match[0].length);
    if (!FOLLOWS.test(rest) || !WHOLE_PLAN.test(rest)) continue;
    const office = officeBefore(sentence, folded, match.index);
    if (office !== null) return { name: office, quote: foldWhitespace(sentence).replace(/[.;]+$/u, "") };
  }
  return null;
}

/** The office named in the clause before `at`: after "giao", a list marker, a ";" or ":"; null when no office opens it. */
function officeBefore(sentence: string, folded: string, at: number): string | null {
  const clauseStart = Math.max(folded.lastIndexOf(";", at), folded.lastIndexOf(":", at)) + 1;
  let from = clauseStart;
  const lead = /^\s*(?:\(?\d+[.)]\s*|[a-zđ][.)]\s*|[-+•*]\s*)?(?:(?:giao|de nghi|yeu cau)\s+)?/.exec(folded.slice(from));
  from += lead?.[0].length ?? 0;
  const printed = sentence.slice(from, at).replace(/[\s,]+$/u, "");
  const office = foldWhitespace(printed);
  const words = office.split(" ");
  if (office === "" || words.length > MAX_OFFICE_WORDS || /\d/.test(office)) return null;
  const head = folded.slice(from, at).trim();
  // "UBND các xã, thị trấn chủ trì ...": many offices each following its own part, not the plan's monitor.
  if (!OFFICE_HEADS.test(head) || /\b(cac|nhung)\b/.test(head)) return null;
  return office;
}
