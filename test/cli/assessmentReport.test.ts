import { assessmentText } from "../../src/cli/assessmentReport";
import { assessPlan, readActual } from "../../src/core/check";
import { seedPlan } from "../support/seeds";

/** What `phuluc check` and `phuluc assess` print for people: an entry that cannot be judged says why and what to type. */
test("an entry that cannot be read is printed with its reason, not a bare «Không hợp lệ»", () => {
  const plan = seedPlan("tien-lu-2024");
  const result = assessPlan(plan, new Map([["CT11", readActual("2 tỷ", null)]]), null);
  const row = result.indicators.find((r) => r.code === "CT11");
  expect(row?.status).toBe("khong_hop_le");
  // The row by its STT, as the officer finds it in the annex (never by code).
  const stt = row?.stt ?? "?";
  const line = assessmentText("Kiểm tra", result).split("\n").find((l) => l.startsWith(`${stt} `) && l.includes(row?.name ?? "?"));
  expect(line).toBeDefined();
  expect(row?.messages.length).toBeGreaterThan(0);
  for (const message of row?.messages ?? []) expect(line).toContain(message);
});
