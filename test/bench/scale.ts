/**
 * Generate and check at the scale of a province's whole programme and beyond, as the CLI does them:
 * the annex of a synthetic plan of N indicators written to a file row by row (`phuluc generate`),
 * and that annex, every second row filled with a figure as officers type them, read back with the
 * bounded reader and judged (`phuluc check`). Shared by the 10,000 and 100,000 benchmarks.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, type AnnexEntry } from "../../src/core/annex";
import { assessPlan, readActualCell, type Actual } from "../../src/core/check";
import { placedIndicators, type Plan } from "../../src/core/model";
import { nodeInflate } from "../../src/cli/commands/consolidateReader";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { renderWorkbookToFile } from "../../src/hosts/xlsx/renderToFile";
import { syntheticPlan } from "../support/syntheticPlan";

const TYPED = [(k: number) => 50 + (k % 50), (k: number) => `${k % 90},${k % 10}`, (k: number) => `${k % 100}%`, () => "Đạt"];

/** The annex of a synthetic plan with every second row filled (numbers, text numbers, percents, verdict words), as file bytes. */
export async function filledAnnex(indicators: number): Promise<{ plan: Plan; bytes: Uint8Array }> {
  const plan = syntheticPlan({ indicators });
  const entries = new Map<string, AnnexEntry>();
  placedIndicators(plan).forEach((item, k) => {
    if (k % 2 === 0) entries.set(item.indicator.code, { actual: { value: (TYPED[(k / 2) % TYPED.length] as (k: number) => number | string)(k) }, note: null });
  });
  const dir = mkdtempSync(join(tmpdir(), "phuluc-bench-"));
  try {
    const file = join(dir, "da-nhap.xlsx");
    await renderWorkbookToFile(annexLayout({ plan, options: annexOptions(), entries }).workbook, file);
    return { plan, bytes: new Uint8Array(readFileSync(file)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `phuluc generate`'s work: the layout in the core, Excel's limits, the workbook streamed to a file. */
export async function generate(plan: Plan): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-bench-"));
  try {
    const file = join(dir, "phu-luc.xlsx");
    await renderWorkbookToFile(annexLayout({ plan, options: annexOptions() }).workbook, file);
    return readFileSync(file).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `phuluc check`'s work: read with the bounded reader (inflated by Node's zlib, as the CLI does), the model sheet verified, every row judged. */
export async function check(bytes: Uint8Array): Promise<string> {
  const reading = await readAnnexBytes(bytes, nodeInflate);
  if (!reading.ok) throw new Error(reading.error);
  const actuals = new Map<string, Actual>([...reading.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
  const result = assessPlan(reading.plan, actuals, reading.options.against);
  return JSON.stringify(result.counts);
}
