/**
 * The import editor's state: a plan read from a document (core's extractPlan), corrected by the
 * officer before it becomes the plan. Pure: a reducer over events, tested without React. Codes
 * are stable: a row keeps its code whatever is moved, added or deleted around it, so entries
 * keyed by code survive; a new row gets the next free code. Validation is the model's
 * (validatePlan); this module only turns the edited rows into a plan model input.
 */
import type { DraftIndicator, DraftPlan } from "../../core/extract";
import { suggestAgency } from "../../core/annex/agencies";
import { reviewPlan } from "../../core/check/review";
import { formatTarget, parseTarget } from "../../core/vn";
import { validatePlan, type AgencyOrigin, type IndicatorInput, type Level, type Plan, type PlanInput } from "../../core/model";

export interface EditorRow {
  /** Identity for the editor and React; never shown, never saved. */
  key: string;
  code: string;
  stt: string;
  name: string;
  unit: string;
  target: string;
  stretch: string;
  milestones: Record<string, string>;
  basis: string | null;
  agency: { name: string; origin: AgencyOrigin } | null;
  /** The document's words; null for a row typed by the officer. */
  quote: string | null;
  /** The extractor's confidence (0..1); null once the officer has edited the row or typed it. */
  confidence: number | null;
  warnings: string[];
  parts: EditorRow[];
}

export interface EditorSection {
  key: string;
  code: string;
  title: string;
  statedCount: number | null;
  rows: EditorRow[];
}

export interface EditorHeading {
  /** "Kế hoạch", "Chương trình hành động". */
  kind: string;
  number: string;
  /** As typed: "19/01/2024" or "2024-01-19"; the model reads both. */
  date: string;
  place: string;
  /** The plan's title, as the document names it. */
  title: string;
  /** The annex's title as it should print; blank: composed from the period. */
  annexTitle: string;
  issuer: string;
  level: Level | "";
  province: string;
  /** "2024", or "2021-2030" for a plan over several years. */
  period: string;
}

export interface PlanEditorState {
  id: string;
  heading: EditorHeading;
  sections: EditorSection[];
  statedCount: number | null;
  /** Milestone years and vision of a plan over several years, kept from the document. */
  milestoneYears: number[];
  vision: number | null;
  /** Warnings about the whole document, from the extractor. */
  warnings: string[];
  nextKey: number;
}

export type CellField = "stt" | "name" | "unit" | "target" | "stretch" | "agency";
export type HeadingField = Exclude<keyof EditorHeading, "level">;

export type EditorEvent =
  | { type: "editHeading"; field: HeadingField; value: string }
  | { type: "setLevel"; level: Level | "" }
  | { type: "editCell"; key: string; field: CellField; value: string }
  | { type: "confirmAgency"; key: string; name: string }
  | { type: "addRow"; section: string; after: string | null }
  | { type: "addPart"; key: string }
  | { type: "deleteRow"; key: string }
  | { type: "moveRow"; key: string; by: -1 | 1 }
  | { type: "addSection"; after: string | null }
  | { type: "editSection"; key: string; field: "code" | "title"; value: string }
  | { type: "deleteSection"; key: string }
  | { type: "moveSection"; key: string; by: -1 | 1 };

