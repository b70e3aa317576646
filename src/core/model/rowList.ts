import { foldWhitespace, shorten } from "../vn/text";
import { printsNoNumber } from "./naming";
import type { Indicator, Plan } from "./schema";

/**
 * The plan's rows as an officer reads them off the annex, one a line, each with the reference an
 * officer would use for it: its STT ("3", "(3)", "I.2"); for a part, its parent's reference and
 * its own letter or "-" ("3 - a", "3 - Trong đó: Thu nội địa"), so parts printed "-" stay apart;
 * for a "-" bullet of a list without numbers, its place in its section ("thứ 3").
 */
export interface ListedRow {
  /** "3", "3 - a", "3 -", "thứ 3": how the row is referred to, without its name. */
  reference: string;
  depth: number;
  indicator: Indicator;
}

const numbered = (stt: string) => {
  if (printsNoNumber(stt)) return null;
  const own = stt.trim();
  // "3." and "a)" are referred to as "3" and "a"; "(3)" keeps its brackets, as the document prints it.
  return own.startsWith("(") ? own.replace(/\.$/, "") : own.replace(/[.)]$/, "");
};

export function listedRows(plan: Plan): ListedRow[] {
  return plan.sections.flatMap((_, i) => sectionRows(plan, i));
}

function sectionRows(plan: Plan, sectionIndex: number): ListedRow[] {
  const rows: ListedRow[] = [];
  const visit = (indicator: Indicator, reference: string, depth: number) => {
    rows.push({ reference, depth, indicator });
    indicator.parts.forEach((part) => {
      const own = numbered(part.stt);
      visit(part, own === null ? `${reference} -` : `${reference} - ${own}`, depth + 1);
    });
  };
  plan.sections[sectionIndex]?.indicators.forEach((indicator, i) => visit(indicator, numbered(indicator.stt) ?? `thứ ${i + 1}`, 0));
  return rows;
}

const NAME_LIMIT = 110;

/** One line per row: reference and name, then unit, target as printed and agency when the plan has them. */
export function formatRowList(plan: Plan): string {
  const lines: string[] = ["Các chỉ tiêu (STT và tên | đơn vị tính | chỉ tiêu | cơ quan chủ trì):"];
  plan.sections.forEach((section, s) => {
    lines.push(`${section.code === null ? "" : `${section.code}. `}${section.title}`);
    for (const row of sectionRows(plan, s)) {
      const i = row.indicator;
      // A part printed "-" under its parent reads "3 - Trong đó: Thu nội địa", as the annex's "Trong đó:" row says.
      const lead = row.reference.endsWith(" -") && !/^trong đó\b/iu.test(i.name) ? "Trong đó: " : "";
      const cells = [i.unit ?? "—", i.target ?? "(để trống)", ...(i.agency === null ? [] : [i.agency.name])];
      lines.push(`${"  ".repeat(row.depth + 1)}${row.reference} ${lead}${shorten(foldWhitespace(i.name), NAME_LIMIT)} | ${cells.join(" | ")}`);
    }
  });
  return lines.join("\n");
}
