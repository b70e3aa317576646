import { OfficeUserError, translateOfficeError } from "../../../src/hosts/office/officeErrors";
import { OfficeDouble } from "../../support/officeDouble";

test("Office's error codes become Vietnamese messages that say what to do, keeping Office's error as the cause", () => {
  const office = Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
  const translated = translateOfficeError(office);
  expect(translated).toBeInstanceOf(OfficeUserError);
  expect((translated as Error).message).toBe("Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.");
  expect((translated as Error).cause).toBe(office);
  const mine = new Error("Sổ làm việc chưa có phụ lục");
  expect(translateOfficeError(mine)).toBe(mine);
  const unknown = Object.assign(new Error("?"), { code: "SomethingNew" });
  expect(translateOfficeError(unknown)).toBe(unknown);
});

test("the runner translates what the real client reports: a request refused by Excel reads in Vietnamese", async () => {
  const double = new OfficeDouble({ version: "1.12" });
  double.failRequest(1, { code: "AccessDenied", message: "The workbook is protected." });
  await expect(
    double.runner.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    }),
  ).rejects.toThrow(/đang được bảo vệ/);
});
