import { placedIndicators, rowName, type Indicator, type Placed, type Plan } from "../model";
import { quoted } from "../check/review/describe";
import { foldWhitespace, formatNumber } from "../vn";
import { columnPlan, HEADER } from "./columns";
import { SUGGESTION_MARK } from "./agencyCell";
import { agencyCellText } from "./layout";
import type { AnnexOptions } from "./options";
import type { ReadCell, ReadSheet } from "./readAnnex";
import type { CellValue } from "./sheet";

/**
 * The annex sheet is also an editor: an officer who corrects a name, a unit, a target, a stretch
 * target or an agency in the sheet itself has changed the plan. These are found by comparing each
 * indicator's row (found by the code in its hidden column) with what the model sheet's plan would
 * print there, so only what a person changed shows, whatever the layout's wording.
 */
export type SheetEditField = "name" | "unit" | "target" | "milestone" | "stretch" | "agency";

export interface SheetEdit {
  code: string;
  /** The model's STT and name, how the officer knows the row. */
  stt: string;
  name: string;
  field: SheetEditField;
  /** The milestone's year for "milestone", otherwise null. */
  year: string | null;
  /** What the sheet showed as generated (a suggested agency with its "(gợi ý)"), null when blank. */
  before: string | null;
  /** What the sheet holds now, null when emptied. */
  after: string | null;
  /** 1-based row in the sheet. */
  row: number;
}

/** Where the table was found by readAnnex: the header row (1-based) and each code's row. */
export interface FoundRows {
  headerRow: number;
  rowOf: ReadonlyMap<string, number>;
}

interface EditableColumn {
  field: SheetEditField;
  year: string | null;
  /** Whether a header cell names this column. */
  header: (text: string) => boolean;
  /** What the generated sheet printed in this column for an indicator. */
  printed: (item: Placed) => string;
}

/**
 * @example
 * // The officer typed "97%" over "95%" in the target cell of STT 3:
 * sheetEdits(plan, options, sheet, found)
 * //=> [{ code: "CT03", stt: "3", field: "target", before: "95%", after: "97%", ... }]
 */
export function sheetEdits(plan: Plan, options: AnnexOptions, sheet: ReadSheet, found: FoundRows): SheetEdit[] {
  // Read for every commune file of a consolidation: what the layout prints is taken from its own
  // small functions (columnPlan, agencyCellText), not by laying out the whole sheet again.
  const columns = columnPlan(plan, options);
  const is = (expected: string) => (text: string) => text === normal(expected);
  const startsWith = (prefix: string) => (text: string) => text.startsWith(normal(prefix));
  const editable: EditableColumn[] = [
    { field: "name", year: null, header: is(HEADER.name), printed: ({ indicator }) => indicator.name },
    { field: "unit", year: null, header: is(HEADER.unit), printed: ({ indicator }) => indicator.unit ?? "" },
    ...columns.targets.map(({ target }): EditableColumn =>
      target.year === null
        ? { field: "target", year: null, header: is(target.header), printed: ({ indicator }) => indicator.target ?? "" }
        : { field: "milestone", year: target.year, header: is(target.header), printed: ({ indicator }) => indicator.milestones[target.year ?? ""] ?? "" },
    ),
    ...(columns.stretch === null ? [] : [{ field: "stretch" as const, year: null, header: startsWith(HEADER.stretch), printed: ({ indicator }: Placed) => indicator.stretch ?? "" }]),
    { field: "agency", year: null, header: startsWith(HEADER.agency), printed: (item) => agencyCellText(plan, item).text },
  ];

  // Columns are found in the read sheet by their header text, so inserted or moved columns still match.
  const readHeaders = [found.headerRow, found.headerRow + 1].map((r) => sheet.rows[r - 1] ?? []);
  const located = editable.flatMap((c) => {
    for (const row of readHeaders) {
      const index = row.findIndex((cell) => c.header(normal(cellText(cell))));
      if (index >= 0) return [{ ...c, at: index + 1 }];
    }
    return [];
  });

  const edits: SheetEdit[] = [];
  for (const item of placedIndicators(plan)) {
    const { indicator } = item;
    const row = found.rowOf.get(indicator.code);
    if (row === undefined) continue;
    for (const c of located) {
      const before = textOrNull(c.printed(item));
      const after = cellText(sheet.rows[row - 1]?.[c.at - 1]);
      if (normal(before) === normal(after)) continue;
      // A name cannot be blank: an emptied name cell is a slip, not a new name.
      if (c.field === "name" && after === null) continue;
      edits.push({ code: indicator.code, stt: indicator.stt, name: indicator.name, field: c.field, year: c.year, before, after, row });
    }
  }
  return edits;
}

