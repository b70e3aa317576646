/**
 * Hostile input through the CLI's main, in process: every run ends with exit 0 or 2 and a
 * Vietnamese message, never an exception or a stack trace.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedPlan } from "../support/seeds";
import { runMain } from "../support/runMain";

const dir = () => mkdtempSync(join(tmpdir(), "phuluc-hostile-"));

function planFile(d: string, edit: (plan: ReturnType<typeof seedPlan>) => void): string {
  const plan = structuredClone(seedPlan("tien-lu-2024"));
  edit(plan);
  const file = join(d, "ke-hoach.plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

const first = (plan: ReturnType<typeof seedPlan>) => plan.sections[0]?.indicators[0] as ReturnType<typeof seedPlan>["sections"][number]["indicators"][number];

describe("Excel's limits", () => {
  test("a target hundreds of words long is written (row capped, full text as a note), then checked and regenerated", async () => {
    const d = dir();
    const file = planFile(d, (plan) => {
      first(plan).target = "Hoàn thành ".repeat(400);
      first(plan).note = "Ghi chú rất dài ".repeat(300);
    });
    const annex = join(d, "a.xlsx");
    const made = await runMain(["generate", file, "-o", annex]);
    expect(made).toMatchObject({ status: 0, stderr: "" });
    expect((await runMain(["check", annex, "--write", join(d, "b.xlsx")])).status).toBe(0);
    expect((await runMain(["generate", file, "-o", join(d, "c.xlsx"), "--keep-from", annex])).status).toBe(0);
  });

  test("a name longer than an Excel cell is refused with exit 2, naming the row by STT and name", async () => {
    const d = dir();
    const file = planFile(d, (plan) => {
      first(plan).name = `Tốc độ tăng trưởng ${"rất ".repeat(9000)}`;
    });
    const run = await runMain(["generate", file, "-o", join(d, "a.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`STT ${first(seedPlan("tien-lu-2024")).stt}`);
    expect(run.stderr).toContain("Tốc độ tăng trưởng");
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
