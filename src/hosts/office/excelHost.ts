/**
 * The annex host for the open Excel workbook, through Office.js. It reads cells, hands them to the
 * core (readAnnex, planGeneration) and writes what the core describes (render.ts); it decides
 * nothing about layout, verdicts or which entries to keep.
 *
 * Round trips are the cost in Excel on the web, so they are counted: readAnnex is one sync; a
 * generation is one sync to read what exists and one to write, more only past the payload bound
 * (a 2,000-indicator annex with data validation takes two), and live checking moves to the new
 * sheet inside the last write. A checked edit is one sync.
 *
 * A generation is all or nothing: the new sheets are written hidden, under staging names, and
 * swapped in by the last request (render.ts). If any request fails, the workbook is as it was
 * (plus hidden staging sheets, which the next generation removes first), still readable, and the
 * next "Tạo phụ lục" succeeds.
 */
import { assertWithinExcelLimits } from "../../core/annex/excelLimits";
import { cellRef, hasFormula } from "../../core/annex/sheet";
import { seenCellText } from "../../core/check/review/seen";
import { checkWorkbook } from "../xlsx/check";
import {
  MODEL_SHEET_NAME,
  SEEN_KEY,
  planGeneration,
  readAnnex,
  type AnnexOptions,
  type AnnexReading,
  type GenerationMode,
  type GenerationPlan,
  type ReadSheet,
  type Workbook,
} from "../../core/annex";
import { findIndicator, labelOfCode, type Plan } from "../../core/model";
import type { ActualChange, AnnexHost, GenerateOutcome } from "../annexHost";
import { apiSupport } from "./apiSupport";
import { actualSpans, bindingOf, movesCells, queueChangedCells, type Binding } from "./liveCheck";
import { SAFE_REQUEST_BYTES } from "./payload";
import { planRender, type RenderTarget } from "./render";
import { isStaging, queueSnapshot, readExisting, STAGING_PREFIX, type WorkbookSnapshot } from "./workbookReading";
import type { ExcelHostDeps } from "./runner";
import { writeSheets } from "./writeSheets";

export { officeDeps, type ExcelHostDeps, type ExcelRunner } from "./runner";

/** Refuses to write over a sheet the add-in did not make. */
export class SheetNameTakenError extends Error {
  constructor(name: string, reason: string | null) {
    super(
      `Sổ làm việc đã có trang "${name}" nhưng đó không phải phụ lục đọc được${reason ? ` (${reason})` : ""}. ` +
        "Phụ lục không ghi đè trang có sẵn: đổi tên hoặc xóa trang đó rồi tạo lại phụ lục.",
    );
    this.name = "SheetNameTakenError";
  }
}

interface Registration {
  context: Excel.RequestContext;
  handle: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
}

