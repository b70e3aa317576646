/**
 * The pane's "Tổng hợp" on 170 commune annexes (a large province) in Debian's Chromium, file mode,
 * driven by playwright-core: the files picked, "Tổng hợp" clicked, until the result is shown. The
 * files are read on the pane's Web Workers, consolidated on the page. Recorded beside the time: the
 * page's JS heap (Chrome DevTools Protocol, Performance.getMetrics' JSHeapUsedSize, sampled every
 * 50 ms during the run, after a forced garbage collection before it); the workers' heaps are their
 * own and not in it. The peak RSS column is the Node process driving the browser, not the browser.
 *
 * The pane is built once (webpack, production), or taken from PHULUC_PANE_BUILT; the annexes are
 * the benchmarks' (test/support/communeFiles.ts), generated once under the temp folder.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { ensureCommuneFiles } from "../support/communeFiles";
import { makeCommunes } from "../support/communes";
import { PaneSession } from "../e2e/paneSession";
import { generateInChildren } from "./consolidate-100.bench";
import { defineBenchmark, median } from "./harness";

const COUNT = 170;
const WARMUPS = 1;
const REPETITIONS = 3;
const MB = 1024 * 1024;

interface Context {
  page: Page;
  cdp: CDPSession;
  files: string[];
  expected: string;
}

const runs: { ms: number; peakHeap: number; baseHeap: number; afterHeap: number }[] = [];
let session: PaneSession | null = null;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
}

export const benchmark = defineBenchmark<Context>({
  name: "pane-consolidate-170",
  get description(): string {
    const base = `the pane's Tổng hợp in Debian Chromium (headless, file mode) on ${COUNT} commune annexes: pick, read on Web Workers, consolidate, show the result`;
    const timed = runs.slice(-3);
    if (timed.length === 0) return base;
    const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
    return `${base}; the page's JS heap: ${mb(median(timed.map((r) => r.baseHeap)))} before, peak ${mb(median(timed.map((r) => r.peakHeap)))} during, ${mb(median(timed.map((r) => r.afterHeap)))} after (medians; CDP JSHeapUsedSize, workers' heaps not included)`;
  },
  aim: "< 30 s",
  aimMs: 30_000,
  repetitions: REPETITIONS,
  warmups: WARMUPS,
  setup: async () => {
    const dir = await ensureCommuneFiles(COUNT, (partial) => generateInChildren(COUNT, partial));
    session = new PaneSession();
    const { page } = await session.openFileMode();
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const files = readdirSync(dir).filter((name) => name.endsWith(".xlsx")).sort().map((name) => join(dir, name));
    await page.getByLabel("Đơn vị phải báo cáo (không bắt buộc)").fill(makeCommunes(COUNT).map((c) => c.name).join("\n"));
    return { page, cdp, files, expected: "" };
  },
  run: async ({ page, cdp, files }) => {
    if ((await page.getByRole("button", { name: "Bỏ chọn tất cả" }).count()) > 0) await page.getByRole("button", { name: "Bỏ chọn tất cả" }).click();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn tệp…" }).click()]);
    await chooser.setFiles(files);
    await page.getByText(`Đã chọn ${files.length} tệp.`).waitFor();
    await cdp.send("HeapProfiler.collectGarbage");
    const baseHeap = await heapUsed(cdp);
    let peakHeap = baseHeap;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakHeap = Math.max(peakHeap, await heapUsed(cdp));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const start = Date.now();
    await page.getByRole("button", { name: /^Tổng hợp( lại)?$/ }).click();
    // A new result: the previous run's, shown as outdated since the files were picked again, is replaced.
    await page.waitForFunction(
      () => !(document.body.textContent ?? "").includes("Danh sách tệp hoặc đơn vị đã đổi") && Array.from(document.querySelectorAll("[role=status]")).some((e) => (e.textContent ?? "").startsWith("Đã tổng hợp ")),
      undefined,
      { timeout: 600_000, polling: 50 },
    );
    const ms = Date.now() - start;
    sampling = false;
    await sampler;
    peakHeap = Math.max(peakHeap, await heapUsed(cdp));
    const status = (await page.getByRole("status").filter({ hasText: /^Đã tổng hợp \d/ }).textContent()) ?? "";
    await cdp.send("HeapProfiler.collectGarbage");
    const afterHeap = await heapUsed(cdp);
    runs.push({ ms, peakHeap, baseHeap, afterHeap });
    // The harness has no teardown, and an open browser keeps the process alive: the last run closes it.
    if (runs.length === WARMUPS + REPETITIONS) await session?.close();
    return `${status} ${(ms / 1000).toFixed(1)} s; heap ${(baseHeap / MB).toFixed(0)} → đỉnh ${(peakHeap / MB).toFixed(0)} → ${(afterHeap / MB).toFixed(0)} MB`;
  },
});
