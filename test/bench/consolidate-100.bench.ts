/**
 * `phuluc consolidate` on N commune annexes (test/support/communes.ts): read every file, consolidate
 * with the core, write the workbook; in the same run, a plain openpyxl script reads the same files
 * (consolidate_openpyxl.py) and the ratio is recorded. This file is the 100-commune benchmark and
 * holds what the 3,321-commune one shares.
 *
 * Each run (the warm-up too) is the whole job in a Node process of its own, as the command runs
 * (consolidateChild.ts: reading on worker threads from 150 files, consolidating, writing); its time
 * includes starting Node and loading the modules, and the peak memory recorded is the highest of
 * those processes'. The files are generated once (in child processes too) and kept under the
 * system temp folder, keyed by the generator's source.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatNumber } from "../../src/core/vn/numbers";
import { ensureCommuneFiles } from "../support/communeFiles";
import { makeCommunes, writeCommuneAnnexes } from "../support/communes";
import type { ChildSummary } from "./consolidateChild";
import { defineBenchmark, median, type Benchmark } from "./harness";

const ROOT = resolve(__dirname, "..", "..", "..");
const PYTHON = "/usr/bin/python3";
const OPENPYXL_SCRIPT = join(ROOT, "test", "bench", "consolidate_openpyxl.py");

interface Fixture {
  dir: string;
  /** The expected communes, one a line, as an office's list. */
  expectedFile: string;
  output: string;
  openpyxl: { seconds: number; peakRssKb: number; files: number } | { error: string };
}

type RunSummary = ChildSummary;

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

/** The whole job in a Node process of its own (consolidateChild.ts), as the command runs. */
function consolidateOnce(fixture: Fixture): Promise<RunSummary> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [join(__dirname, "consolidateChild.js"), fixture.dir, fixture.output, fixture.expectedFile], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const line = stdout.trim().split("\n").pop();
      if (error !== null || line === undefined || line === "") fail(new Error(`Tổng hợp thất bại: ${error?.message ?? ""}\n${stderr}`));
      else done(JSON.parse(line) as RunSummary);
    });
  });
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
      const base = `phuluc consolidate, each run a process of its own as the command runs (Node's start included; the peak is that process's), on ${count.toLocaleString("en-US")} commune annexes of 40 indicators (read with native zlib + a plain-XML scan, each file judged where it is read, on worker threads from 150 files; consolidate; write "Tổng hợp" + "Chi tiết theo đơn vị" + "Tình hình báo cáo" row by row)`;
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
      const expectedFile = join(tmpdir(), "phuluc-bench", `danh-sach-${count}-${process.pid}.txt`);
      writeFileSync(expectedFile, `${makeCommunes(count).map((c) => c.name).join("\n")}\n`);
      const output = join(tmpdir(), "phuluc-bench", `tong-hop-${count}-${process.pid}.xlsx`);
      fixture = { dir, expectedFile, output, openpyxl: openpyxl(dir) };
      return fixture;
    },
    peakRssKb: () => Math.max(0, ...runs.map((r) => r.peakRssKb)),
    run: async (context) => {
      const summary = await consolidateOnce(context);
      runs.push(summary);
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
