import {
  assess,
  entryTrimmedIn,
  lastYearPercentFormula,
  percentOfLastYear,
  figurePart,
  formulaKey,
  judgementKey,
  parentsOf,
  PLAUSIBILITY_MARK,
  readActualCell,
  readEntryText,
  rowFormulas,
  planRuleFor,
  SHEET_LABELS,
  shownEntry,
  strippedEntry,
  type ActualCell,
  type Rule,
  type RowCells,
  type RowFormulas,
} from "../check";
import { rowLabel } from "../check/review/describe";
import { JUDGEMENT_LIST } from "../check/status";
import { placedIndicators, type Placed, type Plan } from "../model";
import { unitKind } from "../vn";
import { agencyCell, stillSuggested, workingAgencyText } from "./agencyCell";
import { columnPlan, ENTRY_HELPERS, HEADER, type ColumnPlan } from "./columns";
import { annexLabel, annexTitle, attachedTo } from "./heading";
import { MARGIN_NAME, marginRefersTo, modelSheet } from "./modelSheet";
import type { AnnexOptions } from "./options";
import { fitForPrint } from "./printFit";
import { measuredHeight, measureText } from "./rowHeights";
import { textWidthPoints } from "./textWidth";
import { ANNEX_STYLES, ISSUED_STYLES, landscapePage, STATUS_COLOURS } from "./styles";
import { cellRef, columnLetter, quoteSheetName, rangeRef, ROW_MARK, type Cell, type CellValue, type DataValidation, type Row, type Sheet, type Workbook } from "./sheet";

export const ANNEX_SHEET_NAME = "Phụ lục I";
/** The defined name of the annex's actuals column: it follows the annex sheet when renamed, so hosts find the annex by it. */
export const ACTUALS_NAME = "PhuLuc_ThucHien";

/** What an officer entered in a row, carried over when the annex is generated again. */
export interface AnnexEntry {
  actual: ActualCell;
  /** "Thực hiện cùng kỳ năm trước", when the annex has that column (options.lastYear). */
  lastYear?: ActualCell;
  note: CellValue;
  /**
   * The agency cell as the officer left it, when it differs from what the annex wrote (a confirmed
   * or corrected suggestion); absent when untouched.
   */
  agency?: string;
}

export interface AnnexInput {
  plan: Plan;
  options: AnnexOptions;
  /** By indicator code. */
  entries?: ReadonlyMap<string, AnnexEntry>;
  /** Another name than "Phụ lục I", when that one is taken (a new sheet beside an old annex). */
  sheetName?: string;
  /** Review findings marked "đã xem" in this workbook, carried when the annex is generated again. */
  seen?: readonly string[];
}

/** Where things landed, for hosts and tests that need to find them. */
export interface AnnexLayout {
  workbook: Workbook;
  columns: ColumnPlan;
  headerRows: { from: number; to: number };
  /** Row of each indicator and part, by code. */
  rowOf: Map<string, number>;
}

const FIRST_HEADER_ROW = 5;

