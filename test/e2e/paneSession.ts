/**
 * The production pane served on localhost in Debian's headless Chromium, as the end-to-end tests
 * use it: built once per jest run (test/support/jestGlobalSetup.ts), served and started once per test file, closed after it. There is no Office here:
 * office.js from Microsoft's CDN is blocked, and the pane starts in file mode.
 */
import { rmSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { buildPane } from "./buildPane";
import { CHROMIUM, CHROMIUM_ARGS, collectProblems, PANE } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";

export class PaneSession {
  private built: string | null = null;
  /** Built for this file alone (no pane built for the run): removed when it closes. */
  private owned = false;
  private server: StaticServer | null = null;
  private browser: Browser | null = null;

  /** The pane in a new window; `context` overrides the window's options (a user agent, say). */
  async open(context: BrowserContextOptions = {}, officeDelayMs = 0): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    // PHULUC_PANE_BUILT: the pane built for this jest run (jestGlobalSetup) or beforehand by hand.
    if (this.built === null) {
      const given = process.env.PHULUC_PANE_BUILT;
      this.built = given ?? (await buildPane());
      this.owned = given === undefined;
    }
    this.server ??= await serveDirectory(this.built);
    this.browser ??= await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const window = await this.browser.newContext({ viewport: PANE, acceptDownloads: true, locale: "vi-VN", ...context });
    const page = await window.newPage();
    const problems = collectProblems(page);
    // officeDelayMs: office.js is slow to come (a slow network), then unreachable all the same.
    await page.route(/appsforoffice\.microsoft\.com/, async (route) => {
      if (officeDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, officeDelayMs));
      await route.abort();
    });
    await page.goto(`${this.server.url}/taskpane.html`, officeDelayMs > 0 ? { waitUntil: "commit" } : {});
    return { page, problems, close: () => window.close() };
  }

  /** The pane as a person first sees it outside Excel: file mode, ready. */
  async openFileMode(): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await this.open();
    await page.getByText("Chế độ tệp").waitFor({ timeout: 15_000 });
    return { page, problems };
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
    if (this.built !== null && this.owned) rmSync(this.built, { recursive: true, force: true });
  }
}
