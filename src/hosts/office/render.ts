/**
 * Queues the core's workbook description (src/core/annex/sheet.ts) onto an Office.js request
 * context, cell for cell what the .xlsx host writes. No sync of its own: the caller syncs once
 * after each batch, and there is one batch unless the request would pass the payload bound.
 *
 * Values, formulas and number formats go as one 2D array per sheet; formats as rectangles per
 * attribute (styleAreas.ts); APIs above ExcelApi 1.7 only where ApiSupport says so.
 */
import { columnLetter, columnSpanRef, rangeRef, rowSpanRef, type ConditionalFormat, type DataValidation, type PageSetup, type Sheet, type Workbook } from "../../core/annex/sheet";
import { skippedFeatures, type ApiSupport } from "./apiSupport";
import { formulaInput } from "./cellValues";
import { estimate, jsonBytes, RECORD_BYTES, SAFE_REQUEST_BYTES } from "./payload";
import { formatAreas, styleGrid, type FormatAttribute, type StyleGrid } from "./styleAreas";

/** Where the description lands in a workbook that may already have sheets and names. */
export interface RenderTarget {
  /** Defined names already in the workbook that the description redefines: names.add refuses duplicates. */
  replaceNames: ReadonlySet<string>;
  /** A sheet renamed at the commit (the previous annex, kept), or null. */
  rename: { from: string; to: string } | null;
  /** 0-based tab position of the first described sheet, or null to leave it at the end. */
  position: number | null;
  /** Sheets added to a workbook the user made (consolidation): its title is the user's, not the description's. */
  keepTitle?: boolean;
  /**
   * Write every described sheet under a hidden staging name, and swap the sheets in only in the
   * last request (the commit): a failure before it leaves the workbook as it was, plus hidden
   * staging sheets that the next generation removes. `names`: described name → staging name;
   * `drop`: sheets deleted at the commit (the previous model sheet); `clear`: staging sheets left
   * by an earlier failed generation, deleted first.
   */
  staging?: { names: ReadonlyMap<string, string>; drop: readonly string[]; clear: readonly string[] };
}

export const NEW_WORKBOOK: RenderTarget = { replaceNames: new Set(), rename: null, position: null };

export type Batch = (context: Excel.RequestContext) => void;

export interface RenderPlan {
  /** Queue each onto a context and sync after it, in order. */
  batches: Batch[];
  /** Estimated request bytes of each batch. */
  bytes: number[];
  /** Features of the description this Excel cannot apply (Vietnamese, for the pane). */
  skipped: string[];
  /** The cell writes, by sheet and address: Excel raises change events for them. */
  writes: { sheet: string; address: string }[];
}

interface Env {
  context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
  added: Map<string, Excel.Worksheet>;
}

interface Step {
  bytes: number;
  queue(env: Env): void;
  /** A first part that fits in `room` bytes and the rest, or null when nothing smaller fits. */
  split?(room: number): [Step, Step] | null;
  /** Cells whose contents it writes. */
  writes?: { sheet: string; address: string };
}

