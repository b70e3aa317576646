/** Issue 12 item 5 in consolidation: the template's ngưỡng Vượt judges each commune's figure and the totals alike. */
import { consolidate, consolidationWorkbook } from "../../../src/core/consolidate";
import { received, smallPlan } from "./support";

const A = { CT01: 52_000 }; // 104% of 50.000
const B = { CT01: 31_000.5 }; // 103,3% of its own 30.000
const TARGETS_B = { CT01: "30.000 triệu đồng" };

function run(margin: number) {
  const plan = { ...smallPlan(), exceedMargin: margin };
  return consolidate({ files: [received("a.xlsx", plan, { locality: "Xã An Bình" }, A), received("b.xlsx", plan, { locality: "Xã Bình Hòa" }, B, TARGETS_B)] });
}

test.each<[number, string]>([
  [0, "vuot"],
  [5, "dat"],
])("at margin %s, 104%% and 103,3%% of plan and a total of 103,8%% are %s", (margin, status) => {
  const c = run(margin);
  const ct01 = c.indicators.find((i) => i.code === "CT01");
  expect(ct01?.byLocality.map((f) => f.status)).toEqual([status, status]);
  expect(ct01?.total.status).toBe(status);
  expect(c.template?.exceedMargin).toBe(margin);
});

test("the consolidated sheet says which ngưỡng Vượt judged it", () => {
  const { workbook } = consolidationWorkbook(run(5));
  const texts = workbook.sheets[0]?.rows.flatMap((r) => r.cells.map((cell) => cell?.value)).filter((v): v is string => typeof v === "string") ?? [];
  expect(texts.some((t) => t.includes("Ngưỡng Vượt 5%: vượt kế hoạch đến 5% là Đạt, trên 5% là Vượt"))).toBe(true);
});

test("a commune whose copy states another ngưỡng Vượt is judged by the template's, as if its copy stated the template's", () => {
  const template = { ...smallPlan(), exceedMargin: 5 };
  const typed = { CT01: 52_000 };
  const a = received("a.xlsx", template, { locality: "Xã An Bình" }, typed);
  const b = received("b.xlsx", template, { locality: "Xã Cát Tiên" }, typed);
  const own = received("c.xlsx", { ...smallPlan(), exceedMargin: 0 }, { locality: "Xã Bình Hòa" }, B, TARGETS_B);
  const same = received("c.xlsx", template, { locality: "Xã Bình Hòa" }, B, TARGETS_B);
  // Two files make the template (its margin 5); the third, judged by its own margin 0, would be Vượt.
  expect(own.ok && own.report.figures.get("CT01")?.status).toBe("vuot");
  const mixed = consolidate({ files: [a, b, own] });
  const uniform = consolidate({ files: [a, b, same] });
  expect(mixed.template?.exceedMargin).toBe(5);
  expect(mixed.indicators).toEqual(uniform.indicators);
  expect(mixed.indicators.find((i) => i.code === "CT01")?.byLocality.map((f) => f.status)).toEqual(["dat", "dat", "dat"]);
});