/** The editor's starting state from what the extractor read. */
export function editorFromDraft(draft: DraftPlan): PlanEditorState {
  let next = 0;
  const key = () => `k${++next}`;
  const row = (indicator: DraftIndicator): EditorRow => ({
    key: key(),
    code: indicator.code,
    stt: indicator.stt,
    name: indicator.name,
    unit: indicator.unit ?? "",
    target: indicator.target ?? "",
    stretch: indicator.stretch ?? "",
    milestones: { ...indicator.milestones },
    basis: indicator.basis,
    agency: indicator.agency,
    quote: indicator.source.quote,
    confidence: indicator.confidence,
    warnings: [...indicator.warnings],
    parts: indicator.parts.map(row),
  });
  const period = draft.period;
  return {
    id: draft.id,
    heading: {
      kind: draft.document.kind,
      number: draft.document.number ?? "",
      date: isoToTyped(draft.document.date),
      place: draft.document.place ?? "",
      title: draft.title ?? "",
      annexTitle: "",
      issuer: draft.issuer.name ?? "",
      level: draft.issuer.level ?? "",
      province: draft.issuer.province ?? "",
      period: period === null ? "" : "year" in period ? String(period.year) : `${period.from}-${period.to}`,
    },
    sections: draft.sections.map((section) => ({
      key: key(),
      code: section.code ?? "",
      title: section.title,
      statedCount: section.statedCount,
      rows: section.indicators.map(row),
    })),
    statedCount: draft.statedCount,
    milestoneYears: period !== null && "milestones" in period ? [...period.milestones] : [],
    vision: period !== null && "vision" in period ? period.vision : null,
    warnings: [...draft.warnings],
    nextKey: next + 1,
  };
}

/** "2024-01-19" -> "19/01/2024", the way an officer reads and types a date. */
function isoToTyped(date: string | null): string {
  if (date === null) return "";
  const [year, month, day] = date.split("-");
  return [day, month, year].filter((x) => x !== undefined).join("/");
}

export function planEditorReducer(state: PlanEditorState, event: EditorEvent): PlanEditorState {
  switch (event.type) {
    case "editHeading":
      return { ...state, heading: { ...state.heading, [event.field]: event.value } };
    case "setLevel":
      return { ...state, heading: { ...state.heading, level: event.level } };
    case "editCell":
      return mapRow(state, event.key, (row) => editCell(row, event.field, event.value));
    case "confirmAgency":
      return event.name.trim() === "" ? state : mapRow(state, event.key, (row) => ({ ...row, agency: { name: event.name.trim(), origin: "document" }, confidence: null }));
    case "addRow":
      return addRow(state, event.section, event.after);
    case "addPart":
      return addPart(state, event.key);
    case "deleteRow":
      return { ...state, sections: state.sections.map((s) => ({ ...s, rows: removeRow(s.rows, event.key) })) };
    case "moveRow":
      return moveRow(state, event.key, event.by);
    case "addSection": {
      const at = event.after === null ? state.sections.length : state.sections.findIndex((s) => s.key === event.after) + 1;
      const section: EditorSection = { key: `k${state.nextKey}`, code: "", title: "Mục mới", statedCount: null, rows: [] };
      return { ...state, nextKey: state.nextKey + 1, sections: [...state.sections.slice(0, at), section, ...state.sections.slice(at)] };
    }
    case "editSection":
      return { ...state, sections: state.sections.map((s) => (s.key === event.key ? { ...s, [event.field]: event.value } : s)) };
    case "deleteSection":
      return { ...state, sections: state.sections.filter((s) => s.key !== event.key) };
    case "moveSection": {
      const from = state.sections.findIndex((s) => s.key === event.key);
      const to = from + event.by;
      if (from < 0 || to < 0 || to >= state.sections.length) return state;
      return { ...state, sections: swap(state.sections, from, to) };
    }
  }
}

function editCell(row: EditorRow, field: CellField, value: string): EditorRow {
  if (field === "agency") {
    // A name the officer types is the plan's agency, no longer a suggestion.
    return { ...row, agency: value.trim() === "" ? null : { name: value, origin: "document" }, confidence: null };
  }
  return { ...row, [field]: value, confidence: null };
}

function mapRow(state: PlanEditorState, key: string, change: (row: EditorRow) => EditorRow): PlanEditorState {
  const visit = (rows: EditorRow[]): EditorRow[] => rows.map((row) => (row.key === key ? change(row) : row.parts.length > 0 ? { ...row, parts: visit(row.parts) } : row));
  return { ...state, sections: state.sections.map((s) => ({ ...s, rows: visit(s.rows) })) };
}

