/**
 * PDFs for the readers' tests: one with a real text layer, printed by Debian's Chromium from the
 * text laid out as HTML; and a "scanned" one, a page holding only a picture, written by hand.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM } from "../e2e/chromium";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Each line a paragraph, each run of tab-separated lines a table: as a Word document prints. */
export function textPdf(plain: string): Uint8Array {
  const body: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length > 0) body.push(`<table>${rows.join("")}</table>`);
    rows = [];
  };
  for (const line of plain.split(/\r?\n/)) {
    if (line.includes("\t")) {
      rows.push(`<tr>${line.split("\t").map((c) => `<td>${escapeHtml(c.replace(/<\/?i>/g, ""))}</td>`).join("")}</tr>`);
      continue;
    }
    if (line.trim() === "") continue;
    flush();
    body.push(`<p>${escapeHtml(line)}</p>`);
  }
  flush();
  const dir = mkdtempSync(join(tmpdir(), "phuluc-pdf-"));
  const html = join(dir, "van-ban.html");
  const pdf = join(dir, "van-ban.pdf");
  writeFileSync(
    html,
    `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman",serif;font-size:13pt}table{border-collapse:collapse}td{border:1px solid #000;padding:2px 6px}</style></head><body>${body.join("\n")}</body></html>`,
  );
  const run = spawnSync(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, `file://${html}`], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`Chromium không in được PDF:\n${run.stderr}`);
  return new Uint8Array(readFileSync(pdf));
}

/** A one-page PDF whose only content is a small grey picture: no text layer, as a scan. */
export function imageOnlyPdf(): Uint8Array {
  const content = "q 500 0 0 700 40 70 cm /Im1 Do Q";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}
