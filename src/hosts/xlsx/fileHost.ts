/**
 * The AnnexHost of file mode: the annex lives in an .xlsx held in memory (a file the user opened,
 * or one the pane generated) instead of a live Excel workbook. Runs in the browser and in Node.
 * Translation only: planGeneration decides what is kept and renamed, the core's layout decides the
 * sheet; this module turns that into bytes.
 */
import * as ExcelJS from "exceljs";
import { seenCellText } from "../../core/check/review/seen";
import { annexLayout, freeSheetName, MODEL_SHEET_NAME, planGeneration, readAnnex, SEEN_KEY, type AnnexOptions, type AnnexReading, type GenerationMode, type Workbook } from "../../core/annex";
import type { Plan } from "../../core/model";
import type { AnnexHost, GenerateOutcome } from "../annexHost";
import { asArrayBuffer, plainBytes } from "./bytes";
import { loadBounded, readWorkbookGrid } from "./read";
import { renderWorkbook } from "./render";
import { escapeWorkbookText } from "./xlsxText";

/** A workbook as the user sees it: a file name and its bytes. */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileHost extends AnnexHost {
  kind: "file";
  /**
   * Reads a workbook the user picked. It becomes the current file only when it holds an annex;
   * otherwise the reading says why not and the previous file stays. Throws NotXlsxError (with a
   * Vietnamese message saying what to do) for a file that is not an .xlsx workbook.
   */
  open(file: WorkbookFile): Promise<AnnexReading>;
  /** The current workbook (the opened or the last generated one), for download; null before either. */
  current(): WorkbookFile | null;
  /**
   * A copy of the current annex whose % so với KH and Đánh giá hold the core's verdicts as cached
   * results, for readers that do not recalculate (previewers, phones); like `phuluc check --write`.
   */
  checkedCopy(): Promise<WorkbookFile | null>;
  /** Forgets the current workbook. */
  close(): void;
}

interface Current {
  file: WorkbookFile;
  sheetNames: string[];
  reading: AnnexReading;
}

export function createFileHost(): FileHost {
  let current: Current | null = null;

  const load = async (file: WorkbookFile): Promise<Current> => {
    const grid = await readWorkbookGrid(file.bytes);
    return { file, sheetNames: grid.sheets.map((s) => s.name), reading: readAnnex(grid.sheets) };
  };

  return {
    kind: "file",

    async open(file) {
      const opened = await load(file);
      if (opened.reading.ok) current = opened;
      return opened.reading;
    },

    current: () => current?.file ?? null,

    close() {
      current = null;
    },

    async readAnnex() {
      return current?.reading ?? null;
    },

    async generate(plan: Plan, options: AnnexOptions, mode: GenerationMode): Promise<GenerateOutcome> {
      const existing = current !== null && current.reading.ok ? current.reading : null;
      const generation = planGeneration({ plan, options, mode, existing, sheetNames: current?.sheetNames ?? [] });
      const sheetName = generation.layout.workbook.activeSheet;
      let bytes: Uint8Array;
      let name: string;
      if (current === null || existing === null) {
        bytes = await renderWorkbook(generation.layout.workbook);
        name = downloadName("generated", plan.id);
      } else {
        const renames = new Map(generation.keepPreviousAs === null ? [] : [[existing.sheetName, generation.keepPreviousAs]]);
        bytes = await combineWorkbooks(generation.layout.workbook, current.file.bytes, { renames, previousFirst: mode === "new-sheet" });
        name = downloadName("updated", current.file.name);
      }
      current = await load({ name, bytes });
      return { sheetName, notes: generation.notes, skipped: [] };
    },

    async checkedCopy() {
      if (current === null || !current.reading.ok) return null;
      const { plan, options, entries, sheetName } = current.reading;
      const layout = annexLayout({ plan, options, entries });
      // The checked sheet is replaced by its fresh copy; every other sheet the workbook had stays.
      const bytes = await combineWorkbooks(layout.workbook, current.file.bytes, { renames: new Map(), previousFirst: false, drop: [sheetName] });
      return { name: downloadName("checked", current.file.name), bytes };
    },

    async markSeen(seen) {
      if (current === null || !current.reading.ok) return;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(asArrayBuffer(current.file.bytes));
      const model = book.getWorksheet(MODEL_SHEET_NAME);
      if (model === undefined) return;
      // The marks' row, or the first free row of a workbook made before it (the model reads rows by key).
      let row = 0;
      model.eachRow((r, n) => {
        if (r.getCell(1).value === SEEN_KEY) row = n;
      });
      const target = model.getRow(row === 0 ? model.rowCount + 1 : row);
      target.getCell(1).value = SEEN_KEY;
      target.getCell(2).value = seenCellText(seen);
      target.getCell(2).numFmt = "@";
      escapeWorkbookText(book);
      // The same file, marks and all: a download now keeps them.
      current = await load({ name: current.file.name, bytes: plainBytes(await book.xlsx.writeBuffer({ useSharedStrings: true })) });
    },

    async select() {
      // A file has no selection to move; the pane marks the chosen item itself.
    },
  };
}

