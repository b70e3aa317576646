/**
 * Whatever an office's file holds, reading it as a "Giao chỉ tiêu" table ends in the table or in
 * Vietnamese errors, never an exception: random cells (any characters, numbers, booleans, dates as
 * the readers give them, error values) over our layout and over a hand-made one, in both
 * orientations; and what reads as a table makes annexes the core can lay out.
 */
import fc from "fast-check";
import { annexLayout } from "../../../src/core/annex";
import type { GridCell, GridValue, GridWorkbook } from "../../../src/core/annex/grid";
import { ASSIGN_LAYOUT, assignedIndicators, assignTable, communeAnnexes, readAssignTable } from "../../../src/core/assign";
import { seedPlan } from "../../support/seeds";

const plan = seedPlan("duc-thanh-2024");
const items = assignedIndicators(plan);

const anyValue: fc.Arbitrary<GridValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("45,5", "≥ 90%", "> = 90%", "Đạt chuẩn NTM", "-", "không giao", "2024-03-01", "#REF!", "1.234,5", "45.5", "\u200B", "Tổng cộng", "ĐVT", "=SUM(A1)", "x".repeat(600)),
  fc.double({ noNaN: false }),
  fc.boolean(),
);
const anyCell: fc.Arbitrary<GridCell> = fc.record({ value: anyValue, numFmt: fc.constantFrom(undefined, "0%", "@", "0.0") }).map(({ value, numFmt }) => (numFmt === undefined ? { value } : { value, numFmt }));

function ours(cells: GridCell[][]): GridWorkbook {
  const sheet = assignTable(plan).sheets[0];
  const rows: GridCell[][] = (sheet?.rows ?? []).map((row) => row.cells.map((cell) => ({ value: cell?.value ?? null })));
  cells.forEach((line, k) => {
    const row = (rows[ASSIGN_LAYOUT.firstCommuneRow - 1 + k] ??= []);
    line.forEach((cell, c) => (row[ASSIGN_LAYOUT.nameColumn - 1 + c] = cell));
  });
  return { sheets: [{ name: "Giao chỉ tiêu", visibility: "visible", rows, merges: [] }] };
}

function handMade(cells: GridCell[][], transposed: boolean): GridWorkbook {
  const header: GridCell[] = [{ value: "Tên xã" }, ...items.slice(0, 6).map((i) => ({ value: i.name }))];
  const rows = [header, ...cells];
  const width = Math.max(...rows.map((r) => r.length));
  const grid = transposed ? Array.from({ length: width }, (_, c) => rows.map((r) => r[c] ?? { value: null })) : rows;
  return { sheets: [{ name: "Sheet1", visibility: "visible", rows: grid, merges: [] }] };
}

test("random cells never throw: a table or errors in Vietnamese, and a table makes annexes", () => {
  let tables = 0;
  fc.assert(
    fc.property(fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 6 }), fc.nat({ max: 2 }), (cells, layout) => {
      const book = layout === 0 ? ours(cells) : handMade(cells, layout === 2);
      const reading = readAssignTable(book, plan);
      if (!reading.ok) {
        expect(reading.errors.length).toBeGreaterThan(0);
        for (const error of reading.errors) expect(error).toMatch(/[àáảãạăâđêôơưằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i);
        return;
      }
      tables++;
      for (const annex of communeAnnexes(plan, reading, { period: null, deadline: null })) {
        expect(annex.fileName).toMatch(/^Phụ lục .+\.xlsx$/);
        annexLayout({ plan: annex.plan, options: annex.options });
      }
    }),
    { numRuns: 120, seed: 15 },
  );
  // Not only refusals: some of the random tables are read (names with blank or readable targets).
  expect(tables).toBeGreaterThan(5);
});
