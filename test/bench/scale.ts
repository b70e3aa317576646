/**
 * Generate and check at the scale of a province's whole programme and beyond: the annex of a
 * synthetic plan of N indicators written as .xlsx, and that annex, every second row filled, read
 * back and judged (the work of `phuluc generate` and `phuluc check`). Shared by the 10,000 and
 * 100,000 benchmarks.
 */
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { assessPlan, readActualCell, type Actual } from "../../src/core/check";
import type { Plan } from "../../src/core/model";
import { annexBytes, readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { syntheticPlan } from "../support/syntheticPlan";

export async function filledAnnex(indicators: number): Promise<{ plan: Plan; bytes: Uint8Array }> {
  const plan = syntheticPlan({ indicators });
  const layout = annexLayout({ plan, options: annexOptions() });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await annexBytes(plan, annexOptions())).slice().buffer);
  const ws = book.getWorksheet(layout.workbook.activeSheet) as ExcelJS.Worksheet;
  let k = 0;
  for (const row of layout.rowOf.values()) if (k++ % 2 === 0) ws.getCell(row, layout.columns.actual).value = 50 + (k % 50);
  return { plan, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

export async function generate(plan: Plan): Promise<number> {
  return (await annexBytes(plan, annexOptions())).length;
}

export async function check(bytes: Uint8Array): Promise<string> {
  const reading = await readAnnexBytes(bytes);
  if (!reading.ok) throw new Error(reading.error);
  const actuals = new Map<string, Actual>([...reading.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const result = assessPlan(reading.plan, actuals, reading.options.against);
  return JSON.stringify(result.counts);
}
