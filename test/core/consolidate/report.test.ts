/** A received annex crosses threads as its report; each template's plan once (receivedSender, receivedSharer). */
import { consolidate, receivedSender, receivedSharer } from "../../../src/core/consolidate";
import { received, smallPlan } from "./support";

test("a thread sends each template's plan once; the receiver puts it back and keeps one plan per template; the consolidation is the same", () => {
  const plan = smallPlan();
  const files = [
    received("a.xlsx", plan, { locality: "Xã An Bình" }, { CT01: 52_000 }),
    received("b.xlsx", plan, { locality: "Xã Bình Hòa" }, { CT01: 31_000.5 }, { CT01: "30.000 triệu đồng" }),
    received("c.xlsx", { ...plan, id: "ke-hoach-khac" }, { locality: "Xã Cát Tiên" }, { CT01: 1 }),
  ];
  const send = receivedSender();
  const sent = files.map(send);
  expect(sent.map((f) => (f.ok ? f.report.plan === null : "lỗi"))).toEqual([false, true, false]);
  // Through a structured clone, as between threads.
  const share = receivedSharer();
  const shared = structuredClone(sent).map(share);
  const plans = shared.map((f) => (f.ok ? f.report.plan : null));
  expect(plans[0]).toBe(plans[1]);
  expect(plans[2]).not.toBe(plans[0]);
  expect(plans[0]).toEqual(plan);
  expect(consolidate({ files: shared })).toEqual(consolidate({ files }));
});

test("a report without its plan from a thread that never sent it is refused, not consolidated without a template", () => {
  const file = received("a.xlsx", smallPlan(), { locality: "Xã An Bình" });
  if (!file.ok) throw new Error(file.message);
  expect(() => receivedSharer()({ ...file, report: { ...file.report, plan: null } })).toThrow(/thiếu mô hình kế hoạch/);
});