export function planRender(workbook: Workbook, target: RenderTarget, support: ApiSupport, limit = SAFE_REQUEST_BYTES): RenderPlan {
  const staging = target.staging;
  const written = (name: string) => staging?.names.get(name) ?? name;
  const steps: Step[] = [];
  for (const name of staging?.clear ?? []) steps.push(dropStep(name));
  if (target.rename && !staging) steps.push(renameStep(target.rename.from, target.rename.to));
  workbook.sheets.forEach((sheet, index) => steps.push(setupStep(written(sheet.name), staging !== undefined, index === 0 && !staging ? target.position : null)));
  for (const sheet of workbook.sheets) steps.push(...sheetSteps(sheet, written(sheet.name), workbook, support, staging === undefined));
  // Staged, the swap and the names, activation and title that go with it are one step, hence one request.
  if (staging) steps.push(together([commitStep(workbook, target, staging), ...workbookSteps(workbook, target)]));
  else steps.push(...workbookSteps(workbook, target));
  // Each batch looks its sheets up once (getItem: two records each).
  const packed = pack(steps, limit - 2 * RECORD_BYTES * (workbook.sheets.length + 1));
  return {
    batches: packed.map((batch) => (context: Excel.RequestContext) => {
      const added = new Map<string, Excel.Worksheet>();
      const cache = new Map<string, Excel.Worksheet>();
      const env: Env = {
        context,
        added,
        sheet: (name) => {
          const known = added.get(name) ?? cache.get(name);
          if (known) return known;
          const item = context.workbook.worksheets.getItem(name);
          cache.set(name, item);
          return item;
        },
      };
      for (const step of batch) step.queue(env);
    }),
    bytes: packed.map((batch) => batch.reduce((sum, step) => sum + step.bytes, 0)),
    skipped: skippedFeatures(workbook, support),
    // Change events name the sheet as it is when Excel raises them: after the commit, the described name.
    writes: packed.flat().flatMap((step) => (step.writes ? [step.writes] : [])),
  };
}

/** Greedy, in order: a step that does not fit starts a new batch; only a step larger than a whole request is split. */
function pack(steps: Step[], limit: number): Step[][] {
  const batches: Step[][] = [[]];
  let room = limit;
  const current = () => batches[batches.length - 1] as Step[];
  const next = () => {
    batches.push([]);
    room = limit;
  };
  for (const step of steps) {
    let rest: Step = step;
    for (;;) {
      if (rest.bytes <= room) {
        current().push(rest);
        room -= rest.bytes;
        break;
      }
      // A step that fits a request of its own starts one rather than being cut: chunk only when needed.
      if (rest.bytes <= limit && current().length > 0) {
        next();
        continue;
      }
      const parts = rest.split?.(room) ?? null;
      if (parts) {
        current().push(parts[0]);
        next();
        rest = parts[1];
        continue;
      }
      if (current().length === 0) {
        // A single action larger than the bound: nothing smaller exists, so it goes alone.
        current().push(rest);
        next();
        break;
      }
      next();
    }
  }
  return batches.filter((batch) => batch.length > 0);
}

/** Steps that must reach Excel in the same request: never split, never separated by the packer. */
function together(parts: Step[]): Step {
  return { bytes: parts.reduce((sum, part) => sum + part.bytes, 0), queue: (env) => parts.forEach((part) => part.queue(env)) };
}

/** A step of `records` request records (payload.ts) carrying `args`. */
const simple = (records: number, args: unknown, queue: (env: Env) => void): Step => ({ bytes: estimate(records, args), queue });

function renameStep(from: string, to: string): Step {
  return simple(3, [from, to], ({ context }) => {
    context.workbook.worksheets.getItem(from).name = to;
  });
}

function setupStep(name: string, hidden: boolean, position: number | null): Step {
  return simple(5, name, (env) => {
    const added = env.context.workbook.worksheets.add(name);
    // A staging sheet stays out of sight (and out of the reader's way) until the commit.
    if (hidden) added.visibility = "Hidden";
    if (position !== null) added.position = position;
    env.added.set(name, added);
  });
}

/** Deletes a sheet of the add-in's own; Excel refuses to delete a very hidden sheet, so it is made hidden first. */
function dropStep(name: string): Step {
  return simple(4, name, (env) => {
    const sheet = env.sheet(name);
    sheet.visibility = "Hidden";
    sheet.delete();
  });
}

/**
 * The swap, all in one request: the previous annex renamed (kept), the previous model sheet
 * deleted, the staged sheets renamed to their described names, placed and shown as described.
 */
