/**
 * A consolidation written into the open workbook: the same grid the .xlsx host writes, in two
 * syncs; a sheet the workbook already has is never written over (the new sheets take "… 2"
 * together), and the workbook's title and names stay the user's.
 */
import { gridCell } from "../../../src/core/annex/grid";
import { consolidate, consolidationWorkbook, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../../src/core/consolidate";
import { FEATURES } from "../../../src/hosts/office/apiSupport";
import { freeSheetNames } from "../../../src/hosts/office/writeSheets";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { received, smallPlan } from "../../core/consolidate/support";
import { gridDifferences, hostOn, sheetOf } from "./helpers";

const PLAN = smallPlan();

function description() {
  const c = consolidate({
    files: [
      received("a.xlsx", PLAN, { locality: "Xã An Bình" }, { CT01: 52_000, CT02: 4_100, CT04: 2_000, CT06: 50 }),
      received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, { CT01: 31_000, CT02: "đang cập nhật", CT04: 1_000, CT06: 40 }),
    ],
    expected: ["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"],
  });
  return consolidationWorkbook(c).workbook;
}

describe("writeSheets", () => {
  test("into a workbook without them: the .xlsx host's grid, in 2 syncs, the summary sheet active", async () => {
    const workbook = description();
    const file = await readWorkbookGrid(await renderWorkbook(workbook));
    const { double, host } = hostOn("1.12");
    const outcome = await host.writeSheets?.(workbook);
    expect(outcome).toEqual({ sheetNames: [SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME], taken: [], skipped: [] });
    expect(double.syncs).toBe(2);
    const live = double.grid();
    for (const name of [SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME]) expect(gridDifferences(sheetOf(file, name), sheetOf(live, name))).toEqual([]);
    expect(live.sheets.map((s) => s.name)).toEqual(["Sheet1", SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME]);
    expect(double.book.activeSheetId).toBe(double.sheet(SUMMARY_SHEET_NAME).id);
  });

  test("a taken name: all sheets move to the first free suffix, formulas follow the renamed detail sheet, the user's sheet, title and names untouched", async () => {
    const { double, host } = hostOn("1.12", { sheets: ["Tổng hợp", "tổng hợp 2"] });
    await double.runner.run(async (context) => {
      context.workbook.worksheets.getItem("Tổng hợp").getRange("A1").values = [["Số liệu của tôi"]];
      context.workbook.properties.title = "Sổ của phòng Tài chính";
      context.workbook.names.add("CuaToi", "='Tổng hợp'!$A$1");
      await context.sync();
    });
    const before = double.syncs;
    const outcome = await host.writeSheets?.(description());
    expect(outcome?.sheetNames).toEqual(["Tổng hợp 3", "Chi tiết theo đơn vị 3", "Tình hình báo cáo 3"]);
    expect(outcome?.taken).toEqual([SUMMARY_SHEET_NAME]);
    expect(double.syncs - before).toBe(2);
    const live = double.grid();
    expect(live.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "tổng hợp 2", "Tổng hợp 3", "Chi tiết theo đơn vị 3", "Tình hình báo cáo 3"]);
    const formulas = sheetOf(live, "Tổng hợp 3").rows.flat().flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.some((f) => f.includes("'Chi tiết theo đơn vị 3'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Chi tiết theo đơn vị'!"))).toBe(false);
    const mine = sheetOf(live, "Tổng hợp");
    expect(gridCell(mine, 1, 1).value).toBe("Số liệu của tôi");
    expect(mine.rows.flat().filter((cell) => cell.value !== null)).toHaveLength(1);
    expect(double.book.properties.title).toBe("Sổ của phòng Tài chính");
    expect([...double.book.names.values()]).toEqual([{ name: "CuaToi", formula: "='Tổng hợp'!$A$1" }]);
    expect(double.book.activeSheetId).toBe(double.sheet("Tổng hợp 3").id);
  });

  test("many communes: Tổng hợp prints one page wide; the detail page after page, repeating STT and the commune", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Xã Số ${i + 1}`);
    const wide = consolidationWorkbook(consolidate({ expected: names, files: names.map((name) => received(`${name}.xlsx`, PLAN, { locality: name }, { CT01: 1_000 })) })).workbook;
    const { double, host } = hostOn("1.9");
    await host.writeSheets?.(wide);
    expect(double.sheet(SUMMARY_SHEET_NAME).page).toMatchObject({ printTitleRows: "$5:$6" });
    expect(double.sheet(SUMMARY_SHEET_NAME).page.printTitleColumns).toBeUndefined();
    // One page wide, and explicitly as many pages down as needed (the .xlsx host's fitToHeight 0).
    expect(double.sheet(SUMMARY_SHEET_NAME).page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(double.sheet(DETAIL_SHEET_NAME).page).toMatchObject({ printTitleRows: "$4:$5", printTitleColumns: "$A:$B" });
  });

  test("under ExcelApi 1.7 nothing above 1.7 is called and the pane is told what was left out", async () => {
    const { double, host } = hostOn("1.7");
    const outcome = await host.writeSheets?.(description());
    expect(double.operationsAbove("1.7")).toEqual([]);
    expect(outcome?.skipped).toContain(FEATURES.pageLayout.label);
  });
});

describe("freeSheetNames", () => {
  test("names as they are when free; otherwise one suffix for all, compared without regard to case", () => {
    expect(freeSheetNames(["Tổng hợp", "Tình hình báo cáo"], ["Sheet1"])).toEqual(["Tổng hợp", "Tình hình báo cáo"]);
    expect(freeSheetNames(["Tổng hợp", "Tình hình báo cáo"], ["TÌNH HÌNH BÁO CÁO"])).toEqual(["Tổng hợp 2", "Tình hình báo cáo 2"]);
    expect(freeSheetNames(["Tổng hợp", "Tình hình báo cáo"], ["Tổng hợp", "Tình hình báo cáo 2"])).toEqual(["Tổng hợp 3", "Tình hình báo cáo 3"]);
  });
});