/** A plan -> the standard Phụ lục I workbook (plus its very hidden model sheet). Pure. */
export function annexLayout({ plan, options, entries = new Map(), sheetName = ANNEX_SHEET_NAME, seen = [] }: AnnexInput): AnnexLayout {
  const columns = columnPlan(plan, options);
  const rows: Row[] = [];
  const merges: string[] = [];
  const put = (rowIndex: number, column: number, cell: Cell) => {
    const row = (rows[rowIndex - 1] ??= { cells: [] });
    row.cells[column - 1] = cell;
  };
  const wide = (rowIndex: number) => merges.push(rangeRef(rowIndex, 1, rowIndex, columns.lastVisible));

  put(1, 1, { value: annexLabel(plan), style: "annexNumber" });
  wide(1);
  put(2, 1, { value: annexTitle(plan), style: "title" });
  wide(2);
  put(3, 1, { value: attachedTo(plan), style: "attached" });
  wide(3);
  rows[3] = { cells: [] };
  if (options.locality !== null) {
    put(4, 1, { value: `Đơn vị báo cáo: ${options.locality}`, style: "locality" });
    wide(4);
  }

  const headerRows = writeHeader(plan, columns, put, merges);
  const firstDataRow = headerRows.to + 1;
  const placed = placedIndicators(plan);
  const patterns = formulaPatterns(columns);
  const rules = planRuleFor();
  const rowOf = new Map<string, number>();
  const issued = options.copy === "issued";
  // The issued copy keeps the checks on typed figures but says nothing while one types.
  const validations = validationRuns(issued);
  const lastYearValidations = validationRuns(issued);
  let rowIndex = firstDataRow;
  let lastSection = -1;
  const sectionRows = new Set<number>();
  for (const item of placed) {
    if (item.sectionIndex !== lastSection) {
      lastSection = item.sectionIndex;
      writeSection(item, columns, rowIndex, put);
      sectionRows.add(rowIndex);
      rowIndex++;
    }
    const rule = rules({ indicator: item.indicator, parents: parentsOf(item, placed), against: options.against, margin: plan.exceedMargin });
    writeIndicator(plan, item, rule, columns, rowIndex, entries.get(item.indicator.code), options.copy === "issued", put, patterns);
    (rows[rowIndex - 1] as Row).label = rowLabel(item);
    validations.add(rowIndex, validationFor(rule));
    rowOf.set(item.indicator.code, rowIndex);
    if (columns.lastYear !== null) lastYearValidations.add(rowIndex, lastYearValidation(rule));
    rowIndex++;
  }
  const lastDataRow = rowIndex - 1;

  const sheet: Sheet = {
    name: sheetName,
    visibility: "visible",
    columns: columnWidths(columns),
    rows: Array.from({ length: rows.length }, (_, i) => rows[i] ?? { cells: [] }),
    merges,
    frozen: { rows: headerRows.to, columns: columns.name },
    // Column by column: the actuals, then the cùng kỳ figures.
    validations: [...validations.of(columns.actual), ...(columns.lastYear === null ? [] : lastYearValidations.of(columns.lastYear.input))],
    // The issued copy keeps no marks; a questioned figure is the working copy's business.
    conditionalFormats: issued ? [] : statusFormats(columns, firstDataRow, lastDataRow),
    page: landscapePage(headerRows, { fitToWidth: 1, horizontalCentered: true }),
    gridLines: false,
  };
  const styles = issued ? ISSUED_STYLES : ANNEX_STYLES;
  fitForPrint({
    sheet,
    styles,
    flexible: Array.from({ length: columns.lastVisible }, (_, i) => i + 1).filter((c) => c !== columns.stt),
    table: { from: headerRows.from, to: lastDataRow },
    titleRows: headerRows,
    sectionRows,
    // Room for what officers type later: figures, a verdict on one line, a short note.
    // With the cùng kỳ columns the figures' columns share the room: two figures of ten characters,
    // a note of ten, so names and agencies do not wrap onto extra pages.
    minimums: new Map(
      columns.lastYear === null
        ? [
            [columns.actual, 12],
            [columns.percent, 8],
            [columns.status, issued ? 11 : QUESTIONED_WIDTH],
            [columns.note, 14],
          ]
        : [
            [columns.lastYear.input, 10],
            [columns.actual, 10],
            [columns.percent, 8],
            [columns.lastYear.percent, 8],
            [columns.status, issued ? 10 : QUESTIONED_WIDTH],
            [columns.note, 10],
          ],
    ),
  });
  const quoted = quoteSheetName(sheetName);
  const columnRange = (column: number) =>
    `${quoted}!$${columnLetter(column)}$${firstDataRow}:$${columnLetter(column)}$${Math.max(firstDataRow, lastDataRow)}`;
  return {
    workbook: {
      sheets: [sheet, modelSheet(plan, options, sheetName, seen)],
      activeSheet: sheetName,
      styles,
      definedNames: [
        { name: ACTUALS_NAME, refersTo: columnRange(columns.actual) },
        { name: "PhuLuc_DanhGia", refersTo: columnRange(columns.status) },
        { name: MARGIN_NAME, refersTo: marginRefersTo() },
      ],
      properties: { title: `${annexLabel(plan)} - ${annexTitle(plan)} - ${plan.issuer.name}`, creator: "Phụ lục" },
    },
    columns,
    headerRows,
    rowOf,
  };
}

