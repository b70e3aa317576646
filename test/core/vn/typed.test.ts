import { cleanTyped, foldVietnamese, parseTarget } from "../../../src/core/vn";
import { consolidate, localityKey } from "../../../src/core/consolidate";
import { received, smallPlan } from "../consolidate/support";

const ZWSP = "\u200B";
const SOFT_HYPHEN = "\u00AD";
const NBSP = "\u00A0";
const BOM = "\uFEFF";

describe("cleanTyped", () => {
  test("removes what cannot be seen, makes every space a space, composes diacritics", () => {
    expect(cleanTyped(`Xã${NBSP}An${ZWSP} Bình${BOM}`)).toBe("Xã An Bình");
    expect(cleanTyped(`hộ ngh${SOFT_HYPHEN}èo`)).toBe("hộ nghèo");
    expect(cleanTyped("Tỷ lệ hộ nghèo".normalize("NFD"))).toBe("Tỷ lệ hộ nghèo");
    expect(cleanTyped("\u200Eđạt\u200F\u2060")).toBe("đạt");
  });

  test("keeps what is seen, emoji and letters of other scripts included", () => {
    for (const text of ["Tỷ lệ hộ nghèo (%)", "≥ 90%", "UBND-HĐND", "😀", "Ngô", "日本"]) expect(cleanTyped(text)).toBe(text);
  });
});

describe("targets read the same however they were typed", () => {
  const read = (text: string, unit: string | null = "%") => {
    const t = parseTarget(text, unit);
    return { op: t.op, value: t.value, min: t.min, max: t.max };
  };
  test("zero-width spaces, soft hyphens, no-break spaces and decomposed letters change nothing", () => {
    expect(read(`trên 9${ZWSP}0%`)).toEqual(read("trên 90%"));
    expect(read(`9${SOFT_HYPHEN}0%`)).toEqual(read("90%"));
    expect(read(`từ${NBSP}1.000${NBSP}trở lên`, "hộ")).toEqual(read("từ 1.000 trở lên", "hộ"));
    expect(read("không quá 5%".normalize("NFD"))).toEqual(read("không quá 5%"));
  });

  test('"> =" is read as "≥" and "< =" as "≤", never as "= 90"', () => {
    expect(read("> = 90%")).toEqual(read("≥ 90%"));
    expect(read("> = 90%").op).toBe(">=");
    expect(read("< = 5%")).toEqual(read("≤ 5%"));
    expect(read("< = 5%").op).toBe("<=");
  });

  test("names fold the same", () => {
    expect(foldVietnamese(`Tỷ lệ hộ${ZWSP} ngh${SOFT_HYPHEN}èo`)).toBe(foldVietnamese("Tỷ lệ hộ nghèo"));
  });
});

describe("localities", () => {
  test("a zero-width space in a commune's name does not make a second commune whose figures are added to the total", () => {
    expect(localityKey(`Xã An${ZWSP} Bình`)).toBe(localityKey("Xã An Bình"));
    const plan = smallPlan();
    const c = consolidate({
      files: [
        received("a.xlsx", plan, { locality: "Xã An Bình" }, { CT01: 100 }),
        received("a-lai.xlsx", plan, { locality: `Xã An${ZWSP} Bình${NBSP}` }, { CT01: 100 }),
        received("b.xlsx", plan, { locality: "Xã Bình Hòa" }, { CT01: 50 }),
      ],
    });
    expect(c.localities).toHaveLength(2);
    expect(c.indicators.find((i) => i.code === "CT01")?.total).toMatchObject({ value: 150 });
  });
});
