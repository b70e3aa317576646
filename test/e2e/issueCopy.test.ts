/**
 * Issue 13 end to end, in Debian's headless Chromium at a task pane's 360 px and a browser's
 * 1280 px: the loading state while office.js is slow, the heading fields, the issued copy refused
 * while suggestions wait (naming rows by STT and name), the check view with its verdict chart
 * filtering the list (a table on the wide pane). Screenshots of each step go to test-artifacts/.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { STATUS_LABELS, STATUSES } from "../../src/core/check";
import { requireTools } from "../support/tools";
import { shot } from "./chromium";
import { fillActuals } from "./fillActuals";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");

const pane = new PaneSession();
afterAll(() => pane.close());

withChromium(
  "while office.js is slow the pane says it is connecting to Excel from the first paint, then opens in file mode",
  async () => {
    const { page, problems, close } = await pane.open({ viewport: { width: 360, height: 800 } }, 6_000);
    await page.getByText("Đang kết nối với Excel…").first().waitFor({ timeout: 5_000 });
    await shot(page, "13-0-dang-ket-noi-360");
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.getByText("Chế độ tệp").waitFor({ timeout: 30_000 });
    expect(await page.getByText("Đang kết nối với Excel…").count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  },
  240_000,
);

for (const width of [360, 1280]) {
  withChromium(
    `at ${width} px: heading, the issued copy waits for confirmed agencies, the check view's chart filters the list`,
    async () => {
      const { page, problems, close } = await pane.open({ viewport: { width, height: 900 } });
      await page.getByText("Chế độ tệp").waitFor({ timeout: 30_000 });
      const name = (step: string) => `13-${step}-${width}`;

      await page.getByLabel("Kế hoạch mẫu").selectOption("duc-thanh-2024");
      await page.getByRole("heading", { name: /Đức Thạnh/ }).waitFor();
      await shot(page, name("1-ke-hoach"));
      await page.getByRole("button", { name: "Tiếp: Tạo phụ lục" }).click();

      // The heading: số and ngày change the "Kèm theo" line; the title is printed as typed.
      await page.getByLabel("Số văn bản").fill("15/KH-UBND");
      await page.getByLabel("Ngày ban hành").fill("19/01/2024");
      expect(await page.getByLabel("Dòng «Kèm theo»").inputValue()).toContain("số 15/KH-UBND ngày 19 tháng 01 năm 2024");
      await shot(page, name("2-tieu-de"));

      // The issued copy before anyone confirmed the suggested agencies: refused, rows named.
      await page.getByRole("button", { name: "Bản để ban hành" }).click();
      const refusal = page.getByText(/Chưa tạo bản để ban hành/);
      await refusal.waitFor({ timeout: 30_000 });
      expect(await refusal.textContent()).toMatch(/STT \(1\) «Tổng giá trị sản xuất trên địa bàn xã»/);
      await shot(page, name("3-ban-hanh-cho-xac-nhan"));

      await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
      await page.getByText(/Đã tạo phụ lục ở trang «Phụ lục I»/).waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
      const generated = new Uint8Array(readFileSync(await download.path()));
      const blank = await readAnnexBytes(generated);
      if (!blank.ok) throw new Error(blank.error);
      expect(blank.plan.document.number).toBe("15/KH-UBND");
      const filled = await fillActuals(generated, blank);

      await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).click()]);
      await chooser.setFiles({ name: "da-nhap.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(filled.bytes) });
      await page.getByText(/Đã mở da-nhap\.xlsx/).waitFor({ timeout: 60_000 });

      // The chart is there, and a click on a verdict's segment filters the rows to that verdict.
      const chart = page.getByTestId("verdict-chart");
      await chart.locator("svg path").first().waitFor({ timeout: 15_000 });
      await shot(page, name("4-kiem-tra"));
      const rows = () => (width >= 720 ? page.getByRole("grid").getByRole("row") : page.getByRole("list", { name: /Kết quả theo chỉ tiêu/ }).getByRole("listitem"));
      const before = await rows().count();
      await chart.locator("svg path").first().click({ force: true });
      await page.waitForTimeout(500);
      const after = await rows().count();
      expect(after).toBeLessThan(before);
      const picked = await page.getByLabel("Hiển thị").inputValue();
      expect(STATUSES as readonly string[]).toContain(picked);
      const label = STATUS_LABELS[picked as (typeof STATUSES)[number]];
      const texts = await rows().allTextContents();
      for (const text of texts.slice(width >= 720 ? 1 : 0)) expect(text).toContain(label);
      // Each row shows the entered figure with its unit beside the target and the verdict.
      await shot(page, name("5-loc-theo-bieu-do"));
      await page.getByLabel("Hiển thị").selectOption("all");
      if (width >= 720) expect(await page.getByRole("columnheader", { name: "Số thực hiện" }).count()).toBe(1);

      await page.getByRole("button", { name: "Tiếp: Rà soát" }).click();
      await page.waitForTimeout(500);
      await shot(page, name("6-ra-soat"));
      expect(problems).toEqual([]);
      await close();
    },
    300_000,
  );
}

export type { Page };
