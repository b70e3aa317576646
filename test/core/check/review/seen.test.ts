import { annexLayout, annexOptions, planGeneration, readAnnex } from "../../../../src/core/annex";
import { findingKey, readSeenCell, reviewPlan, splitSeen, withSeen } from "../../../../src/core/check/review";
import { asRead } from "../../consolidate/support";
import { seedPlan } from "../../../support/seeds";

const plan = seedPlan("tien-lu-2024");
const findings = reviewPlan(plan);

describe("findings marked «đã xem»", () => {
  test("a marked finding leaves the open list and is listed as seen; unmarking brings it back", () => {
    expect(findings.length).toBeGreaterThan(3);
    const [first, second] = findings;
    if (first === undefined || second === undefined) throw new Error("no findings");
    const seen = withSeen([], first, true, findings);
    expect(splitSeen(findings, seen)).toEqual({ open: findings.slice(1), seen: [first] });
    const both = withSeen(seen, second, true, findings);
    expect(splitSeen(findings, both).seen).toEqual([first, second]);
    expect(splitSeen(findings, withSeen(both, first, false, findings)).seen).toEqual([second]);
  });

  test("a finding that says something else is a new finding; marks of findings no longer made are dropped", () => {
    const [first] = findings;
    if (first === undefined) throw new Error("no findings");
    const changed = { ...first, message: `${first.message} (sửa)` };
    expect(findingKey(changed)).not.toBe(findingKey(first));
    expect(splitSeen([changed], [findingKey(first)]).open).toEqual([changed]);
    const stale = withSeen([findingKey(changed)], first, true, findings);
    expect(stale).toEqual([findingKey(first)]);
  });

  test("kept in the workbook's model sheet outside its checksum, read back, carried when the annex is generated again", () => {
    const seen = findings.slice(0, 2).map(findingKey);
    const { workbook } = annexLayout({ plan, options: annexOptions(), seen });
    const reading = readAnnex(asRead(workbook));
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.seen).toEqual(seen);
    // The marks' cell edited by hand (or by the pane): the model still reads, its checksum unchanged.
    const sheets = asRead(workbook);
    const model = sheets.find((s) => s.name === "PhuLuc_MoHinh");
    const row = model?.rows.find((r) => r[0]?.value === "seenFindings");
    if (row === undefined || row[1] === undefined || row[1] === null) throw new Error("no marks row");
    row[1] = { value: `${seen[0] ?? ""}\nkhông phải dấu\n=CMD()` };
    const edited = readAnnex(sheets);
    expect(edited.ok && edited.seen).toEqual([seen[0]]);
    const again = planGeneration({ plan, options: annexOptions(), mode: "update", existing: reading, sheetNames: ["Phụ lục I"] });
    const regenerated = readAnnex(asRead(again.layout.workbook));
    expect(regenerated.ok && regenerated.seen).toEqual(seen);
  });

  test("a workbook made before marks existed reads with none", () => {
    const { workbook } = annexLayout({ plan, options: annexOptions() });
    const sheets = asRead(workbook).map((s) => (s.name === "PhuLuc_MoHinh" ? { ...s, rows: s.rows.filter((r) => r[0]?.value !== "seenFindings") } : s));
    const reading = readAnnex(sheets);
    expect(reading.ok && reading.seen).toEqual([]);
    expect(readSeenCell("")).toEqual([]);
  });
});