function commitStep(workbook: Workbook, target: RenderTarget, staging: NonNullable<RenderTarget["staging"]>): Step {
  return simple(6 + 6 * workbook.sheets.length + 4 * staging.drop.length, [target.rename, staging.drop, [...staging.names]], (env) => {
    if (target.rename) env.context.workbook.worksheets.getItem(target.rename.from).name = target.rename.to;
    for (const name of staging.drop) {
      const old = env.context.workbook.worksheets.getItem(name);
      old.visibility = "Hidden";
      old.delete();
    }
    workbook.sheets.forEach((sheet, index) => {
      const staged = env.context.workbook.worksheets.getItem(staging.names.get(sheet.name) ?? sheet.name);
      staged.name = sheet.name;
      staged.visibility = sheet.visibility === "veryHidden" ? "VeryHidden" : "Visible";
      if (index === 0 && target.position !== null) staged.position = target.position;
      // Later steps of this request find the sheet under its described name.
      env.added.set(sheet.name, staged);
    });
  });
}

/** The steps that write `sheet` onto the worksheet called `name` (its staging name until the commit). */
function sheetSteps(described: Sheet, name: string, workbook: Workbook, support: ApiSupport, visibility: boolean): Step[] {
  const sheet = name === described.name ? described : { ...described, name };
  const styles = styleGrid(sheet);
  const steps: Step[] = [
    // Values before number formats: the text prefix (cellValues.ts) works in General cells only.
    ...arraySteps(sheet.name, formulaRows(sheet), "formulas"),
    ...arraySteps(sheet.name, numberFormatRows(sheet, styles, workbook), "numberFormat"),
    ...formatSteps(sheet.name, styles, workbook, support),
    ...columnSteps(sheet),
    ...rowSteps(sheet),
    ...sheet.merges.map((ref) => simple(3, ref, (env) => env.sheet(sheet.name).getRange(ref).merge(false))),
    // ConditionalFormatCollection.add puts each new format first: adding in reverse keeps the described priority.
    ...[...sheet.conditionalFormats].reverse().map((format) => conditionalFormatStep(sheet.name, format)),
  ];
  if (support.dataValidation) steps.push(...sheet.validations.map((validation) => validationStep(sheet.name, validation)));
  const frozen = sheet.frozen;
  if (frozen && (frozen.rows > 0 || frozen.columns > 0)) steps.push(freezeStep(sheet.name, frozen));
  if (sheet.page && support.pageLayout) steps.push(pageStep(sheet.name, sheet.page));
  if (sheet.rowBreaks !== undefined && sheet.rowBreaks.length > 0 && support.pageBreaks) steps.push(pageBreaksStep(sheet.name, sheet.rowBreaks));
  if (sheet.gridLines !== undefined && support.gridlines) {
    const show = sheet.gridLines;
    steps.push(simple(1, show, (env) => (env.sheet(sheet.name).showGridlines = show)));
  }
  if (visibility) {
    const shown = sheet.visibility === "veryHidden" ? "VeryHidden" : "Visible";
    steps.push(simple(1, shown, (env) => (env.sheet(sheet.name).visibility = shown)));
  }
  return steps;
}

type Entry = string | number | boolean | null;

function width(sheet: Sheet): number {
  return sheet.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
}

function formulaRows(sheet: Sheet): Entry[][] {
  const columns = width(sheet);
  return sheet.rows.map((row, r) => Array.from({ length: columns }, (_, c) => formulaInput(row.cells[c], r + 1)));
}

/** null (leave as is) where the format is General: the cells are new or cleared, hence General already. */
function numberFormatRows(sheet: Sheet, styles: StyleGrid, workbook: Workbook): Entry[][] | null {
  const columns = width(sheet);
  let any = false;
  const rows = sheet.rows.map((_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const key = styles[r]?.[c];
      const numFmt = key === undefined ? undefined : workbook.styles[key]?.numFmt;
      if (numFmt === undefined || numFmt === "General") return null;
      any = true;
      return numFmt;
    }),
  );
  return any ? rows : null;
}

