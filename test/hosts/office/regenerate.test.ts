/**
 * Generating into a workbook that already has an annex: the core decides what to keep; the host
 * must carry it out without ever writing over a sheet it did not make.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME, MODEL_SHEET_NAME } from "../../../src/core/annex";
import { gridCell } from "../../../src/core/annex/grid";
import { cellRef } from "../../../src/core/annex/sheet";
import { labelOfCode, loadPlan, placedIndicators, type Plan } from "../../../src/core/model";
import { SheetNameTakenError } from "../../../src/hosts/office/excelHost";
import { seedPlan } from "../../support/seeds";
import { hostOn, sheetOf } from "./helpers";

const PREVIOUS = `${ANNEX_SHEET_NAME} (bản trước)`;

function typedIn(plan: Plan) {
  const layout = annexLayout({ plan, options: annexOptions() });
  const codes = placedIndicators(plan).map((p) => p.indicator.code);
  const code = (index: number): string => {
    const found = codes[index];
    if (found === undefined) throw new Error(`không có chỉ tiêu thứ ${index}`);
    return found;
  };
  return { layout, code, at: (c: string) => cellRef(layout.rowOf.get(c) ?? 0, layout.columns.actual) };
}

/** The plan with its first indicator removed and a new one added at the end. */
function revised(plan: Plan): Plan {
  const input = JSON.parse(JSON.stringify(plan)) as { sections: { indicators: { code: string; name: string; stt: string; source: { quote: string } }[] }[] };
  const section = input.sections[0];
  if (!section) throw new Error("no section");
  section.indicators.shift();
  section.indicators.push({ code: "MOI01", stt: "99", name: "Chỉ tiêu mới bổ sung", source: { quote: "Chỉ tiêu mới bổ sung" } });
  const loaded = loadPlan(JSON.stringify(input));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return loaded.plan;
}

test("update keeps the entered actuals by code, renames the previous sheet and leaves it as it was", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, host } = hostOn("1.12");
  await host.generate(plan, annexOptions(), "update");
  const before = typedIn(plan);
  const [dropped, kept, percent] = [before.code(0), before.code(5), before.code(8)];
  await double.simulateEdit(ANNEX_SHEET_NAME, before.at(dropped), [[42]]);
  await double.simulateEdit(ANNEX_SHEET_NAME, before.at(kept), [["Đạt"]]);
  await double.simulateEdit(ANNEX_SHEET_NAME, before.at(percent), [["97.5%"]]);
  const old = JSON.stringify(sheetOf(double.grid(), ANNEX_SHEET_NAME));

  const next = revised(plan);
  const outcome = await host.generate(next, annexOptions(), "update");

  expect(outcome.sheetName).toBe(ANNEX_SHEET_NAME);
  expect(outcome.notes.join("\n")).toMatch(/Đã giữ 2 ô/);
  expect(outcome.notes.join("\n")).toContain(`"${PREVIOUS}"`);
  // The dropped row by its STT and name in the previous plan, never by code.
  expect(outcome.notes.join("\n")).toContain(labelOfCode(plan, dropped));
  expect(outcome.notes.join("\n")).not.toContain(dropped);
  const grid = double.grid();
  expect(JSON.stringify({ ...sheetOf(grid, PREVIOUS), name: ANNEX_SHEET_NAME })).toBe(old);
  const after = typedIn(next);
  const annex = sheetOf(grid, ANNEX_SHEET_NAME);
  const [keptRow, keptColumn] = [after.layout.rowOf.get(kept) ?? 0, after.layout.columns.actual];
  expect(gridCell(annex, keptRow, keptColumn).value).toBe("Đạt");
  // The annex's input cells are text cells: the typed 97.5% stayed as typed, and comes back so.
  const percentCell = gridCell(annex, after.layout.rowOf.get(percent) ?? 0, keptColumn);
  expect(percentCell.value).toBe("97.5%");
  expect(percentCell.numFmt).toBe("@");
  expect(double.book.sheets.map((s) => s.name)).toEqual(["Sheet1", ANNEX_SHEET_NAME, PREVIOUS, MODEL_SHEET_NAME]);
  expect(double.book.activeSheetId).toBe(double.sheet(ANNEX_SHEET_NAME).id);
  // The add-in reads the new annex with the new plan.
  const reading = await host.readAnnex();
  expect(reading?.ok && reading.plan.sections[0]?.indicators.some((i) => i.code === "MOI01")).toBe(true);
  expect(reading?.ok && reading.entries.get(kept)?.actual.value).toBe("Đạt");
});

