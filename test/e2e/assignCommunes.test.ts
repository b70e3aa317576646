/**
 * "Giao chỉ tiêu" end to end in Debian's headless Chromium, file mode, at a task pane's 360 px and
 * a browser's 1280 px: the blank table downloaded (with the communes listed beforehand), filled the
 * way Excel saves it (ExcelJS), a table with mistakes refused naming commune and indicator, the
 * filled one picked, and the .zip of the communes' annexes downloaded and read back: each annex is
 * its commune's, with its own targets, the period and the deadline typed in the pane.
 */
import { readFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { ASSIGN_LAYOUT, ASSIGN_SHEET_NAME } from "../../src/core/assign";
import { findIndicator } from "../../src/core/model";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";
import { requireTools } from "../support/tools";
import { shot } from "./chromium";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const COMMUNES = ["Xã An Bình", "Xã Hải Thắng", "Phường Đức Thạnh"];
const TARGETS: Record<string, [string, string, string]> = {
  CT03: ["45,5", "38,25", ""],
  CT06: ["≥ 90%", "từ 85% trở lên", "95"],
};

const pane = new PaneSession();
afterAll(() => pane.close());

/** The downloaded blank table, filled as an officer would: targets typed as text, one left blank. */
async function fill(bytes: Buffer, mistakes: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(bytes));
  const sheet = book.getWorksheet(ASSIGN_SHEET_NAME);
  if (!sheet) throw new Error("không có trang Giao chỉ tiêu");
  const columnOf = new Map<string, number>();
  sheet.getRow(ASSIGN_LAYOUT.codesRow).eachCell((cell, column) => columnOf.set(String(cell.value), column));
  COMMUNES.forEach((name, k) => {
    const row = sheet.getRow(ASSIGN_LAYOUT.firstCommuneRow + k);
    expect(row.getCell(ASSIGN_LAYOUT.nameColumn).value).toBe(name);
    for (const [code, targets] of Object.entries(TARGETS)) if (targets[k] !== "") row.getCell(columnOf.get(code) as number).value = targets[k];
  });
  if (mistakes) sheet.getRow(ASSIGN_LAYOUT.firstCommuneRow).getCell(columnOf.get("CT03") as number).value = "45,5,2";
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const width of [360, 1280]) {
  withChromium(
    `at ${width} px: the blank table, a table with a mistake refused, the communes' annexes in one .zip`,
    async () => {
      const { page, problems, close } = await pane.open({ viewport: { width, height: 900 } });
      await page.getByText("Chế độ tệp").waitFor({ timeout: 30_000 });
      const name = (step: string) => `15-giao-${step}-${width}`;

      await page.getByRole("tab", { name: "Giao chỉ tiêu" }).click();
      await page.getByText("Chọn kế hoạch ở bước «Kế hoạch» trước", { exact: false }).waitFor();
      await page.getByRole("tab", { name: "Kế hoạch" }).click();
      await page.getByLabel("Kế hoạch mẫu").selectOption("tien-lu-2024");
      await page.getByRole("heading", { name: /Tiên Lữ/ }).waitFor();
      await page.getByRole("tab", { name: "Giao chỉ tiêu" }).click();

      await page.getByLabel("Danh sách xã (không bắt buộc)").fill(COMMUNES.join("\n"));
      await page.getByText("3 đơn vị cấp xã được ghi sẵn.").waitFor();
      await shot(page, name("1-bang-trong"));
      const [blank] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng giao chỉ tiêu (.xlsx)" }).click()]);
      expect(blank.suggestedFilename()).toBe("Giao chỉ tiêu - Ủy ban nhân dân huyện Tiên Lữ.xlsx");
      const blankBytes = readFileSync(await blank.path());

      // A table with a figure that cannot be read: refused, naming the commune, the indicator and the cell.
      const pick = async (file: string, buffer: Buffer) => {
        const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn bảng đã điền…" }).click()]);
        await chooser.setFiles({ name: file, mimeType: XLSX, buffer });
      };
      await pick("giao-loi.xlsx", await fill(blankBytes, true));
      const errors = page.getByRole("list", { name: "Lỗi trong bảng giao chỉ tiêu" });
      await errors.waitFor({ timeout: 30_000 });
      expect(await errors.textContent()).toContain("«Xã An Bình», STT 3 «Thu ngân sách trên địa bàn»");
      expect(await errors.textContent()).toContain("«45,5,2»: không đọc được con số");
      expect(await page.getByRole("button", { name: "Tải phụ lục các xã (.zip)" }).isDisabled()).toBe(true);
      await shot(page, name("2-bang-loi"));

      await pick("giao-da-dien.xlsx", await fill(blankBytes, false));
      const communes = page.getByRole("list", { name: "Các xã được giao chỉ tiêu" });
      await communes.waitFor({ timeout: 30_000 });
      expect(await communes.getByRole("listitem").allTextContents()).toEqual(["Xã An Bình: 2 chỉ tiêu được giao", "Xã Hải Thắng: 2 chỉ tiêu được giao", "Phường Đức Thạnh: 1 chỉ tiêu được giao"]);
      await page.getByLabel("Kỳ báo cáo (tên cột số liệu)").fill("Ước thực hiện 9 tháng năm 2024");
      await page.getByLabel("Hạn nộp báo cáo").fill("05/10/2024");
      await shot(page, name("3-bang-da-dien"));

      const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải phụ lục các xã (.zip)" }).click()]);
      expect(zip.suggestedFilename()).toBe("Phụ lục các xã - Ủy ban nhân dân huyện Tiên Lữ.zip");
      await page.getByText(/Đã tạo 3 phụ lục, mỗi xã một tệp/).waitFor({ timeout: 30_000 });
      await shot(page, name("4-da-tao"));
      const entries = unzipSync(new Uint8Array(readFileSync(await zip.path())));
      expect(Object.keys(entries).sort()).toEqual(COMMUNES.map((c) => `Phụ lục I - ${c}.xlsx`).sort());
      for (const [k, commune] of COMMUNES.entries()) {
        const annex = await readAnnexBytes(entries[`Phụ lục I - ${commune}.xlsx`] as Uint8Array);
        if (!annex.ok) throw new Error(annex.error);
        expect(annex.options).toMatchObject({ locality: commune, actualsLabel: "Ước thực hiện 9 tháng năm 2024", deadline: "2024-10-05" });
        for (const [code, targets] of Object.entries(TARGETS)) expect(findIndicator(annex.plan, code)?.indicator.target ?? "").toBe(targets[k]);
      }
      expect(problems).toEqual([]);
      await close();
    },
    240_000,
  );
}