type Put = (row: number, column: number, cell: Cell) => void;

function writeHeader(plan: Plan, columns: ColumnPlan, put: Put, merges: string[]): { from: number; to: number } {
  const top = FIRST_HEADER_ROW;
  const sub = columns.groupedTargets ? top + 1 : top;
  const numbers = sub + 1;
  const header = (column: number, text: string) => {
    put(top, column, { value: text, style: "header" });
    if (sub !== top) {
      put(sub, column, { value: null, style: "header" });
      merges.push(rangeRef(top, column, sub, column));
    }
  };
  header(columns.stt, HEADER.stt);
  header(columns.name, HEADER.name);
  header(columns.unit, HEADER.unit);
  if (columns.groupedTargets) {
    const first = columns.targets[0]?.column ?? columns.unit + 1;
    const last = columns.targets[columns.targets.length - 1]?.column ?? first;
    for (const { column } of columns.targets) put(top, column, { value: null, style: "header" });
    put(top, first, { value: `Kế hoạch (HĐND giao)`, style: "header" });
    merges.push(rangeRef(top, first, top, last));
    for (const { column, target } of columns.targets) put(sub, column, { value: target.header, style: "header" });
  } else {
    for (const { column, target } of columns.targets) header(column, target.header);
  }
  if (columns.stretch !== null) {
    const period = "year" in plan.period ? `năm ${plan.period.year}` : `đến năm ${plan.period.to}`;
    header(columns.stretch, `${HEADER.stretch} ${period}`);
  }
  header(columns.agency, `${HEADER.agency} theo dõi, đánh giá`);
  if (columns.lastYear !== null) header(columns.lastYear.input, HEADER.lastYear);
  header(columns.actual, columns.actualsLabel);
  header(columns.percent, HEADER.percent);
  if (columns.lastYear !== null) header(columns.lastYear.percent, HEADER.lastYearPercent);
  header(columns.status, HEADER.status);
  header(columns.note, HEADER.note);
  header(columns.code, HEADER.code);
  header(columns.value, HEADER.value);
  for (const helper of HELPERS) header(columns[helper], HEADER[helper]);
  if (columns.lastYear !== null) {
    header(columns.lastYear.value, HEADER.lastYearValue);
    for (const helper of ENTRY_HELPERS) header(columns.lastYear.helpers[helper], `${HEADER[helper]} (cùng kỳ)`);
  }
  for (let column = 1; column <= columns.lastVisible; column++) {
    put(numbers, column, { value: `(${column})`, style: "headerNumber" });
  }
  return { from: top, to: numbers };
}

function writeSection(item: Placed, columns: ColumnPlan, row: number, put: Put) {
  for (let column = 1; column <= columns.lastVisible; column++) put(row, column, empty("section"));
  put(row, columns.stt, { value: item.section.code ?? "", style: "sectionCenter" });
  put(row, columns.name, { value: item.section.title, style: "section" });
}

