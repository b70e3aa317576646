/**
 * Builds the production pane (webpack --mode production, as `npm run build` does) into a
 * throwaway directory, so the test never races a developer's or another test's dist/web.
 * test/support/jestGlobalSetup.ts builds it once per jest run for every end-to-end file.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
// From test/e2e, or from .bench/test/e2e when a benchmark compiled it.
const ROOT = [join(__dirname, "..", ".."), join(__dirname, "..", "..", "..")].find((dir) => existsSync(join(dir, "webpack.config.js"))) ?? join(__dirname, "..", "..");

export async function buildPane(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "phuluc-pane-"));
  const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  // Source maps are left out: they take time and the test does not read them. Ten minutes: a busy
  // two-core machine has taken more than four.
  await run(process.execPath, [cli, "--mode", "production", "--no-devtool", "--output-path", out], { cwd: ROOT, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
  return out;
}