/** One write of a 2D array for the whole sheet, split by rows only when a batch cannot hold it. */
function arraySteps(sheetName: string, rows: Entry[][] | null, property: "formulas" | "numberFormat"): Step[] {
  if (rows === null || rows.length === 0) return [];
  const columns = rows[0]?.length ?? 0;
  if (columns === 0) return [];
  const rowBytes = rows.map((row) => jsonBytes(row) + 1);
  const chunk = (from: number, to: number): Step => {
    let bytes = 3 * RECORD_BYTES;
    for (let r = from; r <= to; r++) bytes += rowBytes[r - 1] ?? 0;
    return {
      bytes,
      ...(property === "formulas" ? { writes: { sheet: sheetName, address: rangeRef(from, 1, to, columns) } } : {}),
      queue: (env) => {
        const range = env.sheet(sheetName).getRange(rangeRef(from, 1, to, columns));
        range[property] = rows.slice(from - 1, to);
      },
      split: (room) => {
        let fit = 0;
        let used = 3 * RECORD_BYTES;
        while (from + fit < to && used + (rowBytes[from + fit - 1] ?? 0) <= room) used += rowBytes[from + fit++ - 1] ?? 0;
        return fit === 0 ? null : [chunk(from, from + fit - 1), chunk(from + fit, to)];
      },
    };
  };
  return [chunk(1, rows.length)];
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** One range per rectangle, with every attribute that rectangle carries. */
function formatSteps(sheetName: string, styles: StyleGrid, workbook: Workbook, support: ApiSupport): Step[] {
  const byArea = new Map<string, FormatAttribute[]>();
  for (const { attribute, area } of formatAreas(styles, workbook.styles)) {
    if (attribute.kind === "indent" && !support.indent) continue;
    const ref = rangeRef(area.top, area.left, area.bottom, area.right);
    byArea.set(ref, [...(byArea.get(ref) ?? []), attribute]);
  }
  return [...byArea].map(([ref, attributes]) => {
    // getRange (2 records) and format; per attribute its font or fill object and the value; a border sets three values on each of six edges.
    const records = 3 + attributes.reduce((sum, a) => sum + (a.kind === "border" ? EDGES.length * 5 : 2), 0);
    return simple(records, [ref, attributes.map((a) => a.value)], (env) => {
      const format = env.sheet(sheetName).getRange(ref).format;
      for (const attribute of attributes) applyFormat(format, attribute, support);
    });
  });
}

function applyFormat(format: Excel.RangeFormat, attribute: FormatAttribute, support: ApiSupport): void {
  switch (attribute.kind) {
    case "fontName":
      format.font.name = attribute.value;
      return;
    case "fontSize":
      format.font.size = attribute.value;
      return;
    case "bold":
      format.font.bold = attribute.value;
      return;
    case "italic":
      format.font.italic = attribute.value;
      return;
    case "fontColor":
      format.font.color = `#${attribute.value}`;
      return;
    case "fill":
      format.fill.color = `#${attribute.value}`;
      return;
    case "horizontal":
      format.horizontalAlignment = HORIZONTAL[attribute.value];
      return;
    case "vertical":
      format.verticalAlignment = VERTICAL[attribute.value];
      return;
    case "wrap":
      format.wrapText = attribute.value;
      return;
    case "indent":
      if (support.indent) format.indentLevel = attribute.value;
      return;
    case "border":
      for (const edge of EDGES) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
        border.color = "#000000";
      }
      return;
  }
}

/**
 * Column widths are in characters of the default font's widest digit (7 pixels for Calibri 11, as
 * the .xlsx host assumes) plus 5 pixels of padding; Office.js takes points (0.75 of a pixel).
 */
export function columnPoints(characters: number): number {
  if (characters <= 0) return 0;
  return (Math.round(characters * 7) + 5) * 0.75;
}

/** Consecutive columns or rows with the same value, as [first, last, value]. */
function runs<T>(values: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last[1] === i && last[2] === value) last[1] = i + 1;
    else out.push([i + 1, i + 1, value]);
  });
  return out;
}

function columnSteps(sheet: Sheet): Step[] {
  const span = (first: number, last: number) => `${columnLetter(first)}:${columnLetter(last)}`;
  const widths = runs(sheet.columns.map((column) => columnPoints(column.width))).map(([first, last, points]) =>
    simple(4, [span(first, last), points], (env) => (env.sheet(sheet.name).getRange(span(first, last)).format.columnWidth = points)),
  );
  const hidden = runs(sheet.columns.map((column) => column.hidden === true))
    .filter(([, , isHidden]) => isHidden)
    .map(([first, last]) => simple(3, span(first, last), (env) => (env.sheet(sheet.name).getRange(span(first, last)).columnHidden = true)));
  return [...widths, ...hidden];
}