function writeIndicator(plan: Plan, item: Placed, rule: Rule, columns: ColumnPlan, row: number, entry: AnnexEntry | undefined, issued: boolean, put: Put, patterns: FormulaPatterns) {
  const { indicator, depth } = item;
  const nameStyle = depth === 0 ? "name" : depth === 1 ? "part" : "subPart";
  put(row, columns.stt, { value: indicator.stt === "" && depth > 0 ? "-" : indicator.stt, style: "center" });
  put(row, columns.name, { value: indicator.name, style: nameStyle });
  put(row, columns.unit, { value: indicator.unit ?? "", style: "center" });
  for (const { column, target } of columns.targets) {
    const text = target.year === null ? indicator.target : (indicator.milestones[target.year] ?? null);
    put(row, column, { value: text ?? "", style: "target" });
  }
  if (columns.stretch !== null) put(row, columns.stretch, { value: indicator.stretch ?? "", style: "target" });

  // The officer's own text in the agency cell wins over the plan's; the issued copy is only ever
  // made once no suggestion is left unconfirmed (see unconfirmedAgencies).
  const agency = agencyCell(plan, item);
  if (entry?.agency !== undefined) {
    put(row, columns.agency, { value: entry.agency, style: !issued && stillSuggested(entry.agency) ? "agencySuggested" : "text" });
  } else if (issued) {
    put(row, columns.agency, { value: agency.name, style: "text" });
  } else {
    put(row, columns.agency, { value: workingAgencyText(agency), style: agency.suggested ? "agencySuggested" : "text" });
  }

  const formulas = patterns(rule, "actual");
  const formulaCell = (pattern: string, result: CellValue, style: string): Cell => ({ pattern, result, style });
  const cell = carried(entry?.actual ?? { value: null });
  const result = assess(rule, readActualCell(cell));
  const heading = rule.kind === "manual" && rule.reason === "heading";
  put(row, columns.actual, valueCell(cell.value, heading ? "inputHeading" : "input"));
  put(row, columns.percent, formulas.percent === null ? empty("percent") : formulaCell(formulas.percent, result.percentOfPlan ?? "", "percent"));
  // A figure can be questioned after the annex is made, by a figure typed later: the verdict cell
  // then shows its mark by a number format, which no program refits the row for. Every row whose
  // figures can be questioned gets the room of the longest such verdict, so any print is readable.
  const verdict = SHEET_LABELS[result.status];
  put(row, columns.status, !issued && formulas.plausibility !== null ? { pattern: formulas.status, result: verdict, style: "status", shown: LONGEST_QUESTIONED } : formulaCell(formulas.status, verdict, "status"));
  put(row, columns.note, valueCell(entry?.note ?? null, "note"));
  put(row, columns.code, { value: indicator.code, style: "hidden" });
  // Every hidden helper cell of the row styled alike, formula or not: equal formats run down the sheet.
  const helper = (column: number, formula: string | null, result: CellValue) => put(row, column, formula === null ? empty("hidden") : formulaCell(formula, result, "hidden"));
  put(row, columns.value, empty("hidden"));
  for (const column of HELPERS) put(row, columns[column], empty("hidden"));
  if (rule.kind === "numeric") {
    const helpers = helperResults(rule, cell);
    helper(columns.entryTrimmed, formulas.trimmed, helpers.trimmed);
    helper(columns.entryText, formulas.text, helpers.text);
    helper(columns.entryFigure, formulas.figure, helpers.figure);
    helper(columns.entryWhole, formulas.whole, helpers.whole);
    helper(columns.entryDots, formulas.dots, helpers.dots);
    helper(columns.value, formulas.value, helpers.value);
    helper(columns.plausibility, formulas.plausibility, result.plausibility ? PLAUSIBILITY_MARK : "");
  } else {
    helper(columns.entryTrimmed, formulas.trimmed, typeof cell.value === "number" || typeof cell.value === "string" || typeof cell.value === "boolean" ? judgementKey(cellText(cell.value)) : "");
  }
  if (columns.lastYear !== null) writeLastYear(rule, columns.lastYear, row, entry, cell, heading, put, patterns);
}

/**
 * The "Thực hiện cùng kỳ năm trước" cell, read by its own hidden helpers exactly as the actuals are
 * (the same formulas over other cells), and "% so với cùng kỳ" from the two readings.
 */
