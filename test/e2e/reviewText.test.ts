/**
 * «Rà soát» with the plan's document, in real headless Chromium (file mode): the Tháp Mười seed,
 * its document chosen in the step, and the finding the core makes (175.700 in the annex, 275.700
 * in the tasks) shown with both sides' words. Screenshots at the pane's width and at 1280 px.
 */
import { join } from "node:path";
import { reviewPlanWithText } from "../../src/core/check/review";
import { planTextFromPlain } from "../../src/core/extract";
import { readFileSync } from "node:fs";
import { seedPlan, SEEDS_DIR } from "../support/seeds";
import { requireTools } from "../support/tools";
import { shot } from "./chromium";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");
const pane = new PaneSession();
afterAll(() => pane.close());

withChromium(
  "Rà soát compares the annex with the plan's document and shows each side's words",
  async () => {
    const { page, problems } = await pane.openFileMode();
    await page.getByLabel("Kế hoạch mẫu").selectOption("thap-muoi-2024");
    await page.getByRole("heading", { name: /Tháp Mười/ }).waitFor();
    await page.getByRole("tab", { name: "Rà soát" }).click();
    await page.getByText("So sánh với văn bản kế hoạch: chưa chọn văn bản.").waitFor();

    const documentFile = join(SEEDS_DIR, "thap-muoi-2024.txt");
    await page.locator('input[type="file"]').first().setInputFiles(documentFile);
    await page.getByText("thap-muoi-2024.txt").first().waitFor({ timeout: 30_000 });

    const expected = reviewPlanWithText(seedPlan("thap-muoi-2024"), planTextFromPlain(readFileSync(documentFile, "utf8")));
    const item = page.getByRole("listitem").filter({ hasText: "Khác với văn bản kế hoạch" });
    expect(await item.count()).toBe(expected.filter((f) => f.rule === "khac-van-ban").length);
    await item.first().getByText("Văn bản: mục 4 «Phát huy các nguồn lực", { exact: false }).waitFor();
    expect(await item.first().getByText("«thu ngân sách nhà nước trên địa bàn năm 2024 đạt dự toán 275.700 triệu đồng»").count()).toBe(1);
    await item.first().scrollIntoViewIfNeeded();
    await shot(page, "5-ra-soat-van-ban");
    await page.setViewportSize({ width: 1280, height: 900 });
    await item.first().scrollIntoViewIfNeeded();
    await shot(page, "5-ra-soat-van-ban-1280");
    expect(problems).toEqual([]);
  },
  300_000,
);