function removeRow(rows: EditorRow[], key: string): EditorRow[] {
  return rows.filter((row) => row.key !== key).map((row) => (row.parts.length > 0 ? { ...row, parts: removeRow(row.parts, key) } : row));
}

function swap<T>(items: readonly T[], a: number, b: number): T[] {
  const out = [...items];
  const first = out[a];
  const second = out[b];
  if (first === undefined || second === undefined) return out;
  out[a] = second;
  out[b] = first;
  return out;
}

function allCodes(state: PlanEditorState): Set<string> {
  const codes = new Set<string>();
  const visit = (row: EditorRow) => {
    codes.add(row.code);
    row.parts.forEach(visit);
  };
  state.sections.forEach((s) => s.rows.forEach(visit));
  return codes;
}

/** The next free code: "CT25" after CT24, never one in use, so no other row's code changes. */
export function nextCode(taken: ReadonlySet<string>, parent: string | null): string {
  if (parent !== null) {
    for (let n = 1; ; n++) if (!taken.has(`${parent}.${n}`)) return `${parent}.${n}`;
  }
  let max = 0;
  for (const code of taken) {
    const match = /^CT(\d+)$/.exec(code);
    if (match !== null) max = Math.max(max, Number(match[1]));
  }
  for (let n = max + 1; ; n++) {
    const code = `CT${String(n).padStart(2, "0")}`;
    if (!taken.has(code)) return code;
  }
}

/** The STT after `previous` in its own style: "3" -> "4", "(3)" -> "(4)", "3." -> "4.", "b)" -> "c)". */
export function nextStt(previous: string | null): string {
  if (previous === null) return "1";
  const number = /^(\D*)(\d+)(\D*)$/.exec(previous.trim());
  if (number !== null) return `${number[1] ?? ""}${Number(number[2]) + 1}${number[3] ?? ""}`;
  const letter = /^([a-zđ])([).])$/.exec(previous.trim());
  if (letter !== null && letter[1] !== undefined && letter[1] !== "z") return `${String.fromCharCode(letter[1].charCodeAt(0) + 1)}${letter[2] ?? ""}`;
  return previous.trim() === "-" || previous.trim() === "+" ? previous.trim() : "";
}

function blankRow(key: string, code: string, stt: string): EditorRow {
  return { key, code, stt, name: "", unit: "", target: "", stretch: "", milestones: {}, basis: null, agency: null, quote: null, confidence: null, warnings: [], parts: [] };
}

function addRow(state: PlanEditorState, sectionKey: string, after: string | null): PlanEditorState {
  const code = nextCode(allCodes(state), null);
  const key = `k${state.nextKey}`;
  const sections = state.sections.map((section) => {
    if (section.key !== sectionKey) return section;
    const at = after === null ? section.rows.length : section.rows.findIndex((r) => r.key === after) + 1;
    const previous = at > 0 ? (section.rows[at - 1]?.stt ?? null) : lastSttBefore(state, sectionKey);
    const row = blankRow(key, code, nextStt(previous));
    return { ...section, rows: [...section.rows.slice(0, at), row, ...section.rows.slice(at)] };
  });
  return { ...state, nextKey: state.nextKey + 1, sections };
}

/** Plans number indicators on through their sections: the row added first in a section follows the one before it. */
function lastSttBefore(state: PlanEditorState, sectionKey: string): string | null {
  const index = state.sections.findIndex((s) => s.key === sectionKey);
  for (let s = index - 1; s >= 0; s--) {
    const rows = state.sections[s]?.rows ?? [];
    const last = rows[rows.length - 1];
    if (last !== undefined) return last.stt;
  }
  return null;
}

function addPart(state: PlanEditorState, parentKey: string): PlanEditorState {
  const taken = allCodes(state);
  const key = `k${state.nextKey}`;
  const next = mapRow(state, parentKey, (row) => {
    const previous = row.parts[row.parts.length - 1]?.stt ?? null;
    return { ...row, parts: [...row.parts, blankRow(key, nextCode(taken, row.code), previous === null ? "-" : nextStt(previous))] };
  });
  return { ...next, nextKey: state.nextKey + 1 };
}