function writeLastYear(rule: Rule, at: NonNullable<ColumnPlan["lastYear"]>, row: number, entry: AnnexEntry | undefined, actual: ActualCell, heading: boolean, put: Put, patterns: FormulaPatterns) {
  const cell = carried(entry?.lastYear ?? { value: null });
  put(row, at.input, valueCell(cell.value, heading ? "inputHeading" : "input"));
  if (rule.kind !== "numeric") {
    put(row, at.percent, empty("percent"));
    return;
  }
  const formulas = patterns(rule, "lastYear");
  const helpers = helperResults(rule, cell);
  const helper = (column: number, formula: string | null, result: CellValue) => {
    if (formula !== null) put(row, column, { pattern: formula, result, style: "hidden" });
  };
  helper(at.helpers.entryTrimmed, formulas.trimmed, helpers.trimmed);
  helper(at.helpers.entryText, formulas.text, helpers.text);
  helper(at.helpers.entryFigure, formulas.figure, helpers.figure);
  helper(at.helpers.entryWhole, formulas.whole, helpers.whole);
  helper(at.helpers.entryDots, formulas.dots, helpers.dots);
  helper(at.value, formulas.value, helpers.value);
  if (unitKind(rule.target.unit) === "rank") {
    put(row, at.percent, empty("percent"));
    return;
  }
  const percent = percentOfLastYear(rule, readActualCell(actual), readActualCell(cell));
  const pattern = patterns.lastYearPercent as string;
  put(row, at.percent, { pattern, result: percent ?? "", style: "percent" });
}

interface FormulaPatterns {
  /** The row formulas of a rule over the actuals' cells or the cùng kỳ cells. */
  (rule: Rule, cells: "actual" | "lastYear"): RowFormulas;
  /** "% so với cùng kỳ" (the same in every row with it); null without the cùng kỳ columns. */
  lastYearPercent: string | null;
}

/**
 * A layout's row formula patterns, built once per distinct rule (formulaKey) and each distinct text
 * held once: the cells they read are the same in every row (ROW_MARK), so equal rules give equal
 * patterns, and a 100,000-row annex holds a few hundred patterns instead of a million strings.
 */
