/**
 * Issue 14 item 3, in real headless Chromium (file mode): a review finding marked «Đã xem» stops
 * coming back for that workbook. The annex is generated, one finding marked, the file downloaded;
 * a new pane opens the downloaded file and the finding is not in the list, but under «Hiện các mục
 * đã xem», from where it can be unmarked. Screenshots at the pane's width and at 1280 px.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reviewPlan } from "../../src/core/check/review";
import { seedPlan } from "../support/seeds";
import { requireTools } from "../support/tools";
import { shot } from "./chromium";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");
const pane = new PaneSession();
afterAll(() => pane.close());

withChromium(
  "a finding marked «Đã xem» is kept in the annex file and does not come back when the file is opened again",
  async () => {
    const plan = seedPlan("tien-lu-2024");
    const findings = reviewPlan(plan);
    const first = findings[0];
    if (first === undefined) throw new Error("the seed has no finding");

    const { page, problems } = await pane.openFileMode();
    await page.getByLabel("Kế hoạch mẫu").selectOption("tien-lu-2024");
    await page.getByRole("tab", { name: "Tạo phụ lục" }).click();
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    await page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Rà soát" }).click();

    const items = page.getByRole("listitem");
    await items.first().waitFor();
    expect(await items.count()).toBe(findings.length);
    const target = items.filter({ hasText: first.message });
    expect(await target.count()).toBe(1);
    await target.getByRole("button", { name: "Đã xem" }).click();
    await page.getByRole("button", { name: "Hiện các mục đã xem (1)" }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("listitem").count()).toBe(findings.length - 1);
    expect(await page.getByRole("listitem").filter({ hasText: first.message }).count()).toBe(0);
    await shot(page, "5-ra-soat-da-xem");

    await page.getByRole("tab", { name: "Tạo phụ lục" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), "phuluc-da-xem-")), download.suggestedFilename());
    writeFileSync(saved, readFileSync((await download.path()) as string));

    // Another pane, as on another day: the annex file opened, the finding is not back.
    const again = await pane.openFileMode();
    await again.page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).first().waitFor();
    const [chooser] = await Promise.all([again.page.waitForEvent("filechooser"), again.page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).first().click()]);
    await chooser.setFiles(saved);
    await again.page.getByText(/Đã mở .*: 0 ô số liệu đã nhập/).waitFor({ timeout: 60_000 });
    await again.page.getByRole("tab", { name: "Rà soát" }).click();
    const shown = again.page.getByRole("button", { name: "Hiện các mục đã xem (1)" });
    await shown.waitFor({ timeout: 30_000 });
    expect(await again.page.getByRole("listitem").count()).toBe(findings.length - 1);
    expect(await again.page.getByRole("status").filter({ hasText: "Đã xem 1 mục khác." }).count()).toBe(1);
    await shot(again.page, "5-ra-soat-da-xem-mo-lai");

    // Shown again on demand, and unmarked from there: it is back in the list.
    await shown.click();
    const seenItem = again.page.getByRole("list", { name: /Các mục đã xem/ }).getByRole("listitem");
    expect(await seenItem.count()).toBe(1);
    await seenItem.filter({ hasText: first.message }).waitFor();
    await again.page.setViewportSize({ width: 1280, height: 900 });
    await seenItem.scrollIntoViewIfNeeded();
    await shot(again.page, "5-ra-soat-da-xem-1280");
    await seenItem.getByRole("button", { name: "Bỏ đánh dấu đã xem" }).click();
    await again.page.getByRole("button", { name: /Hiện các mục đã xem|Ẩn các mục đã xem/ }).waitFor({ state: "detached", timeout: 30_000 });
    expect(await again.page.getByRole("listitem").count()).toBe(findings.length);
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
  },
  400_000,
);
