/** The sheet description's styles in ExcelJS's terms. */
import type * as ExcelJS from "exceljs";
import type { ConditionalFormat, Style } from "../../core/annex/sheet";

/** What a cell without a font in its style shows: ExcelJS's default workbook font. */
const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function solidFill(rgb: string): ExcelJS.FillPattern {
  // Cells read fgColor; conditional formats (dxf) read bgColor. Setting both makes either right.
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(rgb) }, bgColor: { argb: argb(rgb) } };
}

const THIN_BLACK: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export function excelStyle(style: Style): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const { name, size, bold, italic, color } = style.font;
    // A <font> without name or size is left to the reader's guess; fill in what Excel would show.
    const font: Partial<ExcelJS.Font> = { name: name ?? DEFAULT_FONT.name, size: size ?? DEFAULT_FONT.size };
    if (bold) font.bold = true;
    if (italic) font.italic = true;
    if (color !== undefined) font.color = { argb: argb(color) };
    out.font = font;
  }
  if (style.alignment) {
    const { horizontal, vertical, wrapText, indent } = style.alignment;
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (horizontal) alignment.horizontal = horizontal;
    if (vertical) alignment.vertical = vertical;
    if (wrapText) alignment.wrapText = true;
    if (indent) alignment.indent = indent;
    out.alignment = alignment;
  }
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  if (style.border) out.border = { top: THIN_BLACK, left: THIN_BLACK, bottom: THIN_BLACK, right: THIN_BLACK };
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  return out;
}

export function conditionalStyle(style: ConditionalFormat["style"]): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  if (style.fontColor !== undefined || style.bold) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    if (style.bold) font.bold = true;
    out.font = font;
  }
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  return out;
}
