/**
 * "% so với KH" is a number (formulas and the reading columns need it so), printed beside entries
 * typed the Vietnamese way ("1.234,5"). Its format says it is Vietnamese: LibreOffice, here in its
 * English default, prints it "93,8" and "7.916,7", never "93.8" or "7,916.7".
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, hasFormula, type AnnexEntry } from "../../../src/core/annex";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { pdfInfo, pdfPageText, toPdf } from "../../support/libreoffice";
import { planOfRows } from "../../support/rowsPlan";
import { requireTools } from "../../support/tools";

const test = requireTools("soffice", "pdftotext", "pdfinfo");

test(
  "the annex prints its computed % with a decimal comma and thousands dots, beside the figures typed so",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-so-viet-"));
    try {
      const plan = planOfRows([
        { name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", target: "559,8" },
        { name: "Số hộ được hỗ trợ nhà ở", unit: "hộ", target: "12" },
      ]);
      const entries = new Map<string, AnnexEntry>([
        ["R0001", { actual: { value: "525" }, note: null }],
        ["R0002", { actual: { value: "950" }, note: null }],
      ]);
      const layout = annexLayout({ plan, options: annexOptions(), entries });
      // LibreOffice computes the % itself.
      for (const sheet of layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "";
      const path = join(dir, "so-viet.xlsx");
      writeFileSync(path, await renderWorkbook(layout.workbook));
      const pdf = await toPdf(path);
      const { pages } = await pdfInfo(pdf);
      let text = "";
      for (let p = 1; p <= pages.length; p++) text += ` ${await pdfPageText(pdf, p)}`;
      // 525 / 559,8 = 93,78…%; 950 / 12 = 7.916,66…%.
      expect(text).toContain("93,8");
      expect(text).toContain("7.916,7");
      expect(text).not.toMatch(/93\.8|7,916\.7/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
