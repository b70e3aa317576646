/**
 * Acceptance: the extractor against the five hand-made seed models. The seed models are never
 * edited to make this pass; the table printed here is the record of how close it comes.
 */
import { documentText, extractPlan, planTextFromPlain, type DraftIndicator, type DraftPlan, type PlanText } from "../../../src/core/extract";
import { readPlanDocument } from "../../../src/hosts/docs/readPlanDocument";
import { docxFromPlainText } from "../../support/docx";
import { placedIndicators } from "../../../src/core/model";
import { foldWhitespace } from "../../../src/core/vn";
import { SEED_IDS, seedPlan, seedText, type SeedId } from "../../support/seeds";
import { scoreAgainstSeed, type SeedScore } from "./seedMatch";

const flat = (list: readonly DraftIndicator[]): DraftIndicator[] => list.flatMap((i) => [i, ...flat(i.parts)]);
type Source = "txt" | "docx";
const SOURCES: Source[] = ["txt", "docx"];
const texts = new Map<string, PlanText>();
const drafts = new Map<string, DraftPlan>();
const scores = new Map<string, SeedScore>();
const key = (id: SeedId, source: Source) => `${id}.${source}`;

beforeAll(async () => {
  for (const id of SEED_IDS) {
    texts.set(key(id, "txt"), planTextFromPlain(seedText(id)));
    // A real .docx: the paragraphs as w:p, the tab-separated annex as a w:tbl, read back through mammoth.
    texts.set(key(id, "docx"), await readPlanDocument(docxFromPlainText(seedText(id)), `${id}.docx`));
    for (const source of SOURCES) {
      const text = texts.get(key(id, source)) as PlanText;
      const draft = extractPlan(text);
      drafts.set(key(id, source), draft);
      scores.set(key(id, source), scoreAgainstSeed(draft, seedPlan(id), documentText(text)));
    }
  }
}, 120_000);

afterAll(() => {
  const rows = SOURCES.flatMap((source) =>
    SEED_IDS.map((id) => {
      const s = scores.get(key(id, source)) as SeedScore;
      return `${`${id}.${source}`.padEnd(20)} ${String(s.expected).padStart(8)} ${String(s.extracted).padStart(9)} ${String(s.matched).padStart(7)} ${(s.recall * 100).toFixed(1).padStart(7)}% ${((1 - s.extra) * 100).toFixed(1).padStart(9)}%`;
    }),
  );
  const notes = SOURCES.flatMap((source) =>
    SEED_IDS.flatMap((id) => {
      const s = scores.get(key(id, source)) as SeedScore;
      return [...s.missed.map((m) => `  ${id}.${source} thiếu ${m}`), ...s.extras.map((m) => `  ${id}.${source} thừa ${m}`)];
    }),
  );
  console.log(["seed                 expected extracted matched  recall precision", ...rows, ...notes].join("\n"));
});

describe.each(SOURCES.flatMap((source) => SEED_IDS.map((id) => [id, source] as const)))("%s (.%s)", (id, source) => {
  const draft = () => drafts.get(key(id, source)) as DraftPlan;
  const seed = seedPlan(id);
  const score = () => scores.get(key(id, source)) as SeedScore;
  const text = () => foldWhitespace(documentText(texts.get(key(id, source)) as PlanText));

  it("finds at least 95% of the indicators and parts with the same target text", () => {
    expect(score().recall).toBeGreaterThanOrEqual(0.95);
  });

  it("adds at most 5% items the seed does not have", () => {
    expect(score().extra).toBeLessThanOrEqual(0.05);
  });

  it("quotes the document verbatim, and the target is in its quote", () => {
    for (const indicator of flat(draft().sections.flatMap((s) => s.indicators))) {
      expect(text()).toContain(foldWhitespace(indicator.source.quote));
      if (indicator.target !== null) expect(foldWhitespace(indicator.source.quote)).toContain(foldWhitespace(indicator.target));
    }
  });

  it("finds every count the document states", () => {
    expect(draft().statedCount).toBe(seed.statedCount);
    const stated = seed.sections.map((s) => s.statedCount);
    if (stated.some((c) => c !== null)) expect(draft().sections.map((s) => s.statedCount)).toEqual(stated);
  });

  it("takes nothing from the previous year's results", () => {
    const previousYear = /ước đạt|ước thực hiện|so với cùng kỳ năm 20\d\d|% kế hoạch|% so với kế hoạch/u;
    for (const indicator of flat(draft().sections.flatMap((s) => s.indicators))) {
      expect(`${indicator.target ?? ""}`).not.toMatch(previousYear);
    }
  });

  it("reads the heading as the seed records it", () => {
    expect(draft().issuer.level).toBe(seed.issuer.level);
    expect(draft().period).toEqual(seed.period);
    expect(draft().document.number).toBe(seed.document.number);
    expect(draft().document.date).toBe(seed.document.date);
  });

  it("keeps the lines above an annex table for the annex to reprint", () => {
    if (id !== "tien-lu-2024") {
      expect(draft().annexHeading).toBeNull();
      return;
    }
    expect(draft().annexHeading).toEqual({
      label: "PHỤ LỤC I",
      title: "CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM 2024",
      attachedTo: "(Kèm theo Kế hoạch hành động số /KH-UBND ngày / /2024 của UBND huyện Tiên Lữ)",
    });
  });

  it("keeps the seed's number of main indicators", () => {
    expect(draft().sections.flatMap((s) => s.indicators).length).toBe(placedIndicators(seed).filter((p) => p.depth === 0).length);
  });
});
