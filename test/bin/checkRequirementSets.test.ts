/**
 * The requirement-set check of `npm run lint`: an Excel API member above the manifest's ExcelApi
 * 1.7 must be behind isSetSupported or the ApiSupport flag of its set. Run on a small project
 * whose files hold a deliberately unguarded ExcelApi 1.8 call beside guarded ones.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/seeds";

jest.setTimeout(180_000);

const FILES: Record<string, string> = {
  "unguarded.ts": `export function hideGrid(sheet: Excel.Worksheet): void {
  sheet.showGridlines = false;
}
`,
  "guarded.ts": `import type { ApiSupport } from "./apiSupport";
export function hideGrid(sheet: Excel.Worksheet, support: ApiSupport): void {
  if (support.gridlines) sheet.showGridlines = false;
}
export function hideGridAsked(sheet: Excel.Worksheet): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.8")) sheet.showGridlines = false;
}
export function baseline(sheet: Excel.Worksheet): void {
  sheet.getRange("A1").values = [[1]];
  sheet.freezePanes.freezeRows(2);
}
`,
  "weakGuard.ts": `export function hideGrid(sheet: Excel.Worksheet): void {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.7")) sheet.showGridlines = false;
}
`,
  "requires.ts": `import type { ApiSupport } from "./apiSupport";
/** @requires ExcelApi 1.8 */
function validate(range: Excel.Range): void {
  range.dataValidation.clear();
}
export function careful(range: Excel.Range, support: ApiSupport): void {
  if (support.dataValidation) validate(range);
}
export function careless(range: Excel.Range): void {
  validate(range);
}
`,
};

test("an unguarded ExcelApi 1.8 call fails the check, naming file, line and set; guarded calls pass", () => {
  const root = mkdtempSync(join(tmpdir(), "phuluc-apisets-"));
  const office = join(root, "src", "hosts", "office");
  mkdirSync(office, { recursive: true });
  copyFileSync(join(ROOT, "manifest.xml"), join(root, "manifest.xml"));
  copyFileSync(join(ROOT, "src", "hosts", "office", "apiSupport.ts"), join(office, "apiSupport.ts"));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(office, name), text);

  const run = spawnSync(process.execPath, [join(ROOT, "bin", "check-requirement-sets.js"), root], { encoding: "utf8" });
  const lines = run.stderr.split("\n").filter((line) => line.startsWith("- "));
  expect(run.status).toBe(1);
  expect(lines).toEqual([
    expect.stringMatching(/^- src\/hosts\/office\/unguarded\.ts:2:3: Worksheet\.showGridlines cần ExcelApi 1\.8 \(manifest tối thiểu ExcelApi 1\.7\)/),
    expect.stringMatching(/^- src\/hosts\/office\/weakGuard\.ts:2:70: Worksheet\.showGridlines cần ExcelApi 1\.8/),
    expect.stringMatching(/^- src\/hosts\/office\/requires\.ts:10:3: validate cần ExcelApi 1\.8 \(@requires\)/),
  ]);
});
