/**
 * A real .docx written from plain text, for tests: each line a paragraph (w:p), each run of
 * tab-separated lines a table (w:tbl) with one cell per column (merged cells and line breaks in
 * a cell as `table` below says), "<i>…</i>" as italic runs and "**…**" as bold runs. A minimal OOXML package that Word, LibreOffice and mammoth open.
 */
import { strToU8, zipSync } from "fflate";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function runs(text: string): string {
  const out: string[] = [];
  const pattern = /<i>(.*?)<\/i>|\*\*(.*?)\*\*|([^<*]+|[<*])/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const [, italic, bold, plain] = m;
    const props = italic !== undefined ? "<w:rPr><w:i/></w:rPr>" : bold !== undefined ? "<w:rPr><w:b/></w:rPr>" : "";
    const content = italic ?? bold ?? plain ?? "";
    if (content !== "") out.push(`<w:r>${props}<w:t xml:space="preserve">${escapeXml(content)}</w:t></w:r>`);
  }
  return out.join("");
}

const paragraph = (text: string) => `<w:p>${runs(text)}</w:p>`;

/**
 * Merged cells and line breaks as Word writes them: a cell "<<" is covered by the cell on its left
 * (gridSpan), a cell "^^" by the cell above (vMerge), and "¶" inside a cell starts a new paragraph
 * of that cell (a line break an officer typed in it).
 */
function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${"<w:gridCol w:w=\"1500\"/>".repeat(width)}</w:tblGrid>`;
  const at = (r: number, c: number) => rows[r]?.[c] ?? "";
  const body = rows
    .map((row, r) => {
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const text = at(r, c);
        if (text === "<<") continue;
        let span = 1;
        while (c + span < width && at(r, c + span) === "<<") span++;
        const props = [
          `<w:tcW w:w="${1500 * span}" w:type="dxa"/>`,
          span > 1 ? `<w:gridSpan w:val="${span}"/>` : "",
          text === "^^" ? "<w:vMerge/>" : at(r + 1, c) === "^^" ? '<w:vMerge w:val="restart"/>' : "",
        ].join("");
        const content = text === "^^" ? paragraph("") : text.split("¶").map(paragraph).join("");
        cells.push(`<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`);
      }
      return `<w:tr>${cells.join("")}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
}

export function docxFromPlainText(text: string): Uint8Array {
  const parts: string[] = [];
  let rows: string[][] | null = null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((line, i) => {
    if (line.includes("\t")) {
      (rows ??= []).push(line.split("\t"));
      return;
    }
    const nextNonBlank = lines.slice(i + 1).find((l) => l.trim() !== "");
    if (line.trim() === "" && rows !== null && nextNonBlank?.includes("\t") === true) return;
    if (rows !== null) {
      parts.push(table(rows));
      rows = null;
    }
    if (line.trim() !== "") parts.push(paragraph(line));
  });
  if (rows !== null) parts.push(table(rows));
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join("")}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(documentXml),
  });
}
