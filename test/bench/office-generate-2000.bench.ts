import { annexOptions } from "../../src/core/annex";
import type { Plan } from "../../src/core/model";
import { createExcelHost } from "../../src/hosts/office/excelHost";
import { OfficeDouble } from "../support/officeDouble";
import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";

/** The whole "Tạo phụ lục" click in Excel, as the pane makes it: generate, read back, watch; syncs after each. */
async function click(double: OfficeDouble, plan: Plan) {
  const host = createExcelHost({ runner: double.runner, isSetSupported: double.isSetSupported });
  await host.generate(plan, annexOptions(), "update");
  const generated = double.syncs;
  const reading = await host.readAnnex();
  const read = double.syncs;
  await host.onActualsChanged?.(() => undefined);
  if (!reading?.ok) throw new Error("không đọc lại được phụ lục");
  return { entries: reading.entries.size, syncs: { generate: generated, readBack: read - generated, watch: double.syncs - read } };
}

const RUNS = 1 + 5;

/** Issue 16: syncs, bytes and time of the click through Microsoft's own Office.js client. */
async function measured(plan: Plan) {
  const double = new OfficeDouble({ version: "1.12" });
  const { syncs } = await click(double, plan);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  const requests = double.syncRecords.map((s) => `${mb(s.requestBytes)}/${mb(s.responseBytes)}`).join(", ");
  return `${double.syncs} syncs in all: ${syncs.generate} to generate, ${syncs.readBack} to read back, ${syncs.watch} to start watching (request/response MB per sync: ${requests})`;
}

let summary = "";

export const benchmark = defineBenchmark({
  name: "office-generate-2000",
  get description() {
    return (
      "the whole \"Tạo phụ lục\" click in Excel for a synthetic 2,000-indicator plan (generate, read back, start live checking), " +
      "through Microsoft's Office.js client (excel-web-16.00.js) against the in-memory Excel of the tests (ExcelApi 1.12): " +
      `the add-in's, the client's and the fake Excel's work, not real Excel's; ${summary}`
    );
  },
  // Time in Node says little about real Excel, whose work is not in it: the aim is the round trips.
  aim: "≤ 3 syncs to generate, every request and response < 5 MB",
  repetitions: 5,
  setup: async () => {
    const plan = syntheticPlan({ indicators: 2_000 });
    summary = await measured(plan);
    // One fresh workbook per run (the warm-up included), made outside the timed part.
    return { plan, doubles: Array.from({ length: RUNS }, () => new OfficeDouble({ version: "1.12" })) };
  },
  run: async ({ plan, doubles }) => {
    const double = doubles.pop();
    if (!double) throw new Error("hết sổ làm việc dựng sẵn");
    return click(double, plan);
  },
});
