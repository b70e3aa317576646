import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { phuluc } from "../support/cli";
import { ROOT, SEED_IDS } from "../support/seeds";

describe("phuluc demo", () => {
  const run = phuluc(["demo"]);

  test("summarizes every seed plan and prints its findings by severity", () => {
    expect(run.status).toBe(0);
    for (const id of SEED_IDS) expect(run.stdout).toContain(`== ${id}.plan.json`);
    expect(run.stdout).toContain("Số chỉ tiêu: 40; số liệu đo được:");
    expect(run.stdout).toContain("Rà soát: 11 vấn đề (6 lỗi, 5 cảnh báo, 0 thông tin) -> out/tien-lu-2024.review.txt");
    // Each seed against its own document (seeds/<id>.txt): what the two say differently.
    expect(run.stdout).toContain("So với văn bản: 1 vấn đề (1 lỗi, 0 cảnh báo, 0 thông tin) -> out/thap-muoi-2024.van-ban.txt");
  });

  test("writes out/<id>.review.txt for every seed plan", () => {
    for (const id of SEED_IDS) {
      const text = readFileSync(join(ROOT, "out", `${id}.review.txt`), "utf8");
      expect(text).toMatch(/^Rà soát phụ lục: /);
    }
    expect(readFileSync(join(ROOT, "out", "tien-lu-2024.review.txt"), "utf8")).toContain("Lỗi (6):");
  });

  test("writes out/<id>.xlsx, an annex that reads back to its plan, for every seed plan", async () => {
    for (const id of SEED_IDS) {
      const reading = await readAnnexBytes(readFileSync(join(ROOT, "out", `${id}.xlsx`)));
      expect(reading.ok && reading.plan.id).toBe(id);
    }
  });
});
