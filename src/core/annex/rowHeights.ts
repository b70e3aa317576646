import { columnLetter, type Sheet, type Style } from "./sheet";

/**
 * Row heights for wrapped text. Excel fits rows to wrapped text when it opens a file, but
 * LibreOffice (and so PDF export) and merged cells do not: without a height, a long indicator
 * name prints on one clipped line. Measured in characters of the column width, greedily by word,
 * a little generously so that text is never clipped.
 */
const LINE_POINTS_PER_FONT_POINT = 1.32;
const PADDING_POINTS = 4;

function lineCount(text: string, charsPerLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= charsPerLine || line === 0) {
        line = needed;
        while (line > charsPerLine) {
          lines++;
          line -= charsPerLine;
        }
      } else {
        lines++;
        line = word.length;
      }
    }
  }
  return lines;
}

export function fitRowHeights(sheet: Sheet, styles: Record<string, Style>): void {
  const mergedWidth = new Map<string, number>();
  for (const merge of sheet.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge);
    if (!match) continue;
    const [, from = "", top = "", to = ""] = match;
    let width = 0;
    for (let c = 1; c <= sheet.columns.length; c++) {
      const letter = columnLetter(c);
      if (letterIndex(letter) >= letterIndex(from) && letterIndex(letter) <= letterIndex(to)) width += sheet.columns[c - 1]?.width ?? 0;
    }
    mergedWidth.set(`${from}${top}`, width);
  }
  sheet.rows.forEach((row, r) => {
    if (row.height !== undefined) return;
    let points = 0;
    row.cells.forEach((cell, c) => {
      if (!cell || typeof cell.value !== "string" || cell.value === "") return;
      const style = styles[cell.style ?? ""];
      if (!style?.alignment?.wrapText) return;
      const fontSize = style.font?.size ?? 11;
      const width = mergedWidth.get(`${columnLetter(c + 1)}${r + 1}`) ?? sheet.columns[c]?.width ?? 10;
      const indent = style.alignment.indent ?? 0;
      // Column widths count digits of an 11-point font; bold and larger text take more room.
      const scale = (11 / fontSize) * (style.font?.bold ? 1 : 1.1);
      const charsPerLine = Math.max(1, Math.floor((width - 1 - indent * 2) * scale));
      const lines = lineCount(cell.value, charsPerLine);
      points = Math.max(points, lines * fontSize * LINE_POINTS_PER_FONT_POINT + PADDING_POINTS);
    });
    if (points > 0) row.height = Math.ceil(points);
  });
}

function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}
