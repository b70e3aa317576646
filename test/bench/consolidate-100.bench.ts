/**
 * `phuluc consolidate` on N commune annexes (test/support/communes.ts): read every file, consolidate
 * with the core, write the workbook; in the same run, a plain openpyxl script reads the same files
 * (consolidate_openpyxl.py) and the ratio is recorded. This file is the 100-commune benchmark and
 * holds what the 3,321-commune one shares.
 *
 * The time is the whole job (reading on worker threads from 150 files, as the CLI does); the
 * process's peak memory is its own. The files are generated once (in child processes, so their memory is not counted) and kept
 * under the system temp folder, keyed by the generator's source.
 */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { collectInputs, runConsolidation } from "../../src/cli/commands/consolidate";
import { formatNumber } from "../../src/core/vn/numbers";
import { ensureCommuneFiles } from "../support/communeFiles";
import { makeCommunes, writeCommuneAnnexes } from "../support/communes";
import { defineBenchmark, median, type Benchmark } from "./harness";

const ROOT = resolve(__dirname, "..", "..", "..");
const PYTHON = "/usr/bin/python3";
const OPENPYXL_SCRIPT = join(ROOT, "test", "bench", "consolidate_openpyxl.py");

interface Fixture {
  dir: string;
  expected: string[];
  output: string;
  openpyxl: { seconds: number; peakRssKb: number; files: number } | { error: string };
}

interface RunSummary {
  consolidated: number;
  expected: number;
  indicators: number;
  excluded: number;
  unreadable: number;
  readers: number;
  timings: { readMs: number; consolidateMs: number; writeMs: number; totalMs: number };
}

/** Generates the communes in child processes (one per core, up to 4), so their memory is not the benchmark's. */
export async function generateInChildren(count: number, dir: string): Promise<void> {
  const parts = Math.max(1, Math.min(availableParallelism(), 4));
  const size = Math.ceil(count / parts);
  await Promise.all(
    Array.from({ length: parts }, (_, p) => {
      const from = p * size;
      const to = Math.min(count, from + size);
      return new Promise<void>((done, fail) => {
        const child = spawn(process.execPath, [__filename, "generate", dir, String(count), String(from), String(to)], { stdio: ["ignore", "ignore", "inherit"] });
        child.on("error", fail);
        child.on("close", (code) => (code === 0 ? done() : fail(new Error(`Tạo tệp mẫu thất bại (mã ${code})`))));
      });
    }),
  );
}

function openpyxl(dir: string): Fixture["openpyxl"] {
  const run = spawnSync(PYTHON, [OPENPYXL_SCRIPT, dir], { encoding: "utf8", timeout: 60 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  const line = run.stdout?.trim().split("\n").pop();
  if (run.status !== 0 || line === undefined || line === "") return { error: `${PYTHON} ${OPENPYXL_SCRIPT}: ${run.error?.message ?? run.stderr.trim().split("\n").pop() ?? "lỗi"}` };
  return JSON.parse(line) as { seconds: number; peakRssKb: number; files: number };
}

/** The consolidation on a worker thread, waited for synchronously. */
async function consolidateOnce(fixture: Fixture): Promise<RunSummary> {
  const run = await runConsolidation({ files: collectInputs([fixture.dir], fixture.output).files, expected: fixture.expected, output: fixture.output });
  return {
    consolidated: run.consolidation.completeness.consolidated,
    expected: run.consolidation.completeness.expected,
    indicators: run.consolidation.indicators.length,
    excluded: run.consolidation.excluded.length,
    unreadable: run.consolidation.completeness.unreadable.length,
    readers: run.readers,
    timings: run.timings,
  };
}

/** Vietnamese in the run's output line, English in the table of BENCHMARKS.md. */
const seconds = (ms: number) => `${formatNumber(ms / 1000, { decimals: 2 })} s`;
const secondsEn = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function consolidateBenchmark(count: number, aim: string, aimMs: number, repetitions: number): Benchmark<Fixture> {
  const runs: RunSummary[] = [];
  let fixture: Fixture | null = null;
  const benchmark: Benchmark<Fixture> = {
    name: `consolidate-${count}`,
    get description(): string {
      const base = `phuluc consolidate on ${count.toLocaleString("en-US")} commune annexes of 40 indicators (read with native zlib + a plain-XML scan, each file judged where it is read, on worker threads from 150 files; consolidate; write "Tổng hợp" + "Chi tiết theo đơn vị" + "Tình hình báo cáo" row by row)`;
      const timed = runs.slice(-repetitions);
      if (timed.length === 0 || fixture === null) return base;
      const total = median(timed.map((r) => r.timings.totalMs));
      const read = median(timed.map((r) => r.timings.readMs));
      const threads = timed[0]?.readers ?? 1;
      const parts = `of which read ${secondsEn(read)} (${threads} ${threads === 1 ? "thread" : "threads"}), consolidate ${secondsEn(median(timed.map((r) => r.timings.consolidateMs)))}, write ${secondsEn(median(timed.map((r) => r.timings.writeMs)))}`;
      const py = fixture.openpyxl;
      const compare =
        "error" in py
          ? `openpyxl comparison not run: ${py.error}`
          : `a plain openpyxl script reading the same files: ${secondsEn(py.seconds * 1000)}, peak ${(py.peakRssKb / 1024).toFixed(0)} MB; openpyxl time ÷ Phụ lục time = ${((py.seconds * 1000) / total).toFixed(1)}× for the whole job, ${((py.seconds * 1000) / read).toFixed(1)}× for reading alone`;
      return `${base}; ${parts}; ${compare}`;
    },
    aim,
    aimMs,
    repetitions,
    warmups: 1,
    setup: async () => {
      const dir = await ensureCommuneFiles(count, (partial) => generateInChildren(count, partial));
      const expected = makeCommunes(count).map((c) => c.name);
      const output = join(tmpdir(), "phuluc-bench", `tong-hop-${count}-${process.pid}.xlsx`);
      fixture = { dir, expected, output, openpyxl: openpyxl(dir) };
      return fixture;
    },
    run: async (context) => {
      const summary = await consolidateOnce(context);
      runs.push(summary);
      rmSync(context.output, { force: true });
      const py = context.openpyxl;
      const compare = "error" in py ? "" : `; openpyxl chỉ đọc: ${seconds(py.seconds * 1000)} (${formatNumber((py.seconds * 1000) / summary.timings.totalMs, { maxDecimals: 1 })}× lần này)`;
      return `${summary.consolidated}/${summary.expected} đơn vị, ${summary.indicators} chỉ tiêu, ${summary.unreadable} số liệu không đọc được; đọc ${seconds(summary.timings.readMs)}, tổng hợp ${seconds(summary.timings.consolidateMs)}, ghi ${seconds(summary.timings.writeMs)}${compare}`;
    },
  };
  return defineBenchmark(benchmark);
}

export const benchmark = consolidateBenchmark(100, "< 3 s", 3000, 5);

/** `node consolidate-100.bench.js generate <dir> <count> <from> <to>`: writes communes [from, to) of `count`. */
if (require.main === module && process.argv[2] === "generate") {
  const [dir = "", count = "0", from = "0", to = "0"] = process.argv.slice(3);
  const communes = makeCommunes(Number(count)).slice(Number(from), Number(to));
  writeCommuneAnnexes(dir, communes).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
