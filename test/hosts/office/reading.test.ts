/**
 * Reading the annex back from the open workbook: where its defined name points, in one sync, even
 * after the sheet is renamed; when the name is gone, a bounded search (the first rows of each
 * sheet) instead of every sheet's used range, which in a workbook with large unrelated sheets
 * would pass Excel on the web's 5 MB response limit.
 */
import { annexOptions, ANNEX_SHEET_NAME, MODEL_SHEET_NAME } from "../../../src/core/annex";
import { seedPlan } from "../../support/seeds";
import { hostOn } from "./helpers";
import type { OfficeDouble } from "../../support/officeDouble";

jest.setTimeout(60_000);

const RENAMED = "Phụ lục I - Xã An Bình";

/** A sheet of the officer's own, 20,000 rows of figures: several megabytes if read whole. */
function addLargeSheet(double: OfficeDouble): void {
  const sheet = double.addSheet("Số liệu gốc");
  const rows = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 12 }, (_, c) => `Xã số ${r + 1} - chỉ tiêu ${c + 1}: 1.234.567,89`));
  double.writeInputs({ sheet, area: { top: 1, left: 1, bottom: rows.length, right: 12 } }, rows, "values");
}

async function renamedAnnex() {
  const plan = seedPlan("tien-lu-2024");
  const { double, host } = hostOn("1.12");
  await host.generate(plan, annexOptions(), "update");
  addLargeSheet(double);
  double.renameSheet(double.sheet(ANNEX_SHEET_NAME), RENAMED);
  return { double, host };
}

test("a renamed annex is found where its name points, in one sync, without reading the other sheets", async () => {
  const { double, host } = await renamedAnnex();
  const before = double.syncs;
  const reading = await host.readAnnex();
  expect(reading?.ok && reading.sheetName).toBe(RENAMED);
  expect(double.syncs - before).toBe(1);
  expect(double.syncRecords.at(-1)?.responseBytes).toBeLessThan(200_000);
});

test("with the name deleted too, the search reads only the first rows of each sheet, then the annex", async () => {
  const { double, host } = await renamedAnnex();
  double.book.names.clear();
  const before = double.syncs;
  const reading = await host.readAnnex();
  expect(reading?.ok && reading.sheetName).toBe(RENAMED);
  expect(double.syncs - before).toBe(3);
  for (const sync of double.syncRecords.slice(before)) expect(sync.responseBytes).toBeLessThan(200_000);
});

test("a workbook whose model sheet has no annex table anywhere says so, without reading whole sheets", async () => {
  const { double, host } = await renamedAnnex();
  double.book.names.clear();
  double.deleteSheet(double.sheet(RENAMED));
  const before = double.syncs;
  const reading = await host.readAnnex();
  expect(reading?.ok).toBe(false);
  expect(double.syncs - before).toBe(2);
  for (const sync of double.syncRecords.slice(before)) expect(sync.responseBytes).toBeLessThan(200_000);
  expect(double.book.sheets.some((s) => s.name === MODEL_SHEET_NAME)).toBe(true);
});
