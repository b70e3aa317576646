import { placedIndicators } from "../../src/core/model";
import { foldWhitespace } from "../../src/core/vn/text";
import { SEED_IDS, seedPlan, seedText, type SeedId } from "../support/seeds";

/** Top-level indicators per section, as numbered in each document. */
const EXPECTED: Record<SeedId, { total: number; stated: number | null; sections: number[]; sectionStated?: (number | null)[] }> = {
  "thap-muoi-2024": { total: 24, stated: 24, sections: [7, 12, 2, 3], sectionStated: [7, 12, 2, 3] },
  "cau-ngang-2030": { total: 16, stated: null, sections: [4, 4, 3, 2, 3] },
  "dong-thap-2024": { total: 16, stated: null, sections: [5, 6, 2, 3] },
  "tien-lu-2024": { total: 40, stated: null, sections: [5, 25, 5, 5] },
  "duc-thanh-2024": { total: 24, stated: null, sections: [11, 8, 5] },
};

/** Figures as printed: "14.780", "41,7", "5", "0.2". */
const FIGURES = /\d+(?:[.,]\d+)*/g;

describe.each(SEED_IDS)("seed plan %s", (id) => {
  let loaded: ReturnType<typeof seedPlan> | Error;
  try {
    loaded = seedPlan(id);
  } catch (error) {
    loaded = error instanceof Error ? error : new Error(String(error));
  }
  if (loaded instanceof Error) {
    const failure = loaded;
    test("loads", () => {
      throw failure;
    });
    return;
  }
  const plan = loaded;
  const text = foldWhitespace(seedText(id));
  const placed = placedIndicators(plan);

  test("has the id of its file", () => {
    expect(plan.id).toBe(id);
  });

  test("counts its numbered indicators as the document does", () => {
    const expected = EXPECTED[id];
    expect(plan.sections.map((s) => s.indicators.length)).toEqual(expected.sections);
    expect(plan.sections.reduce((n, s) => n + s.indicators.length, 0)).toBe(expected.total);
    expect(plan.statedCount).toBe(expected.stated);
    if (expected.sectionStated) {
      expect(plan.sections.map((s) => s.statedCount)).toEqual(expected.sectionStated);
    }
  });

  test.each(placed.map((p) => [p.indicator.code, p] as const))("%s: quote is the document's own words", (_code, { indicator }) => {
    expect(text).toContain(foldWhitespace(indicator.source.quote ?? ""));
  });

  test.each(placed.map((p) => [p.indicator.code, p] as const))("%s: target, stretch and milestones are printed in the quote", (_code, { indicator }) => {
    const quote = foldWhitespace(indicator.source.quote ?? "");
    const printed = [indicator.target, indicator.stretch, ...Object.values(indicator.milestones)].filter(
      (t): t is string => t !== null,
    );
    for (const phrase of printed) {
      expect(quote).toContain(foldWhitespace(phrase));
      for (const figure of phrase.match(FIGURES) ?? []) expect(quote).toContain(figure);
    }
  });

  test("agencies come from the document only where it names them", () => {
    for (const { indicator } of placed) {
      if (indicator.agency !== null) {
        expect(indicator.agency.origin).toBe("document");
        expect(foldWhitespace(indicator.source.quote ?? "")).toContain(foldWhitespace(indicator.agency.name));
      }
    }
    const withAgency = placed.filter((p) => p.indicator.agency !== null).length;
    if (id === "tien-lu-2024") expect(withAgency).toBeGreaterThan(30);
    else expect(withAgency).toBe(0);
  });
});
