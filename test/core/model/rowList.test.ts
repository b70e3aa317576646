import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatRowList, listedRows, loadPlan, type Indicator, type Plan } from "../../../src/core/model";

let codes = 0;
function row(stt: string, name: string, parts: Partial<Indicator>[] = []): Record<string, unknown> {
  return {
    code: `CT${++codes}`,
    stt,
    name,
    unit: "%",
    target: "100%",
    source: { quote: name },
    parts: parts.map((p, i) => ({ code: `CT${++codes}`, stt: p.stt ?? "-", name: p.name ?? `phần ${i + 1}`, unit: "%", target: "50%", source: { quote: p.name ?? "" } })),
  };
}

/** The small fixture plan with one section of these rows. */
function plan(indicators: Record<string, unknown>[]): Plan {
  const base = JSON.parse(readFileSync(join(__dirname, "..", "..", "fixtures", "small.plan.json"), "utf8")) as Record<string, unknown>;
  const loaded = loadPlan(JSON.stringify({ ...base, statedCount: null, sections: [{ code: "1", title: "Kinh tế", indicators }] }));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  return loaded.plan;
}

describe("the plan's rows as an officer refers to them", () => {
  test("«(3)» keeps its brackets, «3.» and «a)» are referred to as 3 and a", () => {
    const p = plan([row("(1)", "Tốc độ tăng trưởng"), row("2.", "Thu ngân sách", [{ stt: "a)", name: "Thu nội địa" }]), row("(3)", "Cơ cấu kinh tế", [{ stt: "-", name: "Nông nghiệp" }, { stt: "-", name: "Dịch vụ" }])]);
    expect(listedRows(p).map((r) => r.reference)).toEqual(["(1)", "2", "2 - a", "(3)", "(3) -", "(3) -"]);
    expect(formatRowList(p)).toContain("  (3) - Trong đó: Nông nghiệp | % | 50%");
  });

  test("a list of bullets without numbers: each row by its place in its section", () => {
    const p = plan([row("-", "Tỷ lệ hộ nghèo"), row("-", "Tỷ lệ che phủ rừng")]);
    expect(listedRows(p).map((r) => r.reference)).toEqual(["thứ 1", "thứ 2"]);
  });
});
