import { consolidateBenchmark } from "./consolidate-100.bench";

/** Every commune of Vietnam (3,321 since July 2025), 40 indicators each; see consolidate-100.bench.ts. */
export const benchmark = consolidateBenchmark(3321, "< 60 s", 60_000, 3);
