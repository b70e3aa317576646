import fc from "fast-check";
import { annexOptions, type AnnexEntry } from "../../../src/core/annex";
import { loadPlan, placedIndicators, type Plan } from "../../../src/core/model";
import { annexBytes, readAnnexBytes } from "../../../src/hosts/xlsx/annexFile";
import { xlsxText } from "../../../src/hosts/xlsx/xlsxText";
import { seedPlan } from "../../support/seeds";

describe("xlsxText", () => {
  test("escapes what XML cannot carry and what reads like an escape, as Excel writes them", () => {
    expect(xlsxText("Tỷ lệ hộ nghèo")).toBe("Tỷ lệ hộ nghèo");
    expect(xlsxText("mã _x0041_ và _x00e9_")).toBe("mã _x005F_x0041_ và _x005F_x00e9_");
    expect(xlsxText("a\u0001b\rc\u007F\uFFFE\uFFFF")).toBe("a_x0001_b_x000D_c_x007F__xFFFE__xFFFF_");
    expect(xlsxText("\uD800x\uDC00")).toBe("_xD800_x_xDC00_");
    expect(xlsxText("😀 tab\tdòng\nmới")).toBe("😀 tab\tdòng\nmới");
  });
});

/** Any UTF-16 code units: control characters, U+FFFE, lone surrogates, astral pairs, escapes. */
const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.constantFrom("_x0041_", "_x005F_", "_x00e9_", "_xD800_", "\r\n", "\u0000", "\uFFFE", "😀", "ạ", "=1+1", "  "),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));
/** The model requires text that is not blank. */
const someText = anyText.map((t) => `x${t}`);

const TEMPLATE = seedPlan("duc-thanh-2024");

function planWith(texts: string[]): Plan {
  let i = 0;
  const next = () => texts[i++ % texts.length] as string;
  const plan = structuredClone(TEMPLATE);
  plan.title = next();
  plan.issuer.name = next();
  plan.document.kind = next();
  for (const section of plan.sections) {
    section.title = next();
    for (const { indicator } of placedIndicators({ ...plan, sections: [section] })) {
      indicator.name = next();
      indicator.stt = next().slice(1);
      if (indicator.unit !== null) indicator.unit = next();
      indicator.target = next();
      indicator.note = next();
      indicator.basis = next();
      indicator.source = { ...indicator.source, quote: next() };
      indicator.agency = { name: next(), origin: "document" };
    }
  }
  const loaded = loadPlan(JSON.stringify(plan));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded.plan;
}

test("any text in every text field of the plan, the options and the entries reads back unchanged", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(someText, { minLength: 8, maxLength: 8 }), someText, someText, fc.array(anyText, { minLength: 4, maxLength: 4 }), async (texts, locality, period, typed) => {
      const plan = planWith(texts);
      const options = annexOptions({ locality, actualsLabel: period });
      const codes = placedIndicators(plan).map((p) => p.indicator.code);
      const entries = new Map<string, AnnexEntry>(
        typed.map((text, k) => [codes[k] as string, { actual: { value: `x${text}` }, note: text === "" ? null : text }]),
      );
      const reading = await readAnnexBytes(await annexBytes(plan, options, entries));
      if (!reading.ok) throw new Error(reading.error);
      expect(reading.edits ?? []).toEqual([]);
      expect(reading.plan).toEqual(plan);
      expect(reading.options).toEqual(options);
      for (const [code, entry] of entries) {
        expect(reading.entries.get(code)?.actual.value).toBe(entry.actual.value);
        expect(reading.entries.get(code)?.note).toBe(entry.note);
      }
    }),
    { numRuns: 12 },
  );
}, 120_000);
