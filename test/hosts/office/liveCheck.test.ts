/**
 * Live checking: an officer's edit in the actuals column costs one sync, comes back with the right
 * code, and the core's verdict for it is what the sheet's own formulas say; the add-in's own writes
 * and anything that happens while it generates are not checked.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME } from "../../../src/core/annex";
import { cellRef } from "../../../src/core/annex/sheet";
import { assess, figureOf, planRules, readActualCell, type Rule } from "../../../src/core/check";
import { placedIndicators, type Plan } from "../../../src/core/model";
import type { ActualChange } from "../../../src/hosts/annexHost";
import { seedPlan } from "../../support/seeds";
import { syntheticPlan } from "../../support/syntheticPlan";
import { hostOn } from "./helpers";

// Microsoft's client and the fake Excel behind it take seconds on a 2,000-indicator annex.
jest.setTimeout(60_000);

function layoutOf(plan: Plan) {
  const layout = annexLayout({ plan, options: annexOptions() });
  return { layout, actualAt: (code: string) => cellRef(layout.rowOf.get(code) ?? 0, layout.columns.actual) };
}

/** A numeric indicator and a value that its rule judges Không đạt. */
function numericBelowTarget(plan: Plan): { code: string; rule: Extract<Rule, { kind: "numeric" }>; value: number } {
  const rules = planRules(plan);
  for (const { indicator } of placedIndicators(plan)) {
    const rule = rules.get(indicator.code);
    if (rule?.kind !== "numeric" || rule.better !== "higher" || rule.dat.low === null) continue;
    return { code: indicator.code, rule, value: rule.dat.low.value - Math.max(1, Math.abs(rule.dat.low.value) * 0.2) };
  }
  throw new Error("không có chỉ tiêu số");
}

async function watching(version: string, plan: Plan) {
  const { double, host } = hostOn(version);
  await host.generate(plan, annexOptions(), "update");
  const received: ActualChange[][] = [];
  const stop = await host.onActualsChanged?.((changes) => received.push(changes));
  if (!stop) throw new Error("host không hỗ trợ kiểm tra trực tiếp");
  await double.settle();
  return { double, host, received, stop };
}

describe.each(["1.7", "1.14"])("under ExcelApi %s", (version) => {
  test("one edited actuals cell costs one sync and reports its code and cell; the core's verdict follows", async () => {
    const plan = seedPlan("tien-lu-2024");
    const { double, received } = await watching(version, plan);
    const { code, rule, value } = numericBelowTarget(plan);
    const before = double.syncs;
    await double.simulateEdit(ANNEX_SHEET_NAME, layoutOf(plan).actualAt(code), [[value]]);
    expect(double.syncs - before).toBe(1);
    expect(received).toHaveLength(1);
    const [change] = received[0] ?? [];
    expect(change).toMatchObject({ code, cell: { value } });
    expect(assess(rule, readActualCell(change?.cell ?? { value: null })).status).toBe("khong_dat");
  });

  test("a percent typed as 97.5% stays text in the annex's text cell, and the core reads 97,5", async () => {
    const plan = seedPlan("tien-lu-2024");
    const { double, received } = await watching(version, plan);
    const placed = placedIndicators(plan);
    const code = placed[1]?.indicator.code as string;
    await double.simulateEdit(ANNEX_SHEET_NAME, layoutOf(plan).actualAt(code), [["97.5%"]]);
    const change = received[0]?.[0];
    expect(change?.cell).toEqual({ value: "97.5%", numFmt: "@" });
    const rule = planRules(plan).get(code) as Rule;
    const actual = rule.kind === "numeric" ? figureOf(rule, readActualCell(change?.cell ?? { value: null })) : null;
    expect(actual?.kind === "value" && actual.interval.low?.value).toBe(97.5);
  });
});

test("a pasted block reports every row's code in one sync; edits outside the actuals column cost nothing", async () => {
  const plan = seedPlan("thap-muoi-2024");
  const { double, received } = await watching("1.7", plan);
  const { layout } = layoutOf(plan);
  const codes = placedIndicators(plan).map((p) => p.indicator.code);
  const rows = codes.slice(0, 4).map((code) => layout.rowOf.get(code) ?? 0);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const entries = Array.from({ length: bottom - top + 1 }, (_, i) => [i + 1]);
  let before = double.syncs;
  await double.simulateEdit(ANNEX_SHEET_NAME, `${cellRef(top, layout.columns.actual)}:${cellRef(bottom, layout.columns.actual)}`, entries);
  expect(double.syncs - before).toBe(1);
  expect(received[0]?.map((c) => c.code)).toEqual(expect.arrayContaining(codes.slice(0, 4)));

  before = double.syncs;
  await double.simulateEdit(ANNEX_SHEET_NAME, cellRef(top, layout.columns.note), [["ghi chú"]]);
  await double.simulateEdit(ANNEX_SHEET_NAME, "A1", [["tiêu đề sửa"]]);
  expect(double.syncs - before).toBe(0);
  expect(received).toHaveLength(1);
});