function rowSteps(sheet: Sheet): Step[] {
  const span = (first: number, last: number) => `${first}:${last}`;
  const height = (first: number, last: number, points: number) =>
    simple(4, [span(first, last), points], (env) => (env.sheet(sheet.name).getRange(span(first, last)).format.rowHeight = points));
  // Each stretch of rows with heights gets its commonest height in one call, then only the rows
  // that differ: a long annex whose rows alternate between two and three lines sends half the calls.
  const heights: Step[] = [];
  const all = sheet.rows.map((row) => row.height);
  for (const [first, last, defined] of runs(all.map((h) => h !== undefined))) {
    if (!defined) continue;
    const stretch = all.slice(first - 1, last) as number[];
    const counts = new Map<number, number>();
    for (const h of stretch) counts.set(h, (counts.get(h) ?? 0) + 1);
    const common = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const differing = runs(stretch).filter(([, , points]) => points !== common);
    if (last > first && differing.length + 1 < runs(stretch).length) {
      heights.push(height(first, last, common));
      for (const [from, to, points] of differing) heights.push(height(first + from - 1, first + to - 1, points));
    } else {
      for (const [from, to, points] of runs(stretch)) heights.push(height(first + from - 1, first + to - 1, points));
    }
  }
  const hidden = runs(sheet.rows.map((row) => row.hidden === true))
    .filter(([, , isHidden]) => isHidden)
    .map(([first, last]) => simple(3, span(first, last), (env) => (env.sheet(sheet.name).getRange(span(first, last)).rowHidden = true)));
  return [...heights, ...hidden];
}

function conditionalFormatStep(sheetName: string, format: ConditionalFormat): Step {
  return simple(15, format, (env) => {
    const added = env.sheet(sheetName).getRange(format.range).conditionalFormats.add("Custom");
    added.custom.rule.formula = `=${format.formula}`;
    if (format.style.fill !== undefined) added.custom.format.fill.color = `#${format.style.fill}`;
    if (format.style.fontColor !== undefined) added.custom.format.font.color = `#${format.style.fontColor}`;
    if (format.style.bold) added.custom.format.font.bold = true;
    if (format.style.numFmt !== undefined) added.custom.format.numberFormat = format.style.numFmt;
  });
}

/** A number check without bounds still needs one: these admit any number (as the .xlsx host writes). */
const ANY_NUMBER = { min: -9.99999999999999e307, max: 9.99999999999999e307 };

function validationRule(validation: Exclude<DataValidation, { type: "any" }>): Excel.DataValidationRule {
  if (validation.type === "list") return { list: { inCellDropDown: true, source: validation.values.join(",") } };
  const { min, max } = validation;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : min !== undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: min }
        : max !== undefined
          ? { operator: "LessThanOrEqualTo", formula1: max }
          : { operator: "Between", formula1: ANY_NUMBER.min, formula2: ANY_NUMBER.max };
  return validation.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/** @requires ExcelApi 1.8 (ApiSupport.dataValidation) */
function validationStep(sheetName: string, validation: DataValidation): Step {
  return simple(6, validation, (env) => {
    // ignoreBlanks is left at Excel's default (true, as the .xlsx host writes allowBlank): one action less per row.
    const check = env.sheet(sheetName).getRange(validation.range).dataValidation;
    if (validation.type === "any") {
      check.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
      return;
    }
    check.rule = validationRule(validation);
    if (validation.prompt) check.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
    check.errorAlert = { showAlert: true, style: "Stop", title: validation.error.title, message: validation.error.message };
  });
}