/** A cell as the text an officer sees: Excel keeps "97%" typed in a general cell as 0.97 with a % format. */
function cellText(cell: ReadCell | null | undefined): string | null {
  const value = cell?.value ?? null;
  if (typeof value === "number") {
    const percent = (cell?.numFmt ?? "").includes("%");
    return percent ? `${formatNumber(value * 100, { maxDecimals: 4 })}%` : formatNumber(value, { maxDecimals: 6 });
  }
  return textOrNull(value);
}

function textOrNull(value: CellValue): string | null {
  if (value === null) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

function normal(text: string | null): string {
  return text === null ? "" : foldWhitespace(text).trim();
}

/** The plan as the sheet now states it. The model's other fields (quotes, parts, codes) are kept. */
export function applySheetEdits(plan: Plan, edits: readonly SheetEdit[]): Plan {
  if (edits.length === 0) return plan;
  const byCode = new Map<string, SheetEdit[]>();
  for (const edit of edits) byCode.set(edit.code, [...(byCode.get(edit.code) ?? []), edit]);
  const visit = (indicator: Indicator): Indicator => {
    const own = byCode.get(indicator.code) ?? [];
    const next = own.reduce(applyOne, indicator);
    return { ...next, parts: next.parts.map(visit) };
  };
  return { ...plan, sections: plan.sections.map((section) => ({ ...section, indicators: section.indicators.map(visit) })) };
}

function applyOne(indicator: Indicator, edit: SheetEdit): Indicator {
  const after = edit.after === null ? null : foldWhitespace(edit.after).trim();
  switch (edit.field) {
    case "name":
      return after === null ? indicator : { ...indicator, name: after };
    case "unit":
      return { ...indicator, unit: after };
    case "target":
      return { ...indicator, target: after };
    case "stretch":
      return { ...indicator, stretch: after };
    case "milestone": {
      const milestones = { ...indicator.milestones };
      if (edit.year === null) return indicator;
      if (after === null) delete milestones[edit.year];
      else milestones[edit.year] = after;
      return { ...indicator, milestones };
    }
    case "agency":
      return { ...indicator, agency: agencyFrom(after) };
  }
}

/**
 * What an officer leaves in the agency cell: still marked "(gợi ý)", it stays a suggestion;
 * without the mark, the officer has confirmed it for the plan.
 */
function agencyFrom(text: string | null): Indicator["agency"] {
  if (text === null) return null;
  const mark = SUGGESTION_MARK.trim();
  if (text.endsWith(mark)) {
    const name = text.slice(0, -mark.length).trim();
    return name === "" ? null : { name, origin: "suggested" };
  }
  return { name: text, origin: "document" };
}

const FIELD_LABELS: Record<SheetEditField, string> = {
  name: "tên chỉ tiêu",
  unit: "đơn vị tính",
  target: "kế hoạch",
  milestone: "kế hoạch năm",
  stretch: "mục tiêu phấn đấu",
  agency: "cơ quan chủ trì",
};

/** "STT 3 «Thu ngân sách» (dòng 12): kế hoạch «95%» → «97%»" */
export function describeSheetEdit(edit: SheetEdit): string {
  const who = rowName(edit);
  const field = edit.field === "milestone" && edit.year !== null ? `${FIELD_LABELS.milestone} ${edit.year}` : FIELD_LABELS[edit.field];
  const show = (text: string | null) => (text === null ? "(trống)" : quoted(text));
  return `${who} (dòng ${edit.row}): ${field} ${show(edit.before)} → ${show(edit.after)}`;
}