/**
 * Up or down among its siblings; an indicator at the edge of its section moves into the next
 * section (to its start going down, its end going up), the way one drags a row across a heading.
 */
function moveRow(state: PlanEditorState, key: string, by: -1 | 1): PlanEditorState {
  const sectionIndex = state.sections.findIndex((s) => s.rows.some((r) => r.key === key));
  if (sectionIndex < 0) {
    // A part: it moves among its parent's parts only.
    const visit = (rows: EditorRow[]): EditorRow[] => {
      const at = rows.findIndex((r) => r.key === key);
      if (at >= 0) return at + by < 0 || at + by >= rows.length ? rows : swap(rows, at, at + by);
      return rows.map((r) => (r.parts.length > 0 ? { ...r, parts: visit(r.parts) } : r));
    };
    return { ...state, sections: state.sections.map((s) => ({ ...s, rows: visit(s.rows) })) };
  }
  const section = state.sections[sectionIndex];
  if (section === undefined) return state;
  const at = section.rows.findIndex((r) => r.key === key);
  const to = at + by;
  if (to >= 0 && to < section.rows.length) {
    return { ...state, sections: state.sections.map((s, i) => (i === sectionIndex ? { ...s, rows: swap(s.rows, at, to) } : s)) };
  }
  const targetIndex = sectionIndex + by;
  const target = state.sections[targetIndex];
  const row = section.rows[at];
  if (target === undefined || row === undefined) return state;
  return {
    ...state,
    sections: state.sections.map((s, i) => {
      if (i === sectionIndex) return { ...s, rows: s.rows.filter((r) => r.key !== key) };
      if (i === targetIndex) return { ...s, rows: by > 0 ? [row, ...s.rows] : [...s.rows, row] };
      return s;
    }),
  };
}

/** Every row, parts after their parent, with its depth: what the editor lists. */
export function editorRows(state: PlanEditorState): { section: EditorSection; row: EditorRow; depth: number; parent: EditorRow | null }[] {
  const out: { section: EditorSection; row: EditorRow; depth: number; parent: EditorRow | null }[] = [];
  const visit = (section: EditorSection, row: EditorRow, depth: number, parent: EditorRow | null) => {
    out.push({ section, row, depth, parent });
    row.parts.forEach((part) => visit(section, part, depth + 1, row));
  };
  state.sections.forEach((section) => section.rows.forEach((row) => visit(section, row, 0, null)));
  return out;
}

