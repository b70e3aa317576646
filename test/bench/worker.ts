import { RESULT_MARKER, median, type Benchmark, type BenchmarkResult } from "./harness";

/** Runs one benchmark file (argv[2], compiled) and prints its result as one JSON line. */
async function main(file: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(file) as { benchmark?: Benchmark };
  const benchmark = loaded.benchmark;
  if (benchmark === undefined) throw new Error(`${file} không xuất "benchmark" (xem test/bench/harness.ts)`);
  const context = await benchmark.setup();
  let output: unknown;
  for (let i = 0; i < (benchmark.warmups ?? 1); i++) output = await benchmark.run(context);
  const timesMs: number[] = [];
  for (let i = 0; i < (benchmark.repetitions ?? 5); i++) {
    const start = process.hrtime.bigint();
    output = await benchmark.run(context);
    timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const result: BenchmarkResult = {
    name: benchmark.name,
    description: benchmark.description,
    aim: benchmark.aim,
    aimMs: benchmark.aimMs ?? null,
    timesMs,
    medianMs: median(timesMs),
    peakRssKb: benchmark.peakRssKb?.() ?? process.resourceUsage().maxRSS,
    output: typeof output === "string" ? output : JSON.stringify(output) ?? String(output),
  };
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write("Cách dùng: node worker.js <tệp .bench.js>\n");
  process.exit(2);
}
main(file).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
