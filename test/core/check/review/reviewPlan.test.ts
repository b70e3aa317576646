import { countBySeverity, REVIEW_RULES, reviewPlan, type Finding, type SeverityCounts } from "../../../../src/core/check/review";
import { placedIndicators } from "../../../../src/core/model";
import { SEED_IDS, seedPlan, type SeedId } from "../../../support/seeds";

describe("reviewPlan on Tiên Lữ 2024: the flaws the document is known for", () => {
  const findings = reviewPlan(seedPlan("tien-lu-2024"));
  const of = (rule: string) => findings.filter((f) => f.rule === rule);

  test("the two rows «Số xã đạt chuẩn nông thôn mới nâng cao» with targets 13 and 3", () => {
    const [duplicate, ...others] = of("trung-chi-tieu");
    expect(others).toEqual([]);
    expect(duplicate).toMatchObject({ severity: "loi", code: "CT25" });
    expect(duplicate?.message).toContain("«Số xã đạt chuẩn nông thôn mới nâng cao»");
    expect(duplicate?.message).toContain("(STT 4, mục B «XÃ HỘI») ghi «13»");
    expect(duplicate?.message).toContain("(STT 20, mục B «XÃ HỘI») ghi «3»");
  });

  test("the rows with blank targets", () => {
    expect(of("thieu-chi-tieu").map((f) => f.code)).toEqual(["CT08", "CT14", "CT29", "CT36", "CT40"]);
  });

  test("the rows without agency (the Cơ cấu kinh tế heading is covered by its parts)", () => {
    expect(of("thieu-co-quan").map((f) => [f.code, f.severity])).toEqual([
      ["CT14", "canh_bao"],
      ["CT33", "canh_bao"],
      ["CT36", "canh_bao"],
    ]);
  });

  test("section I among B, C, D", () => {
    const sections = of("thu-tu-muc");
    expect(sections).toHaveLength(1);
    expect(sections[0]?.code).toBeNull();
    expect(sections[0]?.message).toMatch(/^mục I «Kinh tế»: số thứ tự «I» không đúng thứ tự .*sửa thành «A»\.$/);
  });

  test("the agency run into the SIPAS row's name", () => {
    expect(of("co-quan-trong-ten").map((f) => f.code)).toEqual(["CT38"]);
    expect(of("co-quan-trong-ten")[0]?.message).toContain("«Phòng Nội vụ huyện», trùng với cơ quan chủ trì của chính dòng này");
  });

  test("its totals add up: no parts finding", () => {
    expect(of("tong-thanh-phan")).toEqual([]);
  });
});

describe("reviewPlan on every seed plan", () => {
  const EXPECTED: Record<SeedId, SeverityCounts> = {
    "thap-muoi-2024": { loi: 0, canh_bao: 0, thong_tin: 1 },
    "cau-ngang-2030": { loi: 0, canh_bao: 1, thong_tin: 1 },
    "dong-thap-2024": { loi: 0, canh_bao: 0, thong_tin: 1 },
    "tien-lu-2024": { loi: 6, canh_bao: 5, thong_tin: 0 },
    "duc-thanh-2024": { loi: 0, canh_bao: 1, thong_tin: 2 },
  };

  test.each(SEED_IDS)("%s: counts by severity", (id) => {
    expect(countBySeverity(reviewPlan(seedPlan(id)))).toEqual(EXPECTED[id]);
  });

  test.each(SEED_IDS)("%s: findings in document order, each well formed", (id) => {
    const plan = seedPlan(id);
    const order = new Map(placedIndicators(plan).map((p, i) => [p.indicator.code, i]));
    const findings = reviewPlan(plan);
    const rules = new Set(REVIEW_RULES.map((r) => r.id));
    const positions = findings.filter((f) => f.code !== null).map((f) => order.get(f.code as string));
    expect(positions).toEqual([...positions].sort((a, b) => (a ?? 0) - (b ?? 0)));
    for (const f of findings) {
      expect(rules.has(f.rule)).toBe(true);
      expect(f.message).toMatch(/[àáảãạăâđêôơưộệếềởờ]/u);
      expect(f.message).toMatch(/[.»]$/u);
    }
  });

  test("the plan's and a section's findings come before the rows", () => {
    const findings: Finding[] = reviewPlan(seedPlan("tien-lu-2024"));
    expect(findings[0]?.rule).toBe("thu-tu-muc");
    expect(findings.slice(1).every((f) => f.code !== null)).toBe(true);
  });

  test("every rule has a stable, distinct id", () => {
    const ids = REVIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["thieu-don-vi", "thieu-chi-tieu", "thieu-co-quan", "trung-chi-tieu", "tong-thanh-phan", "so-chi-tieu", "thu-tu-muc", "co-quan-trong-ten", "so-mo-ho", "don-vi-khac", "cach-tong-hop"]),
    );
  });
});