function formulaPatterns(columns: ColumnPlan): FormulaPatterns {
  // Built over the row's own cells as patterns (ROW_MARK for the row): rows whose patterns are equal
  // share one formula in the file.
  const at = (column: number) => rowRef(column);
  const actual: RowCells = {
    actual: at(columns.actual),
    trimmed: at(columns.entryTrimmed),
    text: at(columns.entryText),
    figure: at(columns.entryFigure),
    whole: at(columns.entryWhole),
    dots: at(columns.entryDots),
    value: at(columns.value),
    margin: MARGIN_NAME,
  };
  const lastYear = columns.lastYear;
  // The cùng kỳ figure is read by its own helpers exactly as the actuals are; nothing is judged by it.
  const lastYearCells: RowCells | null =
    lastYear === null
      ? null
      : {
          actual: at(lastYear.input),
          trimmed: at(lastYear.helpers.entryTrimmed),
          text: at(lastYear.helpers.entryText),
          figure: at(lastYear.helpers.entryFigure),
          whole: at(lastYear.helpers.entryWhole),
          dots: at(lastYear.helpers.entryDots),
          value: at(lastYear.value),
        };
  const byRule = new Map<string, RowFormulas>();
  const texts = new Map<string, string>();
  const held = (text: string | null): string | null => {
    if (text === null) return null;
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  const patterns = (rule: Rule, cells: "actual" | "lastYear"): RowFormulas => {
    const key = `${cells}\u0002${formulaKey(rule)}`;
    let formulas = byRule.get(key);
    if (formulas === undefined) {
      const built = rowFormulas(rule, cells === "actual" ? actual : (lastYearCells as RowCells));
      formulas = {
        trimmed: held(built.trimmed),
        text: held(built.text),
        figure: held(built.figure),
        whole: held(built.whole),
        dots: held(built.dots),
        value: held(built.value),
        percent: held(built.percent),
        status: held(built.status) as string,
        plausibility: held(built.plausibility),
      };
      byRule.set(key, formulas);
    }
    return formulas;
  };
  return Object.assign(patterns, { lastYearPercent: lastYear === null ? null : lastYearPercentFormula(at(columns.value), at(lastYear.value)) });
}

/** A cell holding nothing, in a style: one shared object per style (frozen: a row never changes it). */
function empty(style: string): Cell {
  let cell = EMPTY_CELLS.get(style);
  if (cell === undefined) {
    cell = Object.freeze({ value: null, style });
    EMPTY_CELLS.set(style, cell);
  }
  return cell;
}

const EMPTY_CELLS = new Map<string, Cell>();

/** A constant in a style; an empty one shared (see empty). */
function valueCell(value: CellValue, style: string): Cell {
  return value === null ? empty(style) : { value, style };
}

/** A cell of the row in a formula pattern: "G" + ROW_MARK. */
function rowRef(column: number): string {
  return `${columnLetter(column)}${ROW_MARK}`;
}

/** A cell's value as Excel's TRIM sees it (a number in its general form, TRUE/FALSE). */
function cellText(value: string | number | boolean): string {
  return typeof value === "string" ? value : typeof value === "boolean" ? String(value).toUpperCase() : String(value);
}

/** The agency cell as printed: the document's agency, or a suggestion marked "(gợi ý)" (also read back by sheetEdits). */
/** The agency cell as the working copy prints it, suggestion mark included (sheet edits compare with it). */
export function agencyCellText(plan: Plan, item: Placed): { text: string; suggested: boolean } {
  const cell = agencyCell(plan, item);
  return { text: workingAgencyText(cell), suggested: cell.suggested };
}

/** The hidden helper columns of a typed figure's reading, in order, and the plausibility mark. */
const HELPERS = ["entryTrimmed", "entryText", "entryFigure", "entryWhole", "entryDots", "plausibility"] as const;

/**
 * An entry carried over: as the officer sees it (check/actual.ts `shownEntry`), so a percentage
 * Excel stored as a fraction (97,5% as 0,975, percent-formatted) is carried as the text "97,5%",
 * which the new annex's formulas read as the add-in read the old cell.
 */
const carried = shownEntry;

/** What the hidden helper cells compute (formula.ts), for the results cached with their formulas. */
function helperResults(rule: Extract<Rule, { kind: "numeric" }>, cell: ActualCell): Record<"trimmed" | "text" | "figure" | "whole" | "dots" | "value", CellValue> {
  const { value } = cell;
  if (value === null) return NOTHING_TYPED;
  const trimmed = typeof value === "string" ? entryTrimmedIn(value, rule.entry) : typeof value === "boolean" ? String(value).toUpperCase() : "";
  const text = typeof value === "number" ? "" : strippedEntry(trimmed, rule.entry);
  const figure = text === "" ? "" : figurePart(text, rule.entry);
  const whole = figure.split(",")[0] ?? "";
  const dots = figure.split(".").length - 1;
  const read = typeof value === "number" ? (Number.isFinite(value) ? value : "#") : trimmed === "" ? "" : typeof value !== "string" ? "#" : valueOf(readEntryText(value, rule.entry));
  return { trimmed, text, figure, whole, dots, value: read };
}

/** What the helpers compute for an empty cell: most rows of a new annex. */
const NOTHING_TYPED: Record<"trimmed" | "text" | "figure" | "whole" | "dots" | "value", CellValue> = { trimmed: "", text: "", figure: "", whole: "", dots: 0, value: "" };

const valueOf = (read: ReturnType<typeof readEntryText>): CellValue => ("value" in read ? read.value : "#");

/** A validation without its cells: what a run of rows shares. */
type ValidationRule = DataValidation extends infer V ? (V extends DataValidation ? Omit<V, "range"> : never) : never;

/** The guidance the working copy once printed under the table; now it shows only while typing. */
const AUTOMATIC = `Cột "${HEADER.percent}" và "${HEADER.status}" tự tính: Vượt, Đạt hoặc Không đạt.`;

/**
 * The same few messages for every row (the row itself shows unit and target), so consecutive rows
 * share one rule: a 2,000-indicator annex then needs tens of rules, not thousands. Each rule is one
 * object, so rows are compared by identity.
 */
const MANUAL_VALIDATION: ValidationRule = {
  type: "list",
  values: JUDGEMENT_LIST,
  prompt: { title: "Đánh giá thủ công", message: "Chọn Đạt, Không đạt hoặc Hoàn thành." },
  error: { title: "Chọn trong danh sách", message: "Chỉ tiêu này được đánh giá thủ công: chọn Đạt, Không đạt hoặc Hoàn thành." },
};
const PROMPTS = new Map<string, ValidationRule>();

/** A rule that refuses nothing and says what is expected while one types, one object per message. */
function prompt(title: string, message: string): ValidationRule {
  const key = `${title}\u0002${message}`;
  let rule = PROMPTS.get(key);
  if (rule === undefined) {
    rule = { type: "any", prompt: { title, message } };
    PROMPTS.set(key, rule);
  }
  return rule;
}

function validationFor(rule: Rule): ValidationRule {
  if (rule.kind === "manual") return MANUAL_VALIDATION;
  // No rule that refuses: "8,7" typed where Windows expects "8.7" is text, and is read (check/entry.ts).
  if (unitKind(rule.target.unit) === "rank" && rule.target.of !== undefined) {
    return prompt("Thứ hạng", `Nhập thứ hạng đạt được, từ 1 đến ${rule.target.of} (ví dụ 4 hoặc 4/${rule.target.of}).`);
  }
  const change = rule.target.change === "decrease" ? "mức giảm" : rule.target.change === "increase" ? "mức tăng" : null;
  const entered = change
    ? `Nhập ${change} đạt được so với kỳ trước, theo đơn vị ở cột Đơn vị tính (ví dụ 6).`
    : "Nhập số đạt được, theo đơn vị ở cột Đơn vị tính (ví dụ 97,5 hoặc 1.234,5).";
  return prompt("Số liệu thực hiện", `${entered} ${AUTOMATIC}`);
}

/** The cùng kỳ cell says what it wants while one types; nothing refuses ("8,7" stays text and is read). */
function lastYearValidation(rule: Rule): ValidationRule {
  const message =
    rule.kind === "manual"
      ? "Chỉ tiêu đánh giá thủ công: ghi số liệu cùng kỳ nếu có, để tham khảo; không tính % so với cùng kỳ."
      : `Nhập số thực hiện cùng kỳ năm trước, theo đơn vị ở cột Đơn vị tính (ví dụ 97,5). Cột "${HEADER.lastYearPercent}" tự tính.`;
  return prompt("Cùng kỳ năm trước", message);
}

/**
 * One column's validations, one per run of consecutive rows with the same rule, not one per cell.
 * The issued copy keeps the rules that refuse, without their prompts; a prompt-only rule ("any") has
 * nothing left there.
 */
function validationRuns(issued: boolean) {
  const runs: { rule: ValidationRule; from: number; to: number }[] = [];
  const asIssued = new Map<ValidationRule, ValidationRule | null>();
  const shown = (rule: ValidationRule): ValidationRule | null => {
    if (!issued) return rule;
    let found = asIssued.get(rule);
    if (found === undefined) {
      found = rule.type === "any" ? null : (({ prompt: _prompt, ...rest }) => rest)(rule);
      asIssued.set(rule, found);
    }
    return found;
  };
  return {
    add(row: number, given: ValidationRule): void {
      const rule = shown(given);
      if (rule === null) return;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.rule === rule && last.to + 1 === row) last.to = row;
      else runs.push({ rule, from: row, to: row });
    },
    of(column: number): DataValidation[] {
      return runs.map(({ rule, from, to }) => ({ range: from === to ? cellRef(from, column) : rangeRef(from, column, to, column), ...rule }) as DataValidation);
    },
  };
}

