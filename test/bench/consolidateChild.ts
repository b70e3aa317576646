/**
 * One `phuluc consolidate` run in a process of its own, as an officer runs the command: the
 * consolidation benchmarks start this once per run, so the peak memory they record is one job's,
 * not that of a process that has already generated fixtures and run the job several times.
 *
 * `node consolidateChild.js <folder> <output.xlsx> <expected.txt>`; prints one line of JSON: the
 * run's summary and this process's peak RSS (worker threads included: they share the process).
 */
import { readFileSync, rmSync } from "node:fs";
import { collectInputs, runConsolidation } from "../../src/cli/commands/consolidate";

export interface ChildSummary {
  consolidated: number;
  expected: number;
  indicators: number;
  excluded: number;
  unreadable: number;
  readers: number;
  timings: { readMs: number; consolidateMs: number; writeMs: number; totalMs: number };
  peakRssKb: number;
}

async function main(dir: string, output: string, expectedFile: string): Promise<void> {
  const expected = readFileSync(expectedFile, "utf8").split("\n").filter((line) => line !== "");
  const run = await runConsolidation({ files: collectInputs([dir], output).files, expected, output });
  rmSync(output, { force: true });
  const summary: ChildSummary = {
    consolidated: run.consolidation.completeness.consolidated,
    expected: run.consolidation.completeness.expected,
    indicators: run.consolidation.indicators.length,
    excluded: run.consolidation.excluded.length,
    unreadable: run.consolidation.completeness.unreadable.length,
    readers: run.readers,
    timings: run.timings,
    peakRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

if (require.main === module) {
  const [dir, output, expected] = process.argv.slice(2);
  if (dir === undefined || output === undefined || expected === undefined) {
    process.stderr.write("Cách dùng: node consolidateChild.js <thư mục> <tệp kết quả> <danh sách đơn vị>\n");
    process.exit(2);
  }
  main(dir, output, expected).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
