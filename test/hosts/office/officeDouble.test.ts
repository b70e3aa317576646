/** The recording Office.js double behaves like Office where the host depends on it. */
import { ApiNotSupportedError, OfficeDouble, OfficeError } from "../../support/officeDouble";

test("a property must be loaded and synced before it is read; a set value is readable", async () => {
  const double = new OfficeDouble({ version: "1.7", client: "double" });
  await double.runner.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.formulas = [[1, "'x"]];
    expect(range.formulas).toEqual([[1, "'x"]]);
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([[1, "x"]]);
  });
  expect(double.syncs).toBe(1);
});

test("APIs above the emulated ExcelApi version throw at once, naming the API and its set", async () => {
  const double = new OfficeDouble({ version: "1.7", client: "double" });
  expect(double.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(double.isSetSupported("ExcelApi", "1.8")).toBe(false);
  await double.runner.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("A1");
    expect(() => range.dataValidation).toThrow(ApiNotSupportedError);
    expect(() => sheet.pageLayout).toThrow(/Worksheet\.pageLayout cần ExcelApi 1\.9/);
    expect(() => (sheet.showGridlines = false)).toThrow(/ExcelApi 1\.8/);
    expect(() => (range.format.indentLevel = 1)).toThrow(/RangeFormat\.indentLevel/);
    range.format.font.bold = true;
    sheet.freezePanes.freezeRows(2);
    await context.sync();
  });
  expect(double.operationsAbove("1.7")).toEqual([]);
  expect(double.operations.find((op) => op.api === "WorksheetFreezePanes.freezeRows")?.requirement).toBe("1.7");
  expect(new OfficeDouble({ version: "1.9", client: "double" }).isSetSupported("ExcelApi", "1.9")).toBe(true);
});

test("null objects are known after a sync; a missing item fails the sync", async () => {
  const double = new OfficeDouble({ version: "1.7", client: "double" });
  await double.runner.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    const used = missing.getUsedRangeOrNullObject(true);
    used.load("values");
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
    context.workbook.worksheets.getItem("Không có").getRange("A1").formulas = [[1]];
    await expect(context.sync()).rejects.toThrow(OfficeError);
  });
});

test("Excel.run syncs what a batch left queued; array shapes must match the range", async () => {
  const double = new OfficeDouble({ version: "1.7", client: "double" });
  await double.runner.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1"]];
  });
  expect(double.syncs).toBe(1);
  await expect(
    double.runner.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [[1]];
      await context.sync();
    }),
  ).rejects.toThrow(/InvalidArgument/);
});

test("requests are measured in Office.js's record shapes; sheet rules hold", async () => {
  const double = new OfficeDouble({ version: "1.7", client: "double" });
  await double.runner.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.add("Trang 2").getRange("A1:C1").formulas = [["một", "hai", "ba"]];
    await context.sync();
    sheets.add("trang 2");
    await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    sheets.getItem("Sheet1").visibility = "VeryHidden";
    sheets.getItem("Trang 2").visibility = "VeryHidden";
    await expect(context.sync()).rejects.toThrow(/ít nhất một trang tính hiện/);
  });
  expect(double.syncRecords[0]?.requestBytes).toBeGreaterThan(200);
});

test("change handlers fire for user edits and the add-in's writes, until removed through their context", async () => {
  const double = new OfficeDouble({ version: "1.14", client: "double" });
  const seen: { address: string; trigger: string }[] = [];
  const handle = await double.runner.run(async (context) => {
    const result = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push({ address: args.address, trigger: args.triggerSource });
    });
    await context.sync();
    return result;
  });
  await double.simulateEdit("Sheet1", "B2", [[5]]);
  await double.runner.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("C3").formulas = [[1]];
    await context.sync();
  });
  await double.settle();
  expect(seen).toEqual([
    { address: "B2", trigger: "Unknown" },
    { address: "C3", trigger: "ThisLocalAddin" },
  ]);
  await double.runner.runIn(handle.context as Excel.RequestContext, async (context) => {
    handle.remove();
    await context.sync();
  });
  await double.simulateEdit("Sheet1", "B2", [[6]]);
  expect(seen).toHaveLength(2);
});