/** What a questioned verdict shows after its word ("Đạt - Kiểm tra lại số liệu"), by number format. */
const QUESTIONED_SUFFIX = ` - ${PLAUSIBILITY_MARK}`;

/** The widest verdict a questioned figure can show: a questioned figure is read, so Vượt, Đạt or Không đạt. */
const LONGEST_QUESTIONED = (["vuot", "dat", "khong_dat"] as const)
  .map((status) => `${SHEET_LABELS[status]}${QUESTIONED_SUFFIX}`)
  .reduce((widest, text) => (textWidthPoints(text, 12, true) > textWidthPoints(widest, 12, true) ? text : widest));

/**
 * The working copy's verdict column holds that verdict in two lines: fitting widths one character
 * at a time never finds the width where three lines become two, so it is given from the start.
 */
const QUESTIONED_WIDTH = ((): number => {
  const text = measureText(LONGEST_QUESTIONED, ANNEX_STYLES.status?.font?.size ?? 12, true);
  const twoLines = measuredHeight(measureText("Vượt", ANNEX_STYLES.status?.font?.size ?? 12, true), 10) * 2;
  let width = 10;
  while (measuredHeight(text, width) > twoLines) width++;
  return width;
})();

function statusFormats(columns: ColumnPlan, first: number, last: number) {
  if (last < first) return [];
  const status = `$${columnLetter(columns.status)}${first}`;
  const range = rangeRef(first, columns.status, last, columns.status);
  const actualRange = rangeRef(first, columns.actual, last, columns.actual);
  const questioned = `LEN($${columnLetter(columns.plausibility)}${first})>0`;
  const colours = STATUS_COLOURS.map(({ status: s, fill, fontColor }) => ({ formula: `${status}="${SHEET_LABELS[s]}"`, style: { fill, fontColor, bold: true } }));
  return [
    // Beside the verdict, never instead of it: the cell keeps its value and its verdict's colour.
    // LibreOffice applies only the first rule that holds, so each colour comes with the words too.
    ...colours.map(({ formula, style }) => ({ range, formula: `AND(${questioned},${formula})`, style: { ...style, numFmt: `@"${QUESTIONED_SUFFIX}"` } })),
    ...colours.map(({ formula, style }) => ({ range, formula, style })),
    { range: actualRange, formula: `${status}="${SHEET_LABELS.khong_hop_le}"`, style: { fill: "FFEB9C", fontColor: "9C5700" } },
  ];
}

function columnWidths(columns: ColumnPlan) {
  const widths: { width: number; hidden?: boolean }[] = [];
  const set = (column: number, width: number, hidden = false) => (widths[column - 1] = hidden ? { width, hidden } : { width });
  set(columns.stt, 6);
  set(columns.name, 46);
  set(columns.unit, 11);
  for (const { column } of columns.targets) set(column, columns.groupedTargets ? 11 : 13);
  if (columns.stretch !== null) set(columns.stretch, 12);
  set(columns.agency, 26);
  set(columns.actual, 13);
  set(columns.percent, 9);
  set(columns.status, 11);
  set(columns.note, 16);
  set(columns.code, 10, true);
  set(columns.value, 10, true);
  for (const helper of HELPERS) set(columns[helper], 10, true);
  if (columns.lastYear !== null) {
    set(columns.lastYear.input, 13);
    set(columns.lastYear.percent, 9);
    set(columns.lastYear.value, 10, true);
    for (const helper of ENTRY_HELPERS) set(columns.lastYear.helpers[helper], 10, true);
  }
  return Array.from({ length: columns.count }, (_, i) => widths[i] ?? { width: 10 });
}
