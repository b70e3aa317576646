/**
 * The HTML mammoth writes for a .docx, read into paragraphs and tables without a DOM (the reader
 * runs in Node and in the browser alike). Only the few elements mammoth emits matter: p, h1-h6,
 * li (in ol/ul, whose numbers Word draws and mammoth drops), table/tr/td/th, br.
 */
import type { PlanBlock, PlanText } from "../../core/extract";

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)/g;
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

interface ListLevel {
  ordered: boolean;
  count: number;
}

interface TableBuild {
  rows: string[][];
  row: string[] | null;
  cell: string[] | null;
  span: number;
  rowSpan: number;
  /** Per column: how many more rows a cell above covers (Word's vertically merged cells). */
  covered: number[];
}

/** Columns a merged cell above covers at the row's current end are written blank, as Word shows them. */
function fillCovered(table: TableBuild, row: string[]): void {
  for (let left = table.covered[row.length] ?? 0; left > 0; left = table.covered[row.length] ?? 0) {
    table.covered[row.length] = left - 1;
    row.push("");
  }
}

export function planTextFromHtml(html: string): PlanText {
  const blocks: PlanBlock[] = [];
  const lists: ListLevel[] = [];
  const tables: TableBuild[] = [];
  let text: string | null = null;

  const flush = () => {
    if (text === null) return;
    const clean = text.replace(/\s+/g, " ").trim();
    text = null;
    if (clean === "") return;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(clean);
    else blocks.push({ kind: "paragraph", text: clean });
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const [, closing, rawName, selfClosing, chunk] = m;
    if (chunk !== undefined) {
      const decoded = decodeEntities(chunk);
      if (text !== null) text += decoded;
      else if (decoded.trim() !== "") text = decoded;
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    const open = closing === "";
    if (name === "br") {
      if (text !== null) text += " ";
    } else if (name === "ol" || name === "ul") {
      flush();
      if (open) lists.push({ ordered: name === "ol", count: 0 });
      else lists.pop();
    } else if (BLOCKS.has(name)) {
      flush();
      if (open && selfClosing === "") {
        text = name === "li" ? listMarker(lists) : "";
      }
    } else if (name === "table") {
      flush();
      if (open) tables.push({ rows: [], row: null, cell: null, span: 1, rowSpan: 1, covered: [] });
      else {
        const table = tables.pop();
        if (table !== undefined && table.rows.length > 0) {
          const outer = tables[tables.length - 1];
          // A table inside a cell (a layout table): its rows become text of that cell.
          if (outer?.cell) outer.cell.push(table.rows.map((r) => r.join(" ")).join(" "));
          else blocks.push({ kind: "table", rows: table.rows });
        }
      }
    } else if (name === "tr") {
      flush();
      const table = tables[tables.length - 1];
      if (table === undefined) continue;
      if (open) table.row = [];
      else if (table.row !== null) {
        fillCovered(table, table.row);
        table.rows.push(table.row);
        table.row = null;
      }
    } else if (name === "td" || name === "th") {
      flush();
      const table = tables[tables.length - 1];
      if (table === undefined) continue;
      if (open) {
        table.cell = [];
        table.span = Number(/colspan="?(\d+)/i.exec(m[0])?.[1] ?? 1);
        table.rowSpan = Number(/rowspan="?(\d+)/i.exec(m[0])?.[1] ?? 1);
      } else if (table.cell !== null) {
        table.row ??= [];
        fillCovered(table, table.row);
        const first = table.row.length;
        // A merged cell is written once, then blank for the other columns it covers, in this row and those below.
        table.row.push(table.cell.join(" "), ...Array.from({ length: Math.max(0, table.span - 1) }, () => ""));
        for (let c = first; c < table.row.length; c++) if (table.rowSpan > 1) table.covered[c] = table.rowSpan - 1;
        table.cell = null;
      }
    }
  }
  flush();
  return { blocks };
}

/**
 * Word draws list numbers; mammoth keeps only the lists. Written back as Vietnamese documents
 * number their levels: "1." then "a)" then "-" for numbered lists, "-" then "+" for bullets.
 */
function listMarker(lists: ListLevel[]): string {
  const depth = lists.length - 1;
  const level = lists[depth];
  if (level === undefined) return "";
  level.count++;
  if (!level.ordered) return depth === 0 ? "- " : "+ ";
  if (depth === 0) return `${level.count}. `;
  if (depth === 1) return `${String.fromCharCode(96 + Math.min(level.count, 26))}) `;
  return "- ";
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED[entity] ?? whole;
  });
}