test("a second update keeps a second previous sheet under a free name", async () => {
  const plan = seedPlan("duc-thanh-2024");
  const { double, host } = hostOn("1.7");
  await host.generate(plan, annexOptions(), "update");
  await host.generate(plan, annexOptions(), "update");
  await host.generate(plan, annexOptions(), "update");
  expect(double.book.sheets.map((s) => s.name).sort()).toEqual([ANNEX_SHEET_NAME, PREVIOUS, `${PREVIOUS} 2`, MODEL_SHEET_NAME, "Sheet1"].sort());
});

test("new-sheet mode adds an annex beside the old one and leaves the old one alone", async () => {
  const plan = seedPlan("cau-ngang-2030");
  const { double, host } = hostOn("1.12");
  await host.generate(plan, annexOptions(), "update");
  const { at, code } = typedIn(plan);
  await double.simulateEdit(ANNEX_SHEET_NAME, at(code(2)), [[12.5]]);
  const old = JSON.stringify(sheetOf(double.grid(), ANNEX_SHEET_NAME));

  const outcome = await host.generate(plan, annexOptions(), "new-sheet");

  expect(outcome.sheetName).toBe(`${ANNEX_SHEET_NAME} 2`);
  expect(outcome.notes.join(" ")).toContain("giữ nguyên");
  expect(JSON.stringify(sheetOf(double.grid(), ANNEX_SHEET_NAME))).toBe(old);
  expect(double.book.sheets.map((s) => s.name)).toEqual(["Sheet1", ANNEX_SHEET_NAME, `${ANNEX_SHEET_NAME} 2`, MODEL_SHEET_NAME]);
  expect(double.book.activeSheetId).toBe(double.sheet(`${ANNEX_SHEET_NAME} 2`).id);
});

test("a sheet named like the annex that the add-in did not make is never written over", async () => {
  const { double, host } = hostOn("1.12", { sheets: [ANNEX_SHEET_NAME] });
  await double.simulateEdit(ANNEX_SHEET_NAME, "A1:B1", [["Bảng của tôi", 7]]);
  const before = JSON.stringify(double.grid());
  await expect(host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update")).rejects.toThrow(SheetNameTakenError);
  await expect(host.generate(seedPlan("tien-lu-2024"), annexOptions(), "update")).rejects.toThrow(/không ghi đè/);
  expect(JSON.stringify(double.grid())).toBe(before);
  // Only reads were sent.
  expect(double.operations.filter((op) => op.kind === "set" || op.kind === "call")).toEqual([]);
});

test("regenerating a workbook whose model sheet was tampered with refuses too, saying why", async () => {
  const plan = seedPlan("dong-thap-2024");
  const { double, host } = hostOn("1.12");
  await host.generate(plan, annexOptions(), "update");
  await double.simulateEdit(MODEL_SHEET_NAME, "B3", [["'sua-tay"]]);
  const reading = await host.readAnnex();
  expect(reading?.ok).toBe(false);
  await expect(host.generate(plan, annexOptions(), "update")).rejects.toThrow(/mã kiểm tra không khớp/);
});

test("select(code) shows the indicator's actuals cell", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, host } = hostOn("1.7");
  await host.generate(plan, annexOptions(), "update");
  const { layout, code } = typedIn(plan);
  const chosen = code(7);
  await host.select(chosen);
  const row = layout.rowOf.get(chosen);
  expect(double.book.selection?.area).toEqual({ top: row, bottom: row, left: layout.columns.actual, right: layout.columns.actual });
  expect(double.book.activeSheetId).toBe(double.sheet(ANNEX_SHEET_NAME).id);
  await expect(host.select("KHONG-CO")).rejects.toThrow(/Chỉ tiêu này không có trong phụ lục ở trang "Phụ lục I", vì phụ lục được tạo từ một kế hoạch khác/);
});
