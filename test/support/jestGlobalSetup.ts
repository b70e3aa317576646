/**
 * Once per jest run, before any test file: the production pane, built once for every end-to-end
 * file (each built its own before, six webpack builds at once on a two-core machine), outside any
 * test's time limit. Only when the run includes end-to-end files; a pane given in
 * PHULUC_PANE_BUILT is used as it is. Workers inherit the variable: they start after this.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildPane } from "../e2e/buildPane";

interface RunConfig {
  testPathPatterns?: { patterns?: readonly string[] };
}

const E2E = join(__dirname, "..", "e2e");

function runsEndToEnd(config: RunConfig): boolean {
  const patterns = config.testPathPatterns?.patterns ?? [];
  if (patterns.length === 0) return true;
  const files = readdirSync(E2E).filter((name) => name.endsWith(".test.ts")).map((name) => join(E2E, name));
  return patterns.some((pattern) => {
    try {
      const regex = new RegExp(pattern, "i");
      return files.some((file) => regex.test(file));
    } catch {
      return true;
    }
  });
}

export default async function globalSetup(config: RunConfig): Promise<void> {
  if (process.env.PHULUC_PANE_BUILT !== undefined || !runsEndToEnd(config)) return;
  const started = Date.now();
  process.env.PHULUC_PANE_BUILT = await buildPane();
  process.env.PHULUC_PANE_BUILT_HERE = process.env.PHULUC_PANE_BUILT;
  process.stderr.write(`\nKhung tác vụ đã dựng cho các kiểm thử đầu-cuối trong ${Math.round((Date.now() - started) / 1000)} giây: ${process.env.PHULUC_PANE_BUILT}\n`);
}
