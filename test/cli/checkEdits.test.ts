import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { findIndicator } from "../../src/core/model";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { phuluc } from "../support/cli";
import { SEEDS_DIR, seedPlan } from "../support/seeds";

const TIEN_LU = join(SEEDS_DIR, "tien-lu-2024.plan.json");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** An annex in which the officer typed a new target for STT 3 and an actual just above the old one. */
async function editedAnnex(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-edits-"));
  const annex = join(dir, "a.xlsx");
  expect(phuluc(["generate", TIEN_LU, "-o", annex]).status).toBe(0);
  const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(annex);
  const ws = book.getWorksheet("Phụ lục I");
  if (!ws) throw new Error("no annex sheet");
  const row = rowOf.get("CT03") as number;
  ws.getCell(row, columns.targets[0]?.column ?? 0).value = "600";
  ws.getCell(row, columns.actual).value = 580; // above the old 559,8, below the new 600
  const file = join(dir, "b.xlsx");
  await book.xlsx.writeFile(file);
  return { dir, file };
}

describe("phuluc check and targets changed in the sheet itself", () => {
  test("lists the change by STT and name and judges by the sheet's target, not the model's", async () => {
    const { file } = await editedAnnex();
    const run = phuluc(["check", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Trên trang tính có 1 ô đã sửa");
    expect(run.stdout).toMatch(/STT 3 «Thu ngân sách trên địa bàn» \(dòng \d+\): kế hoạch «559,8» → «600»/);
    const json = JSON.parse(phuluc(["check", file, "--json"]).stdout) as { indicators: { code: string; status: string; target: string }[]; edits: { code: string; after: string }[] };
    expect(json.edits).toMatchObject([{ code: "CT03", field: "target", after: "600" }]);
    expect(json.indicators.find((i) => i.code === "CT03")).toMatchObject({ status: "khong_dat", target: "600 tỷ đồng" });
  }, 60_000);

  test("--write refuses to drop the change silently; --apply-edits writes it into the copy's plan, the input untouched", async () => {
    const { dir, file } = await editedAnnex();
    const before = sha(file);
    const copy = join(dir, "c.xlsx");
    const refused = phuluc(["check", file, "--write", copy]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--apply-edits");
    expect(phuluc(["check", file, "--apply-edits"]).status).toBe(2);

    const applied = phuluc(["check", file, "--apply-edits", "--write", copy]);
    expect(applied.status).toBe(0);
    expect(sha(file)).toBe(before);
    const reading = await readAnnexBytes(readFileSync(copy));
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.edits).toEqual([]);
    expect(findIndicator(reading.plan, "CT03")?.indicator.target).toBe("600");
    expect(reading.entries.get("CT03")?.actual.value).toBe(580);
    expect(phuluc(["check", copy]).stdout).not.toContain("ô đã sửa");
  }, 60_000);
});
