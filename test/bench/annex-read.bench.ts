import { annexOptions, type AnnexEntry } from "../../src/core/annex";
import { placedIndicators } from "../../src/core/model";
import { annexBytes, readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";

/** Issue 5: reading a filled 2,000-indicator annex back, as `phuluc check` does. */
export const benchmark = defineBenchmark({
  name: "annex-read",
  description:
    "reading back a filled 2,000-indicator annex (.xlsx bytes -> grid with ExcelJS -> model sheet checked -> actuals by indicator code); every second row has an actual",
  aim: "< 2 s",
  aimMs: 2_000,
  setup: async () => {
    const plan = syntheticPlan({ indicators: 2_000 });
    const entries = new Map<string, AnnexEntry>(
      placedIndicators(plan)
        .filter((_, i) => i % 2 === 0)
        .map((p, i) => [p.indicator.code, { actual: { value: 50 + (i % 60) }, note: null }]),
    );
    return annexBytes(plan, annexOptions(), entries);
  },
  run: async (bytes) => {
    const reading = await readAnnexBytes(bytes);
    if (!reading.ok) throw new Error(reading.error);
    return reading.entries.size;
  },
});
