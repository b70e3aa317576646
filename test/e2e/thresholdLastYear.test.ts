/**
 * Issue 12 items 5 and 6 end to end, in Debian's headless Chromium at a task pane's 360 px and a
 * browser's 1280 px: the ngưỡng Vượt typed in Tạo phụ lục (a wrong one refused in Vietnamese), "So
 * với cùng kỳ" chosen there, both kept in the downloaded annex; the check view says which
 * threshold judged it and shows % so với cùng kỳ. Screenshots go to test-artifacts/.
 */
import { readFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";
import { requireTools } from "../support/tools";
import { shot } from "./chromium";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");
const pane = new PaneSession();
afterAll(() => pane.close());

for (const width of [360, 1280]) {
  withChromium(
    `at ${width} px: the ngưỡng Vượt and So với cùng kỳ, chosen at generation, judge and show in the check view`,
    async () => {
      const { page, problems, close } = await pane.open({ viewport: { width, height: 900 } });
      await page.getByText("Chế độ tệp").waitFor({ timeout: 30_000 });
      const name = (step: string) => `12-nguong-cung-ky-${step}-${width}`;

      await page.getByLabel("Kế hoạch mẫu").selectOption("tien-lu-2024");
      await page.getByRole("heading", { name: /Tiên Lữ/ }).waitFor();
      await page.getByRole("button", { name: "Tiếp: Tạo phụ lục" }).click();

      const margin = page.getByLabel("Ngưỡng Vượt (% trên kế hoạch)");
      expect(await margin.inputValue()).toBe("0");
      await margin.fill("150");
      await page.getByText(/Ngưỡng Vượt «150» không dùng được: ngưỡng Vượt phải là một số phần trăm từ 0 đến 100/).waitFor();
      await margin.fill("5");
      await page.getByText(/Ngưỡng Vượt 5%: vượt kế hoạch đến 5% là Đạt, trên 5% là Vượt/).first().waitFor();
      await page.getByRole("checkbox", { name: /So với cùng kỳ/ }).check();
      await margin.scrollIntoViewIfNeeded();
      await shot(page, name("1-tao-phu-luc"));

      await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
      await page.getByText(/Đã tạo phụ lục ở trang «Phụ lục I»/).waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
      const generated = new Uint8Array(readFileSync(await download.path()));
      const blank = await readAnnexBytes(generated);
      if (!blank.ok) throw new Error(blank.error);
      expect(blank.plan.exceedMargin).toBe(5);
      expect(blank.options.lastYear).toBe(true);
      const lastYearColumn = blank.columns.lastYear;
      if (lastYearColumn === undefined || lastYearColumn === null) throw new Error("no cùng kỳ column");

      // Typed as an office PC stores it: Thu ngân sách 580 against 559,8 (103,6%: Đạt at 5%), 500 last year.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(asArrayBuffer(generated));
      const sheet = book.getWorksheet(blank.sheetName);
      const row = blank.entries.get("CT03")?.row;
      if (!sheet || row === undefined) throw new Error("no row for CT03");
      sheet.getCell(row, blank.columns.actual).value = "580";
      sheet.getCell(row, lastYearColumn).value = "500";
      const filled = new Uint8Array(await book.xlsx.writeBuffer());

      await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).click()]);
      await chooser.setFiles({ name: "da-nhap.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(filled) });
      await page.getByText(/Đã mở da-nhap\.xlsx/).waitFor({ timeout: 60_000 });
      const said = page.getByTestId("nguong-vuot");
      expect(await said.textContent()).toContain("Ngưỡng Vượt 5%: vượt kế hoạch đến 5% là Đạt, trên 5% là Vượt");

      await page.getByLabel("Hiển thị").selectOption({ label: "Đạt" });
      if (width >= 720) {
        const grid = page.getByRole("grid");
        await grid.getByRole("columnheader", { name: "% so với cùng kỳ" }).waitFor();
        const line = grid.getByRole("row").filter({ hasText: "Thu ngân sách trên địa bàn" });
        expect(await line.textContent()).toMatch(/103,6%.*116,0%.*Đạt/);
      } else {
        const item = page.getByRole("list", { name: /Kết quả theo chỉ tiêu/ }).getByRole("listitem").filter({ hasText: "Thu ngân sách trên địa bàn" });
        expect(await item.textContent()).toMatch(/Đạt.*103,6% KH.*116,0% cùng kỳ/);
      }
      await said.scrollIntoViewIfNeeded();
      await shot(page, name("2-kiem-tra"));
      expect(problems).toEqual([]);
      await close();
    },
    240_000,
  );
}
