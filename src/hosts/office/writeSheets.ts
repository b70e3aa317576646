/**
 * Adds the sheets of a workbook description (a consolidation) to the workbook the user has open.
 * The open workbook is the user's: no sheet in it is written over, its defined names and title
 * stay. A described name that is taken moves, with all its siblings, to the first free numbered
 * name ("Tổng hợp 2" with "Tình hình báo cáo 2"), so sheets written together keep reading as a set.
 *
 * Round trips: one sync for the sheet names, then the render's batches (one for a consolidation of
 * a few hundred localities).
 */
import { assertWithinExcelLimits } from "../../core/annex/excelLimits";
import type { Cell, Workbook } from "../../core/annex/sheet";
import { checkWorkbook } from "../xlsx/check";
import type { SheetsOutcome } from "../annexHost";
import type { ApiSupport } from "./apiSupport";
import type { ExcelRunner } from "./runner";
import { NEW_WORKBOOK, planRender } from "./render";

export async function writeSheets(runner: ExcelRunner, support: ApiSupport, limit: number, workbook: Workbook): Promise<SheetsOutcome> {
  // Excel's limits, before anything is sent: the same checks as the .xlsx host.
  assertWithinExcelLimits(workbook);
  checkWorkbook(workbook);
  return runner.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const existing = worksheets.items.map((sheet) => sheet.name);
    const described = workbook.sheets.map((sheet) => sheet.name);
    const names = freeSheetNames(described, existing);
    const render = planRender(renamed(workbook, names), { ...NEW_WORKBOOK, keepTitle: true }, support, limit);
    for (const queue of render.batches) {
      queue(context);
      await context.sync();
    }
    const taken = new Set(existing.map(sheetKey));
    return { sheetNames: names, taken: described.filter((name) => taken.has(sheetKey(name))), skipped: render.skipped };
  });
}

/** Excel compares sheet names without regard to case. */
const sheetKey = (name: string) => name.toLocaleUpperCase("vi");

/** `names` as they are when all are free, else all with the smallest suffix " n" (n ≥ 2) that frees every one. */
export function freeSheetNames(names: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map(sheetKey));
  for (let n = 1; ; n++) {
    const candidates = names.map((name) => (n === 1 ? name : `${name} ${n}`));
    if (candidates.every((name) => !used.has(sheetKey(name)))) return candidates;
  }
}

/**
 * The description under the new names. Its defined names are left out: they are workbook-wide and
 * would redefine the user's (a consolidation defines none; its print titles are per sheet).
 */
function renamed(workbook: Workbook, names: readonly string[]): Workbook {
  const to = new Map(workbook.sheets.map((sheet, i) => [sheet.name, names[i] ?? sheet.name]));
  // Formulas that read a sibling sheet ("Tổng hợp" reads "Chi tiết theo đơn vị") follow its new name.
  const moves = [...to].filter(([from, name]) => from !== name).map(([from, name]) => [`'${from.replaceAll("'", "''")}'!`, `'${name.replaceAll("'", "''")}'!`] as const);
  const follow = (formula: string) => moves.reduce((text, [from, name]) => text.replaceAll(from, name), formula);
  const followed = (cell: Cell): Cell => ({
    ...cell,
    ...(cell.formula === undefined ? {} : { formula: follow(cell.formula) }),
    ...(cell.pattern === undefined ? {} : { pattern: follow(cell.pattern) }),
  });
  const rows = (sheet: Workbook["sheets"][number]) =>
    moves.length === 0
      ? sheet.rows
      : sheet.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => (cell === null || cell === undefined ? cell : followed(cell))) }));
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => ({ ...sheet, name: to.get(sheet.name) ?? sheet.name, rows: rows(sheet) })),
    activeSheet: to.get(workbook.activeSheet) ?? workbook.activeSheet,
    definedNames: [],
  };
}
