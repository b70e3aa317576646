/**
 * Folders of generated commune annexes (test/support/communes.ts) shared by the acceptance tests
 * and the benchmarks: written once under the system temp folder, keyed by the generator's source
 * and the annex template's version, and reused while the files still read as annexes. A folder is
 * written under another name and renamed when complete, so a test and a benchmark started at the
 * same time never read a half-written one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checksum } from "../../src/core/annex/checksum";
import { TEMPLATE_VERSION } from "../../src/core/annex/modelSheet";
import { readReceivedBytes } from "../../src/hosts/xlsx/received";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { withTargets } from "../../src/core/model/withTargets";
import { COMMUNE_PERIOD, communePlan, makeCommunes, writeCommuneAnnexes } from "./communes";

const ROOT = resolve(__dirname, "..", "..");
/** test/support/communes.ts from the project root, also when this module runs compiled from .bench/. */
const GENERATOR = join(existsSync(join(ROOT, "package.json")) ? ROOT : resolve(ROOT, ".."), "test", "support", "communes.ts");

/**
 * The folder of N generated communes (default seed), for this version of the generator and of the
 * annex as laid out today: the first commune's sheet description is in the key, since the layout
 * (formulas, how typed entries are written) changes without the template's version changing.
 */
export function communeFilesDir(count: number): string {
  const [first] = makeCommunes(1);
  const own = first === undefined ? null : withTargets(communePlan(), first.targets);
  const layout = own?.ok ? JSON.stringify(annexLayout({ plan: own.plan, options: annexOptions({ locality: first?.name ?? null, actualsLabel: COMMUNE_PERIOD }), entries: first?.entries }).workbook) : "";
  return join(tmpdir(), "phuluc-bench", `communes-${count}-${checksum(`${TEMPLATE_VERSION}\n${readFileSync(GENERATOR, "utf8")}\n${layout}`)}`);
}

const markerOf = (dir: string) => `${dir}.complete`;

/** A cached folder is used only while its files still read as annexes (the annex format may have changed since). */
async function usable(dir: string): Promise<boolean> {
  if (!existsSync(markerOf(dir)) || !existsSync(dir)) return false;
  const first = readdirSync(dir).find((name) => name.endsWith(".xlsx"));
  return first !== undefined && (await readReceivedBytes(first, readFileSync(join(dir, first)))).ok;
}

/**
 * The folder of N communes, generated when missing: by `generate` (the benchmark writes in child
 * processes), else here, one file after another.
 */
export async function ensureCommuneFiles(count: number, generate?: (dir: string) => Promise<void>): Promise<string> {
  const dir = communeFilesDir(count);
  if (await usable(dir)) return dir;
  const partial = `${dir}.part-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  if (generate) await generate(partial);
  else await writeCommuneAnnexes(partial, makeCommunes(count));
  rmSync(markerOf(dir), { force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  writeFileSync(markerOf(dir), new Date().toISOString());
  return dir;
}
