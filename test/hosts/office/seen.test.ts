/** Review marks «đã xem» in live Excel: the model sheet's one cell, through Microsoft's client, at the ExcelApi 1.7 floor. */
import { annexOptions } from "../../../src/core/annex";
import { findingKey, reviewPlan } from "../../../src/core/check/review";
import { seedPlan } from "../../support/seeds";
import { hostOn } from "./helpers";

test("marks are written into the model sheet, read back with the annex, replaced, and carried by an update", async () => {
  const plan = seedPlan("tien-lu-2024");
  const { double, host } = hostOn("1.7");
  await host.generate(plan, annexOptions(), "update");
  const keys = reviewPlan(plan).slice(0, 2).map(findingKey);
  expect(keys).toHaveLength(2);
  await host.markSeen(keys);
  const reading = await host.readAnnex();
  expect(reading?.ok && reading.seen).toEqual(keys);
  expect(double.operationsAbove("1.7")).toEqual([]);
  await host.markSeen(keys.slice(1));
  const fewer = await host.readAnnex();
  expect(fewer?.ok && fewer.seen).toEqual(keys.slice(1));
  await host.generate(plan, annexOptions(), "update");
  const regenerated = await host.readAnnex();
  expect(regenerated?.ok && regenerated.seen).toEqual(keys.slice(1));
});
