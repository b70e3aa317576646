import { rmSync } from "node:fs";

/** The pane jestGlobalSetup built for this run, removed with it. */
export default function globalTeardown(): void {
  const built = process.env.PHULUC_PANE_BUILT_HERE;
  if (built !== undefined) rmSync(built, { recursive: true, force: true });
}
