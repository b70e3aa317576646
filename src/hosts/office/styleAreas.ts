/**
 * The description's per-cell style keys as few rectangles as possible, one format attribute at a
 * time: Office.js formats a range in one call, and the annex's 2,000 rows share a handful of
 * attributes (one border rectangle covers the whole table), so this keeps a generation to a few
 * hundred format calls instead of one per cell.
 */
import type { Sheet, Style } from "../../core/annex/sheet";
import { parseArea, type Area } from "../xlsx/a1";

/** style keys by [row - 1][column - 1]; undefined where a cell has no style. */
export type StyleGrid = (string | undefined)[][];

/**
 * Excel draws a merged area's fill and borders from every cell it covers, so covered cells the
 * description leaves unstyled take the top-left cell's style, as the .xlsx host does.
 */
export function styleGrid(sheet: Sheet): StyleGrid {
  const grid: StyleGrid = sheet.rows.map((row) => row.cells.map((cell) => cell?.style));
  for (const ref of sheet.merges) {
    const area = parseArea(ref);
    if (!area) continue;
    const master = grid[area.top - 1]?.[area.left - 1];
    if (master === undefined) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      const row = (grid[r - 1] ??= []);
      for (let c = area.left; c <= area.right; c++) row[c - 1] ??= master;
    }
  }
  return grid;
}

/** One format property Office.js sets on a range, with the value the description gives it. */
export type FormatAttribute =
  | { kind: "fontName"; value: string }
  | { kind: "fontSize"; value: number }
  | { kind: "bold"; value: boolean }
  | { kind: "italic"; value: boolean }
  | { kind: "fontColor"; value: string }
  | { kind: "fill"; value: string }
  | { kind: "horizontal"; value: "left" | "center" | "right" }
  | { kind: "vertical"; value: "top" | "middle" | "bottom" }
  | { kind: "wrap"; value: boolean }
  | { kind: "indent"; value: number }
  | { kind: "border"; value: true };

export interface FormatArea {
  attribute: FormatAttribute;
  area: Area;
}

/** What a style says about each attribute; attributes it leaves out keep Excel's defaults. */
function attributesOf(style: Style): FormatAttribute[] {
  const out: FormatAttribute[] = [];
  const { font, alignment } = style;
  if (font?.name !== undefined) out.push({ kind: "fontName", value: font.name });
  if (font?.size !== undefined) out.push({ kind: "fontSize", value: font.size });
  if (font?.bold !== undefined) out.push({ kind: "bold", value: font.bold });
  if (font?.italic !== undefined) out.push({ kind: "italic", value: font.italic });
  if (font?.color !== undefined) out.push({ kind: "fontColor", value: font.color.toUpperCase() });
  if (style.fill !== undefined) out.push({ kind: "fill", value: style.fill.toUpperCase() });
  if (alignment?.horizontal !== undefined) out.push({ kind: "horizontal", value: alignment.horizontal });
  if (alignment?.vertical !== undefined) out.push({ kind: "vertical", value: alignment.vertical });
  if (alignment?.wrapText !== undefined) out.push({ kind: "wrap", value: alignment.wrapText });
  if (alignment?.indent) out.push({ kind: "indent", value: alignment.indent });
  if (style.border) out.push({ kind: "border", value: true });
  return out;
}

/**
 * Every attribute's cells as rectangles: runs of equal values along rows stacked while the next
 * row has the same run, or the same down columns, whichever gives fewer rectangles (the annex's
 * styles run down its columns, but its title block runs across). Exact: each styled cell is
 * covered once per attribute it has.
 */
export function formatAreas(grid: StyleGrid, styles: Readonly<Record<string, Style>>): FormatArea[] {
  const known = new Map<string, FormatAttribute[]>();
  const of = (key: string): FormatAttribute[] => {
    let attributes = known.get(key);
    if (!attributes) {
      attributes = attributesOf(styles[key] ?? {});
      known.set(key, attributes);
    }
    return attributes;
  };

  // Per attribute kind: the value id of each cell, and what each id stands for.
  const kinds = new Map<FormatAttribute["kind"], { ids: (string | undefined)[][]; values: Map<string, FormatAttribute> }>();
  grid.forEach((row, r) =>
    row.forEach((key, c) => {
      if (key === undefined) return;
      for (const attribute of of(key)) {
        let kind = kinds.get(attribute.kind);
        if (!kind) {
          kind = { ids: [], values: new Map() };
          kinds.set(attribute.kind, kind);
        }
        const id = JSON.stringify(attribute.value);
        kind.values.set(id, attribute);
        (kind.ids[r] ??= [])[c] = id;
      }
    }),
  );

  const out: FormatArea[] = [];
  for (const { ids, values } of kinds.values()) {
    const byRows = cover(ids);
    const byColumns = cover(transpose(ids)).map(({ id, area }) => ({ id, area: { top: area.left, left: area.top, bottom: area.right, right: area.bottom } }));
    for (const { id, area } of byColumns.length < byRows.length ? byColumns : byRows) {
      const attribute = values.get(id);
      if (attribute) out.push({ attribute, area });
    }
  }
  return out;
}

function transpose(ids: (string | undefined)[][]): (string | undefined)[][] {
  const out: (string | undefined)[][] = [];
  ids.forEach((row, r) => row?.forEach((id, c) => ((out[c] ??= [])[r] = id)));
  return out;
}

/** Runs of equal ids along each row, stacked while the rows below repeat the same run. */
function cover(ids: (string | undefined)[][]): { id: string; area: Area }[] {
  const done: { id: string; area: Area }[] = [];
  let open = new Map<string, { id: string; area: Area }>();
  for (let r = 1; r <= ids.length + 1; r++) {
    const row = ids[r - 1] ?? [];
    const next = new Map<string, { id: string; area: Area }>();
    let c = 1;
    while (c <= row.length) {
      const id = row[c - 1];
      if (id === undefined) {
        c++;
        continue;
      }
      let right = c;
      while (right < row.length && row[right] === id) right++;
      const key = `${id}|${c}|${right}`;
      const above = open.get(key);
      if (above) {
        above.area.bottom = r;
        open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, { id, area: { top: r, left: c, bottom: r, right } });
      }
      c = right + 1;
    }
    done.push(...open.values());
    open = next;
  }
  return done;
}