function freezeStep(sheetName: string, frozen: { rows: number; columns: number }): Step {
  return simple(3, frozen, (env) => {
    const panes = env.sheet(sheetName).freezePanes;
    if (frozen.rows > 0 && frozen.columns > 0) panes.freezeAt(rangeRef(1, 1, frozen.rows, frozen.columns));
    else if (frozen.rows > 0) panes.freezeRows(frozen.rows);
    else panes.freezeColumns(frozen.columns);
  });
}

const POINTS_PER_MM = 72 / 25.4;
const points = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;

/** "&LLeft&CCentre&RRight" into its sections; text naming no section goes in the centre. */
export function footerSections(text: string): { left?: string; center?: string; right?: string } {
  const codes = /&([LCR])/g;
  if (!codes.test(text.replace(/&&/g, ""))) return { center: text };
  const sections: { left?: string; center?: string; right?: string } = {};
  const names = { L: "left", C: "center", R: "right" } as const;
  for (const part of text.split(/(?<!&)&(?=[LCR])/)) {
    if (part === "") continue;
    const key = names[part[0] as keyof typeof names];
    if (key) sections[key] = part.slice(1);
  }
  return sections;
}

/** @requires ExcelApi 1.9 (ApiSupport.pageLayout) */
function pageStep(sheetName: string, page: PageSetup): Step {
  return simple(20, page, (env) => {
    const layout = env.sheet(sheetName).pageLayout;
    layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    layout.topMargin = points(page.margins.top);
    layout.bottomMargin = points(page.margins.bottom);
    layout.leftMargin = points(page.margins.left);
    layout.rightMargin = points(page.margins.right);
    layout.headerMargin = points(page.margins.header);
    layout.footerMargin = points(page.margins.footer);
    if (page.horizontalCentered !== undefined) layout.centerHorizontally = page.horizontalCentered;
    // Fit to width; 0 pages tall is "as many pages down as the rows need", as the .xlsx host writes
    // fitToHeight="0". Left out, Excel keeps its own vertical fit (1 page) and shrinks the annex onto one page.
    if (page.fitToWidth !== undefined) layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
    else if (page.scale !== undefined) layout.zoom = { scale: page.scale };
    if (page.pageOrder !== undefined) layout.printOrder = page.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver";
    if (page.printTitleRows) layout.setPrintTitleRows(rowSpanRef(page.printTitleRows));
    if (page.printTitleColumns) layout.setPrintTitleColumns(columnSpanRef(page.printTitleColumns));
    if (page.footer !== undefined) {
      const { left, center, right } = footerSections(page.footer);
      const footer = layout.headersFooters.defaultForAllPages;
      if (left !== undefined) footer.leftFooter = left;
      if (center !== undefined) footer.centerFooter = center;
      if (right !== undefined) footer.rightFooter = right;
    }
  });
}

/**
 * The core's page breaks (a section heading never last on its page), as the .xlsx host writes them:
 * one manual break above each row. The sheet is new, so it has no manual breaks of its own to keep.
 * @requires ExcelApi 1.9 (ApiSupport.pageBreaks)
 */
function pageBreaksStep(sheetName: string, rows: readonly number[]): Step {
  return simple(8 * rows.length, rows, (env) => {
    const breaks = env.sheet(sheetName).horizontalPageBreaks;
    for (const row of rows) breaks.add(`A${row}`);
  });
}

function workbookSteps(workbook: Workbook, target: RenderTarget): Step[] {
  const steps = workbook.definedNames.map(({ name, refersTo }) =>
    simple(6, [name, refersTo], ({ context }) => {
      if (target.replaceNames.has(name)) context.workbook.names.getItem(name).delete();
      context.workbook.names.add(name, `=${refersTo}`);
    }),
  );
  steps.push(simple(3, workbook.activeSheet, (env) => env.sheet(workbook.activeSheet).activate()));
  if (target.keepTitle) return steps;
  const title = workbook.properties.title;
  // The title describes the annex; the author stays the user's, unlike in a file the CLI creates.
  steps.push(simple(2, title, ({ context }) => (context.workbook.properties.title = title)));
  return steps;
}
