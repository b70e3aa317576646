/** Debian's headless Chromium for the pane's end-to-end tests: how it is started, the pane's size, screenshots. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** A task pane's width in Excel desktop is about 320-450 px. */
export const PANE = { width: 380, height: 900 };

/** What the pane shows in its window (as a person sees it first), and the whole page. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let the tab indicator finish sliding.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS, `pane-${name}.png`) });
  await page.screenshot({ path: join(ARTIFACTS, `pane-${name}-toan-trang.png`), fullPage: true });
}

/** Page errors and console errors, but not the blocked office.js request (file mode has no Office). */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/net::ERR_FAILED/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** "build 25,3 s, start 1,3 s": how long each part of a test took. */
export function laps(): { lap: (what: string) => void; text: () => string } {
  const times: string[] = [];
  let last = Date.now();
  return {
    lap: (what) => {
      const now = Date.now();
      times.push(`${what} ${((now - last) / 1000).toFixed(1)} s`);
      last = now;
    },
    text: () => times.join(", "),
  };
}
