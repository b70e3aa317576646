/**
 * The streaming writer gives the same workbook as the in-memory one: every cell's value, formula
 * and number format, merges, sheet states, print titles and page setup.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, consolidationWorkbook } from "../../../src/core/consolidate";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { renderWorkbookToFile } from "../../../src/hosts/xlsx/renderToFile";
import { receivedCommune } from "../../core/consolidate/support";
import { COMMUNE_PERIOD, communePlan, makeCommunes } from "../../support/communes";
import { unzipText } from "./zip";

test("a consolidation written row by row reads back as the in-memory writer's", async () => {
  const template = communePlan();
  const c = consolidate({ expected: [...makeCommunes(12, 9).map((x) => x.name), "Xã Chưa Nộp"], files: makeCommunes(12, 9).map((commune) => receivedCommune(commune, template, COMMUNE_PERIOD)) });
  const { workbook } = consolidationWorkbook(c);
  const dir = mkdtempSync(join(tmpdir(), "phuluc-ghi-dong-"));
  try {
    const path = join(dir, "tong-hop.xlsx");
    await renderWorkbookToFile(workbook, path);
    const streamed = readFileSync(path);
    const inMemory = await renderWorkbook(workbook);
    const [a, b] = [await readWorkbookGrid(streamed), await readWorkbookGrid(inMemory)];
    expect(a.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()])).toEqual(b.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()]));
    a.sheets.forEach((sheet, i) => {
      const other = b.sheets[i];
      sheet.rows.forEach((row, r) => row.forEach((cell, k) => expect({ r, k, ...cell }).toEqual({ r, k, ...(other?.rows[r]?.[k] ?? { value: null }) })));
    });
    const xml = unzipText(streamed);
    expect(xml.get("xl/workbook.xml")).toContain("_xlnm.Print_Titles");
    const sheet1 = xml.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet1).toContain('paperSize="9"');
    expect(sheet1).toContain('orientation="landscape"');
    expect(sheet1).toContain("<conditionalFormatting");
    expect(sheet1).toContain("Trang &amp;P/&amp;N");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