/** File names for downloads, ASCII so they survive e-mail, Zalo and old file systems unchanged. */
export function downloadName(kind: "generated" | "updated" | "checked", base: string): string {
  if (kind === "generated") return `phu-luc-${base}.xlsx`;
  const stem = base.replace(/\.xlsx$/i, "").replace(/-(cap-nhat|ket-qua)(-\d+)?$/, "");
  return `${stem}-${kind === "updated" ? "cap-nhat" : "ket-qua"}.xlsx`;
}

/** ExcelJS knows these at run time but leaves them out of its types. */
type SheetWithOrder = ExcelJS.Worksheet & { orderNo: number };
type CopiedModel = ExcelJS.WorksheetModel & { mergeCells: string[]; state: ExcelJS.WorksheetState };

/**
 * The new annex (and its model sheet) together with the sheets of the previous workbook: the old
 * model sheet is replaced, `renames` applies planGeneration's decision to keep the previous annex
 * under another name, `drop` leaves sheets out. A sheet is copied through ExcelJS's worksheet
 * model (values, formulas, styles, merges, widths, validations, conditional formats, page setup);
 * pictures are not carried, and the old workbook's own defined names give way to the new annex's.
 */
async function combineWorkbooks(
  next: Workbook,
  previousBytes: Uint8Array,
  how: { renames: ReadonlyMap<string, string>; previousFirst: boolean; drop?: readonly string[] },
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(await renderWorkbook(next)));
  const previous = await loadBounded(previousBytes);

  const fresh = book.worksheets as SheetWithOrder[];
  const taken = fresh.map((ws) => ws.name);
  const copied: SheetWithOrder[] = [];
  for (const source of previous.worksheets) {
    if (source.name === MODEL_SHEET_NAME || how.drop?.includes(source.name)) continue;
    const name = freeSheetName(how.renames.get(source.name) ?? source.name, taken);
    taken.push(name);
    const target = book.addWorksheet(name) as SheetWithOrder;
    const model = source.model as CopiedModel;
    const copy: CopiedModel = { ...model, id: target.id, name, mergeCells: model.merges, media: [] };
    target.model = copy;
    target.state = source.state;
    copied.push(target);
  }

  // The new annex's model sheet goes last: a very hidden sheet must never be the first one.
  const [annex, ...rest] = fresh;
  const order = how.previousFirst ? [...copied, ...(annex ? [annex] : []), ...rest] : [...(annex ? [annex] : []), ...copied, ...rest];
  order.forEach((ws, index) => {
    ws.orderNo = index;
  });
  const active = Math.max(order.findIndex((ws) => ws.name === next.activeSheet), 0);
  book.views = book.views.map((view) => ({ ...view, activeTab: active, firstSheet: 0 }));
  // ExcelJS does not read tabSelected back; only the active sheet may have it (several selected
  // tabs open as a group in Excel, and edits then go to all of them).
  order.forEach((ws, index) => {
    ws.views = (ws.views ?? []).map((view) => Object.assign({}, view, { tabSelected: index === active }));
  });
  // Loading decoded every text; written again, it must be escaped again.
  escapeWorkbookText(book);
  return plainBytes(await book.xlsx.writeBuffer({ useSharedStrings: true }));
}