export function createExcelHost(deps: ExcelHostDeps): AnnexHost {
  const { runner } = deps;
  const limit = deps.requestLimit ?? SAFE_REQUEST_BYTES;
  const listeners = new Set<(changes: ActualChange[]) => void>();
  let registration: Registration | null = null;
  let binding: Binding | null = null;
  // Events raised by the add-in's own writes, and anything a user does meanwhile, are not checked:
  // nothing runs while a generation writes, and a late event for a range it wrote (Excel raises
  // them after the request; from ExcelApi 1.14 they say so in triggerSource) is dropped once.
  let writing = 0;
  let ownWrites = new Set<string>();

  const support = () => apiSupport(deps.isSetSupported);

  /** The core's reading of the workbook and the id of the sheet it found the annex on: one sync, usually. */
  async function readAnnexNow(): Promise<{ reading: AnnexReading | null; sheetId: string | null }> {
    support();
    return runner.run(async (context) => {
      const taken = queueSnapshot(context);
      await context.sync();
      const snapshot = taken();
      const reading = await readExisting(context, snapshot);
      const sheetId = reading?.ok ? (snapshot.sheets.find((s) => s.name === reading.sheetName)?.id ?? null) : null;
      return { reading, sheetId };
    });
  }

  async function onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (writing > 0) return;
    if (deps.isSetSupported("ExcelApi", "1.14") && args.triggerSource === "ThisLocalAddin") return;
    if (ownWrites.delete(args.address)) return;
    if (binding === null || args.worksheetId !== binding.sheetId) return;
    // Rows or columns inserted or deleted: the columns are found again; the moved cells hold no new entry.
    if (movesCells(args.changeType)) return rebindFromWorkbook();
    const current = binding;
    const spans = actualSpans(args.address, current);
    if (spans.length === 0) return;
    const changes = await runner.run(async (context) => {
      const read = queueChangedCells(context.workbook.worksheets.getItem(current.sheetId), spans, current);
      await context.sync();
      return read();
    });
    if (changes.length > 0 && writing === 0) for (const listener of listeners) listener(changes);
  }

  /** Where the code and actuals columns are now: one sync. */
  async function rebindFromWorkbook(): Promise<void> {
    const { reading, sheetId } = await readAnnexNow();
    binding = reading?.ok && sheetId !== null ? bindingOf(reading, sheetId) : null;
  }

  /** Watches `sheetName` instead of whatever was watched: one sync, on the registration's own context (where handlers are removed). */
  async function watch(sheetName: string): Promise<string> {
    const batch = async (context: Excel.RequestContext) => {
      registration?.handle.remove();
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const handle = sheet.onChanged.add(onChanged);
      sheet.load("id");
      await context.sync();
      registration = { context, handle };
      return sheet.id;
    };
    return registration ? runner.runIn(registration.context, batch) : runner.run(batch);
  }

  async function unwatch(): Promise<void> {
    const current = registration;
    if (!current) return;
    registration = null;
    binding = null;
    await runner.runIn(current.context, async (context) => {
      current.handle.remove();
      await context.sync();
    });
  }

  return {
    kind: "excel",

    async readAnnex() {
      return (await readAnnexNow()).reading;
    },

    async generate(plan: Plan, options: AnnexOptions, mode: GenerationMode): Promise<GenerateOutcome> {
      const features = support();
      const listening = listeners.size > 0;
      const previous = registration;
      writing++;
      try {
        const batch = async (context: Excel.RequestContext) => {
          const taken = queueSnapshot(context);
          await context.sync();
          const snapshot = taken();
          const reading = await readExisting(context, snapshot);
          const existing = reading?.ok ? reading : null;
          const sheetNames = snapshot.sheets.filter((sheet) => !isStaging(sheet)).map((sheet) => sheet.name);
          const generation = planGeneration({ plan, options, mode, existing, sheetNames });
          // Excel's limits, before anything is written: the same checks as the .xlsx host.
          assertWithinExcelLimits(generation.layout.workbook);
          checkWorkbook(generation.layout.workbook);
          const target = renderTarget(generation, snapshot, existing, reading?.ok === false ? reading.error : null);
          const render = planRender(generation.layout.workbook, target, features, limit);
          const sheetName = generation.layout.workbook.activeSheet;
          let watched: { handle: Registration["handle"]; sheet: Excel.Worksheet } | null = null;
          for (const [index, queue] of render.batches.entries()) {
            queue(context);
            if (listening && index === render.batches.length - 1) {
              // Live checking moves to the new sheet in the same request, after its cells are written.
              previous?.handle.remove();
              const sheet = context.workbook.worksheets.getItem(sheetName);
              watched = { handle: sheet.onChanged.add(onChanged), sheet };
              sheet.load("id");
            }
            await context.sync();
          }
          return { generation, render, sheetName, context, watched, staged: target.staging?.names ?? new Map<string, string>() };
        };
        const done = previous ? await runner.runIn(previous.context, batch) : await runner.run(batch);
        const { generation, render, sheetName, watched } = done;
        if (watched) {
          registration = { context: done.context, handle: watched.handle };
          const described = readDescribed(generation.layout.workbook);
          binding = described.ok ? bindingOf(described, watched.sheet.id) : null;
          // The cells were written under the staging name; Excel reports them for the sheet, now named as described.
          const written = done.staged.get(sheetName) ?? sheetName;
          ownWrites = new Set(render.writes.filter((write) => write.sheet === written).map((write) => write.address));
        }
        return { sheetName, notes: generation.notes, skipped: render.skipped };
      } finally {
        writing--;
      }
    },

    async markSeen(seen: readonly string[]) {
      support();
      await runner.run(async (context) => {
        // The model sheet's keys, column A: the marks' row, or the first free row of a workbook made before it.
        const model = context.workbook.worksheets.getItem(MODEL_SHEET_NAME);
        const used = model.getUsedRangeOrNullObject(true).load("rowCount");
        await context.sync();
        // Only the keys: the plan's chunks in column B may weigh megabytes.
        const rows: unknown[] = [];
        if (!used.isNullObject && used.rowCount > 0) {
          const keys = model.getRange(`A1:A${used.rowCount}`).load("values");
          await context.sync();
          rows.push(...keys.values.map((row) => row[0]));
        }
        const found = rows.indexOf(SEEN_KEY);
        const row = found >= 0 ? found + 1 : rows.length + 1;
        const cells = model.getRange(`A${row}:B${row}`);
        // Text cells: a key never turns into a number or a formula.
        cells.numberFormat = [["@", "@"]];
        cells.values = [[SEEN_KEY, seenCellText(seen)]];
        await context.sync();
      });
    },

    async select(code: string) {
      support();
      await runner.run(async (context) => {
        const taken = queueSnapshot(context);
        await context.sync();
        const reading = await readExisting(context, taken());
        if (reading === null) throw new Error("Sổ làm việc chưa có phụ lục: bấm \"Tạo phụ lục\" trước.");
        if (!reading.ok) throw new Error(reading.error);
        const entry = reading.entries.get(code);
        if (!entry) {
          const known = findIndicator(reading.plan, code) !== undefined;
          throw new Error(
            known
              ? `Không thấy dòng của chỉ tiêu ${labelOfCode(reading.plan, code)} trong trang "${reading.sheetName}" (có thể dòng đã bị xóa): hoàn tác (Ctrl+Z), hoặc tạo lại phụ lục (số liệu đã nhập được giữ).`
              : `Chỉ tiêu này không có trong phụ lục ở trang "${reading.sheetName}", vì phụ lục được tạo từ một kế hoạch khác: tạo lại phụ lục cho kế hoạch đang dùng.`,
          );
        }
        const sheet = context.workbook.worksheets.getItem(reading.sheetName);
        sheet.activate();
        sheet.getRange(cellRef(entry.row, reading.columns.actual)).select();
        await context.sync();
      });
    },

    async writeSheets(workbook: Workbook) {
      return writeSheets(runner, support(), limit, workbook);
    },

    async onActualsChanged(listener: (changes: ActualChange[]) => void) {
      listeners.add(listener);
      if (listeners.size === 1) {
        const { reading, sheetId } = await readAnnexNow();
        if (reading?.ok && sheetId !== null) {
          const watched = await watch(reading.sheetName);
          binding = bindingOf(reading, watched);
        }
      }
      return async () => {
        listeners.delete(listener);
        if (listeners.size === 0) await unwatch();
      };
    },
  };
}

