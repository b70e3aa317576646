/**
 * The "Tổng hợp" step end to end, in headless Chromium in file mode: commune annexes made in Node
 * (test/support/communes.ts) are picked in the pane, with a duplicate and an annex of another plan;
 * a long reading is stopped halfway; the numbers the pane shows are the core's consolidate() of the
 * same files, and the downloaded workbook is, cell for cell, the core's workbook of them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { annexOptions } from "../../src/core/annex";
import { headingLine, rowName } from "../../src/core/model";
import { consolidate, consolidationWorkbook, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME, totalText, type ReceivedFile } from "../../src/core/consolidate";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { readReceivedBytes } from "../../src/hosts/xlsx/received";
import { renderWorkbook } from "../../src/hosts/xlsx/render";
import { filterTotals, reportingView, totalItems } from "../../src/taskpane/view/consolidationView";
import { communeAnnex, makeCommunes } from "../support/communes";
import { seedPlan } from "../support/seeds";
import { requireTools } from "../support/tools";
import { gridDifferences, sheetOf } from "../hosts/office/helpers";
import { ARTIFACTS, laps, shot } from "./chromium";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MISSING = "Xã Chưa Nộp";

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const pane = new PaneSession();
afterAll(() => pane.close());

async function pick(page: Page, files: Upload[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn tệp…" }).click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

withChromium(
  "file mode: pick commune annexes, stop a long reading, consolidate; the pane and the download are the core's",
  async () => {
    const { lap, text: times } = laps();
    // Five communes, a copy of the first under another name, and a commune annex of another plan.
    const communes = makeCommunes(5, 41);
    const uploads: Upload[] = [];
    for (const commune of communes) uploads.push({ name: commune.file, mimeType: XLSX, buffer: Buffer.from(await communeAnnex(commune)) });
    const first = uploads[0] as Upload;
    uploads.push({ name: `ban-sao-${first.name}`, mimeType: XLSX, buffer: first.buffer });
    uploads.push({ name: "duc-thanh.xlsx", mimeType: XLSX, buffer: Buffer.from(await annexBytes(seedPlan("duc-thanh-2024"), annexOptions({ locality: "Xã Đức Thạnh" }))) });
    const expected = [...communes.map((c) => c.name), MISSING];
    // What the core makes of the same files, read the same way, in the same order.
    const received: ReceivedFile[] = [];
    for (const u of uploads) received.push(await readReceivedBytes(u.name, new Uint8Array(u.buffer)));
    const core = consolidate({ files: received, expected });
    expect(core.localities).toHaveLength(5);
    expect(core.excluded.map((e) => e.reason).sort()).toEqual(["duplicate", "other_template"]);
    lap("annexes");

    const { page, problems } = await pane.openFileMode();
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    lap("build + start");

    // A long reading (300 files, on Web Workers) shows its progress and stops when asked: the pane stays responsive.
    const many = Array.from({ length: 300 }, (_, i) => ({ ...(uploads[i % 5] as Upload), name: `dot-${i}.xlsx` }));
    await pick(page, many);
    await page.getByText("Đã chọn 300 tệp.").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/^Đang đọc tệp ([1-9]\d?)\/300…$/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("progressbar").count()).toBe(1);
    await shot(page, "5-tong-hop-dang-doc");
    // Keyboard: the disabled "Tổng hợp" handed its focus to "Dừng", so Enter stops the reading.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Dừng đọc tệp");
    await page.keyboard.press("Enter");
    await page.getByText(/Đã dừng đọc tệp, chưa tổng hợp/).waitFor({ timeout: 10_000 });
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await page.getByRole("region", { name: "Kết quả tổng hợp" }).count()).toBe(0);
    lap("stop a reading");

    // The real run: the files and the list of communes expected to report.
    await page.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
    await pick(page, uploads);
    await page.getByText("Đã chọn 7 tệp.").waitFor();
    await page.getByLabel("Đơn vị phải báo cáo (không bắt buộc)").fill(expected.join("\n"));
    await page.getByText("6 đơn vị phải báo cáo.").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).focus();
    await page.keyboard.press("Enter");
    const result = page.getByRole("region", { name: "Kết quả tổng hợp" });
    await result.waitFor({ timeout: 30_000 });
    // The focus, dropped with "Dừng", lands on the result.
    await page.waitForFunction(() => document.activeElement?.textContent === "Kết quả tổng hợp");
    lap("consolidate 7 files");

    // Received against expected, the missing commune, the files left out and why.
    const view = reportingView(core);
    expect(view.reporting).toBe("Đã tổng hợp 5/6 đơn vị (83,3%).");
    expect(await result.getByRole("status").textContent()).toBe(view.reporting);
    await result.getByText(`Chưa nộp (1)`).waitFor();
    await result.getByText(`${MISSING}.`, { exact: true }).waitFor();
    await result.getByText(`Tệp không được tổng hợp (${core.excluded.length})`).waitFor();
    const excluded = result.getByRole("list", { name: "Tệp không được tổng hợp và lý do" }).getByRole("listitem");
    expect(await excluded.allTextContents()).toEqual(core.excluded.map((e) => `${e.source}: ${e.label}. ${e.message}`));
    if (core.completeness.unreadable.length > 0) await result.getByText(`Số liệu không đọc được, không tính vào tổng (${core.completeness.unreadable.length})`).waitFor();

    // Every total, with its verdict or "không tổng hợp", is the core's.
    const totals = result.getByRole("list", { name: "Tổng theo chỉ tiêu" }).getByRole("listitem");
    expect(await totals.count()).toBe(core.indicators.length);
    const labels = await totals.evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
    core.indicators.forEach((indicator, i) => {
      const label = labels[i] ?? "";
      expect(label.startsWith(rowName(indicator))).toBe(true);
      const text = totalText(indicator.total);
      if (indicator.total.kind === "none") expect(label).toMatch(/: không tổng hợp$/);
      else if (indicator.total.kind !== "heading" && text !== "") expect(label).toContain(`tổng ${text}`);
    });
    // One total in full: a sum in the thousands, written the Vietnamese way.
    const sum = core.indicators.find((i) => i.total.kind === "sum" && i.total.value !== null && i.total.value >= 1000);
    if (sum === undefined) throw new Error("không có tổng nào từ 1.000 trở lên");
    expect(totalText(sum.total)).toMatch(/^\d{1,3}(\.\d{3})+(,\d+)?$/);
    expect(labels.find((l) => l.startsWith(`${rowName(sum)}:`))).toContain(`tổng ${totalText(sum.total)}`);

    // The problems filter, then the keyboard: from the filter into the list, arrows move between items.
    const problemsShown = filterTotals(totalItems(core), "problems");
    await result.getByLabel("Hiển thị").selectOption("problems");
    expect(await totals.count()).toBe(problemsShown.length);
    await result.getByLabel("Hiển thị").selectOption("all");
    await result.getByLabel("Hiển thị").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toBe(labels[1]);
    expect(await page.getByRole("button", { name: "Ghi vào sổ làm việc" }).count()).toBe(0);
    await shot(page, "5-tong-hop");
    lap("compare with the core");

    // The download is the core's consolidation workbook of the same files, cell for cell.
    const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "Tải tệp tổng hợp (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("tong-hop-mau-xa-2025.xlsx");
    const downloaded = await readWorkbookGrid(readFileSync(await download.path()));
    expect(downloaded.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME]);
    const made = consolidationWorkbook(core);
    const reference = await readWorkbookGrid(await renderWorkbook(made.workbook));
    for (const name of [SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME]) expect(gridDifferences(sheetOf(reference, name), sheetOf(downloaded, name))).toEqual([]);
    const summary = sheetOf(downloaded, SUMMARY_SHEET_NAME);
    const row = made.summary.rowOf.get(sum.code) ?? 0;
    expect(summary.rows[row - 1]?.[made.summary.columns.actual - 1]?.value).toBe(sum.total.value);
    lap("download + read back");

    expect(problems).toEqual([]);
    console.log(`Thời gian e2e (Tổng hợp): ${times()}`);
  },
  300_000,
);

withChromium(
  "30 communes read on Web Workers: the per-commune table and its chart filter by state, a commune's figures open from its name; at 360 and 1280 px",
  async () => {
    const communes = makeCommunes(30, 43);
    const uploads: Upload[] = [];
    for (const commune of communes) uploads.push({ name: commune.file, mimeType: XLSX, buffer: Buffer.from(await communeAnnex(commune)) });
    const expected = [...communes.map((c) => c.name), MISSING];
    const received: ReceivedFile[] = [];
    for (const u of uploads) received.push(await readReceivedBytes(u.name, new Uint8Array(u.buffer)));
    const core = consolidate({ files: received, expected });

    const { page, problems } = await pane.openFileMode();
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await pick(page, uploads);
    await page.getByLabel("Đơn vị phải báo cáo (không bắt buộc)").fill(expected.join("\n"));
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const result = page.getByRole("region", { name: "Kết quả tổng hợp" });
    await result.waitFor({ timeout: 60_000 });
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.endsWith("/reader-worker.js"))).toBe(true);
    expect(await result.getByRole("status").textContent()).toBe(reportingView(core).reporting);

    // The table: every expected commune; the chart's "Chưa nộp" segment keeps only the missing one, clicked again all.
    const table = result.getByRole("region", { name: "Theo đơn vị" });
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(31);
    const missingSegment = table.getByTestId("locality-chart").getByRole("option", { name: "Chưa nộp, 1 đơn vị." });
    await missingSegment.click({ force: true });
    await table.getByText("Đang xem 1/31 đơn vị «Chưa nộp».").waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining(MISSING)]);
    await missingSegment.click({ force: true });
    await page.waitForFunction(() => document.querySelectorAll("[aria-label='Theo đơn vị'] tbody tr").length === 31);
    // The same filter from the keyboard's buttons.
    await table.getByRole("button", { name: "Đã tổng hợp: 30" }).click();
    expect(await rows.count()).toBe(30);

    // A commune's figures: the rows it filled, each with the core's verdict.
    const commune = core.localities[2] as string;
    await table.getByRole("button", { name: commune, exact: true }).click();
    const figures = table.getByRole("list", { name: `Số liệu của ${commune}` }).getByRole("listitem");
    const at = core.localities.indexOf(commune);
    const filled = core.indicators.filter((i) => i.byLocality[at]?.actual !== null);
    expect(await figures.count()).toBe(filled.length);
    const first = filled[0];
    if (first === undefined) throw new Error("xã không có số liệu");
    expect(await figures.first().getAttribute("aria-label")).toContain(`${headingLine(first.heading)}: `);
    await page.waitForFunction((name) => document.activeElement?.textContent?.startsWith(`Số liệu của ${name}`) === true, commune);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 1000 });
      await shot(page, `5-tong-hop-theo-don-vi-${width}`);
      // The section itself, as a person scrolled to it sees it.
      await table.screenshot({ path: join(ARTIFACTS, `pane-5-tong-hop-theo-don-vi-${width}-bang.png`) });
    }
    await table.getByRole("button", { name: "Đóng" }).click();
    expect(await table.getByRole("list", { name: `Số liệu của ${commune}` }).count()).toBe(0);
    expect(problems).toEqual([]);
  },
  300_000,
);