test("the add-in's own writes raise no check, and nothing runs while a generation writes", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, host, received } = await watching("1.7", plan);
  const { actualAt, layout } = layoutOf(plan);
  const code = placedIndicators(plan)[3]?.indicator.code as string;
  // The officer types into the watched sheet while each of the generation's requests is in flight.
  let edits = 0;
  double.beforeSync = async () => {
    edits++;
    await double.simulateEdit(ANNEX_SHEET_NAME, actualAt(code), [[5]]);
  };
  const before = double.syncs;
  await host.generate(plan, annexOptions(), "update");
  double.beforeSync = null;
  await double.settle();
  expect(edits).toBe(2);
  expect(double.syncs - before).toBe(2);
  expect(received).toEqual([]);
  // After the generation, edits on the new sheet are checked again; the renamed old sheet is not watched.
  const after = double.syncs;
  await double.simulateEdit(`${ANNEX_SHEET_NAME} (bản trước)`, actualAt(code), [[6]]);
  expect(double.syncs - after).toBe(0);
  await double.simulateEdit(ANNEX_SHEET_NAME, actualAt(code), [[7]]);
  expect(double.syncs - after).toBe(1);
  expect(received).toEqual([[{ code, row: layout.rowOf.get(code), cell: { value: 7, numFmt: "@" } }]]);
});

test("events the add-in's writes raise after the request are dropped (ExcelApi 1.14 says so; older Excel by address)", async () => {
  for (const version of ["1.7", "1.14"]) {
    const plan = seedPlan("duc-thanh-2024");
    const { double, host, received } = await watching(version, plan);
    const before = double.syncs;
    // The first generation registered its handler in the write request: Excel may report those writes late.
    await host.generate(plan, annexOptions(), "new-sheet");
    await double.settle();
    expect(double.events.filter((e) => e.by === "add-in" && e.sheet === `${ANNEX_SHEET_NAME} 2`).length).toBeGreaterThan(0);
    expect({ version, syncs: double.syncs - before }).toEqual({ version, syncs: 2 });
    expect({ version, received }).toEqual({ version, received: [] });
  }
});

test("after rows move, the codes are read again from the sheet", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, received } = await watching("1.7", plan);
  const { layout, actualAt } = layoutOf(plan);
  const code = placedIndicators(plan)[4]?.indicator.code as string;
  await double.simulateEvent(ANNEX_SHEET_NAME, "3:3", "RowInserted");
  await double.simulateEdit(ANNEX_SHEET_NAME, actualAt(code), [[1]]);
  expect(received.at(-1)?.[0]?.code).toBe(code);
  expect(received.at(-1)?.[0]?.row).toBe(layout.rowOf.get(code));
});

test("unsubscribing removes the handler: later edits cost nothing", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, received, stop } = await watching("1.7", plan);
  await stop();
  const before = double.syncs;
  const { actualAt } = layoutOf(plan);
  await double.simulateEdit(ANNEX_SHEET_NAME, actualAt(placedIndicators(plan)[1]?.indicator.code as string), [[3]]);
  expect(double.syncs - before).toBe(0);
  expect(received).toEqual([]);
  expect(double.sheet(ANNEX_SHEET_NAME).handlers.size).toBe(0);
});

test("live checking on a 2,000-indicator annex: one edited cell is still one sync", async () => {
  const plan = syntheticPlan();
  const { double, received } = await watching("1.12", plan);
  const code = placedIndicators(plan)[1_500]?.indicator.code as string;
  const before = double.syncs;
  await double.simulateEdit(ANNEX_SHEET_NAME, layoutOf(plan).actualAt(code), [["Đạt"]]);
  expect(double.syncs - before).toBe(1);
  expect(received[0]?.[0]?.code).toBe(code);
  // The whole response as Excel sends it (its envelope included): the one row, not the sheet.
  expect(double.syncRecords.at(-1)?.responseBytes).toBeLessThan(1_000);
});

test("type, Enter, type: the check of the first entry waits while the next cell is being edited, and is not lost", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, received } = await watching("1.7", plan);
  const { actualAt } = layoutOf(plan);
  const [first, second] = placedIndicators(plan).map((p) => p.indicator.code);
  // Enter raises the change event; the officer is already typing into the next cell when the check reaches Excel.
  const typed = double.simulateEdit(ANNEX_SHEET_NAME, actualAt(first as string), [[12]]);
  double.beginCellEdit();
  setTimeout(() => double.endCellEdit(), 50);
  await typed;
  expect(double.refusedInCellEdit).toEqual([]);
  expect(received.map((changes) => changes.map((c) => c.code))).toEqual([[first]]);
  await double.simulateEdit(ANNEX_SHEET_NAME, actualAt(second as string), [[13]]);
  expect(received.map((changes) => changes.map((c) => c.code))).toEqual([[first], [second]]);
});

test("a change of ExcelApi 1.7's unknown kind (\"Others\") is checked like an edit, not taken for moved rows", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, received } = await watching("1.7", plan);
  const { actualAt } = layoutOf(plan);
  const code = placedIndicators(plan)[2]?.indicator.code as string;
  // The value changes (a paste, an undo) and Excel reports the kind it cannot name.
  const before = double.syncs;
  await double.simulateEditAs(ANNEX_SHEET_NAME, actualAt(code), [[7]], "Others");
  expect(double.syncs - before).toBe(1);
  expect(received.at(-1)).toEqual([expect.objectContaining({ code, cell: { value: 7, numFmt: "@" } })]);
});