/**
 * Where the core's generation lands: every described sheet staged under a free hidden name, then
 * at the commit the previous annex renamed (update), the previous model sheet dropped, names
 * redefined; any other described sheet whose name is taken stops the generation before anything
 * is written.
 */
function renderTarget(generation: GenerationPlan, snapshot: WorkbookSnapshot, existing: Extract<AnnexReading, { ok: true }> | null, unreadable: string | null): RenderTarget {
  const key = (name: string) => name.toLocaleUpperCase("vi");
  const rename = generation.keepPreviousAs && existing ? { from: existing.sheetName, to: generation.keepPreviousAs } : null;
  const leftovers = snapshot.sheets.filter(isStaging).map((sheet) => sheet.name);
  const live = snapshot.sheets.filter((sheet) => !isStaging(sheet));
  const taken = new Set(live.map((sheet) => key(sheet.name === rename?.from ? rename.to : sheet.name)));
  const drop: string[] = [];
  for (const sheet of generation.layout.workbook.sheets) {
    if (!taken.has(key(sheet.name))) continue;
    if (sheet.name === MODEL_SHEET_NAME) drop.push(sheet.name);
    else throw new SheetNameTakenError(sheet.name, unreadable);
  }
  // Staging names free of every sheet that stays (a leftover is deleted before the new ones are added).
  const used = new Set(live.map((sheet) => key(sheet.name)));
  const names = new Map<string, string>();
  let n = 1;
  for (const sheet of generation.layout.workbook.sheets) {
    while (used.has(key(`${STAGING_PREFIX}${n}`))) n++;
    names.set(sheet.name, `${STAGING_PREFIX}${n++}`);
  }
  const definedNames = new Set(snapshot.names.map(key));
  const replaceNames = new Set(generation.layout.workbook.definedNames.map((d) => d.name).filter((name) => definedNames.has(key(name))));
  const previous = existing ? live.find((sheet) => sheet.name === existing.sheetName) : undefined;
  // Positions as they are at the commit: after the leftovers and the dropped sheets are gone.
  const gone = (at: number) => snapshot.sheets.filter((sheet) => sheet.position < at && (isStaging(sheet) || drop.includes(sheet.name))).length;
  const position = previous === undefined ? null : (rename ? previous.position : previous.position + 1) - gone(previous.position);
  return { replaceNames, rename, position, staging: { names, drop, clear: leftovers } };
}

/** The core's reading of the description just written: where the columns and rows are now. */
function readDescribed(workbook: Workbook): AnnexReading {
  const sheets: ReadSheet[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.cells.map((cell) => ({
        value: hasFormula(cell) ? (cell.result ?? null) : (cell?.value ?? null),
        numFmt: cell?.style === undefined ? null : (workbook.styles[cell.style]?.numFmt ?? null),
      })),
    ),
  }));
  return readAnnex(sheets);
}
