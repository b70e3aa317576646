/**
 * A benchmark is one file test/bench/<name>.bench.ts exporting `benchmark`
 * (see defineBenchmark). `npm run bench` runs each in its own child process,
 * so its peak memory is its own, and rewrites the table of BENCHMARKS.md.
 */
export interface Benchmark<Context = unknown> {
  /** Short and stable: the row of BENCHMARKS.md. */
  name: string;
  /** What the timed part measures, in one sentence. */
  description: string;
  /** The goal as people read it ("< 1 s"). */
  aim: string;
  /** The goal in milliseconds, for the verdict column; omit when the aim is not a time. */
  aimMs?: number;
  /** Timed runs; the median is reported. Default 5. */
  repetitions?: number;
  /** Untimed runs first, so the timed ones measure warm code. Default 1. */
  warmups?: number;
  /** Builds the input, outside the timed part. */
  setup: () => Context | Promise<Context>;
  /** The timed part (awaited when it returns a promise). Return something derived from the work so it cannot be optimized away. */
  run: (context: Context) => unknown;
  /**
   * For a benchmark whose runs each happen in a child process (as the command runs): the highest
   * peak RSS of those children, in kilobytes, reported instead of the benchmark process's own.
   */
  peakRssKb?: () => number;
}

export function defineBenchmark<Context>(benchmark: Benchmark<Context>): Benchmark<Context> {
  return benchmark;
}

/** What a child process reports for one benchmark. */
export interface BenchmarkResult {
  name: string;
  description: string;
  aim: string;
  aimMs: number | null;
  timesMs: number[];
  medianMs: number;
  /** process.resourceUsage().maxRSS of the child, in kilobytes. */
  peakRssKb: number;
  /** Whatever the last run returned, as text: a sanity check that work was done. */
  output: string;
}

export const RESULT_MARKER = "BENCHMARK_RESULT ";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
