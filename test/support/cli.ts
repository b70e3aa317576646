import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./seeds";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `phuluc` command (compiled by `npm test` before jest starts). */
export function phuluc(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): CliRun {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "phuluc.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