/** Rows that need the officer's look: guessed by the extractor and not yet touched. */
export function needsLook(row: EditorRow): boolean {
  return row.confidence !== null && (row.confidence < 0.7 || row.warnings.length > 0);
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The edited plan as a plan model input, for validatePlan. Blank cells become null; a row typed
 * by hand has no quote (source origin "entered"); empty sections are left out.
 */
export function editorToPlanInput(state: PlanEditorState): PlanInput {
  const { heading } = state;
  const indicator = (row: EditorRow): IndicatorInput => ({
    code: row.code,
    stt: row.stt.trim(),
    name: row.name.trim(),
    unit: orNull(row.unit),
    target: orNull(row.target),
    stretch: orNull(row.stretch),
    milestones: row.milestones,
    basis: row.basis,
    agency: row.agency === null || row.agency.name.trim() === "" ? null : { name: row.agency.name.trim(), origin: row.agency.origin },
    parts: row.parts.map(indicator),
    source: row.quote === null ? { origin: "entered" } : { quote: row.quote },
  });
  const period = heading.period.trim();
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(period);
  const periodInput =
    range !== null
      ? { from: Number(range[1]), to: Number(range[2]), milestones: state.milestoneYears, vision: state.vision }
      : { year: /^\d{4}$/.test(period) ? Number(period) : Number.NaN };
  return {
    schemaVersion: 1,
    id: state.id,
    title: heading.title.trim(),
    document: { kind: heading.kind.trim(), number: orNull(heading.number), date: orNull(heading.date), place: orNull(heading.place) },
    issuer: { name: heading.issuer.trim(), level: (heading.level === "" ? undefined : heading.level) as Level, province: orNull(heading.province) },
    period: periodInput,
    statedCount: state.statedCount,
    annexHeading: { label: null, title: orNull(heading.annexTitle), attachedTo: null },
    sections: state.sections
      .filter((section) => section.rows.length > 0)
      .map((section) => ({ code: orNull(section.code), title: section.title.trim(), statedCount: section.statedCount, indicators: section.rows.map(indicator) })),
  };
}

export interface RowNote {
  severity: "loi" | "canh_bao" | "thong_tin";
  text: string;
}

/** What the editor shows beside the rows and the heading: the model's errors, then the review's findings. */
export interface EditorCheck {
  /** The plan, once it is valid. */
  plan: Plan | null;
  /** By row key. */
  rows: Map<string, RowNote[]>;
  /** About the heading or the plan as a whole. */
  general: RowNote[];
}

export function checkEditor(state: PlanEditorState): EditorCheck {
  const input = editorToPlanInput(state);
  const result = validatePlan(input);
  const rows = new Map<string, RowNote[]>();
  const add = (key: string, note: RowNote) => rows.set(key, [...(rows.get(key) ?? []), note]);
  const general: RowNote[] = [];
  if (!result.ok) {
    const byPath = rowKeysByPath(state);
    for (const error of result.errors) {
      const key = rowKeyOf(error.path, byPath);
      if (key === null) general.push({ severity: "loi", text: error.message });
      else add(key, { severity: "loi", text: error.message });
    }
    return { plan: null, rows, general };
  }
  const byCode = new Map(editorRows(state).map(({ row }) => [row.code, row.key]));
  for (const finding of reviewPlan(result.plan)) {
    const key = finding.code === null ? undefined : byCode.get(finding.code);
    if (key === undefined) general.push({ severity: finding.severity, text: finding.message });
    else add(key, { severity: finding.severity, text: finding.message });
  }
  return { plan: result.plan, rows, general };
}

/** "sections[1].indicators[0].parts[2]" -> the row's key, as editorToPlanInput numbered them (empty sections left out). */
function rowKeysByPath(state: PlanEditorState): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (row: EditorRow, path: string) => {
    out.set(path, row.key);
    row.parts.forEach((part, k) => visit(part, `${path}.parts[${k}]`));
  };
  state.sections
    .filter((section) => section.rows.length > 0)
    .forEach((section, s) => section.rows.forEach((row, i) => visit(row, `sections[${s}].indicators[${i}]`)));
  return out;
}

function rowKeyOf(path: string, byPath: ReadonlyMap<string, string>): string | null {
  const match = /^sections\[\d+\]\.indicators\[\d+\](\.parts\[\d+\])*/.exec(path);
  return match === null ? null : (byPath.get(match[0]) ?? null);
}

/** The target as the core reads it ("≥ 95%"), so the officer sees what will be judged; null when blank. */
export function targetReading(text: string, unit: string): string | null {
  if (text.trim() === "") return null;
  const target = parseTarget(text, orNull(unit));
  return target.op === "text" ? "định tính, đánh giá thủ công" : formatTarget(target);
}

/**
 * The agency to offer for confirmation: one the extractor marked as a suggestion, or the core's
 * suggestion by the indicator's topic when the document names none; null when the row has the
 * plan's own agency.
 */
export function agencySuggestion(state: PlanEditorState, row: EditorRow, parent: EditorRow | null): string | null {
  if (row.agency !== null) return row.agency.origin === "suggested" ? row.agency.name : null;
  const { level, period } = state.heading;
  const year = Number(/\d{4}/.exec(period)?.[0] ?? Number.NaN);
  if (level === "" || !Number.isFinite(year)) return null;
  return suggestAgency([row.name, ...(parent === null ? [] : [parent.name])], level, year);
}
