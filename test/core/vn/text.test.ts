import { containsWords, foldKeepingLength, foldVietnamese, foldWhitespace, normalizeForReading, shorten } from "../../../src/core/vn/text";

describe("text folding", () => {
  test("foldWhitespace", () => {
    expect(foldWhitespace("  a\t b\n\u00a0c  ")).toBe("a b c");
  });

  test("foldWhitespace gives what folding every \\s run gives, on text already folded or not", () => {
    const pieces = ["Tỷ lệ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "\u0085", "\x01", "x", "Đ", "%", "", "\u1680", "\u202f", "\u205f", "\u2028"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + (i % 7) }, () => pieces[next()]).join("");
      expect(foldWhitespace(text)).toBe(text.replace(/\s+/gu, " ").trim());
    }
  });

  test.each([
    ["Tỷ lệ hộ nghèo", "ty le ho ngheo"],
    ["ĐẢNG VIÊN", "dang vien"],
    ["  Giảm   tai nạn\ngiao thông ", "giam tai nan giao thong"],
    ["Tỷ lệ hộ nghèo".normalize("NFD"), "ty le ho ngheo"],
    ["Hoá", "hoa"],
  ])("foldVietnamese(%j) = %j", (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  test("foldKeepingLength keeps positions", () => {
    for (const text of ["Tỷ lệ ≥ 95%", "İstanbul 😀 đạt", normalizeForReading("Dưới".normalize("NFD"))]) {
      expect(foldKeepingLength(text)).toHaveLength(text.length);
    }
  });

  test("foldKeepingLength folds each character as lower case without diacritics, đ as d, keeping what would change length", () => {
    // The definition, one character at a time (astral characters and lone surrogates kept).
    const byCharacter = (text: string) =>
      [...text]
        .map((char) => {
          if (char.length > 1 || (char >= "\ud800" && char <= "\udfff")) return char;
          const folded = char.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d");
          return folded.length === char.length ? folded : char;
        })
        .join("");
    const pieces = ["Tỷ lệ", "ĐẠT", "đ", "Ư", "ơ", "İ", "ß", "😀", "\ud800", "\udc00", "Ω", "Ǆ", "A-Z", "≥ 95%", " ", "ﬁ", "Ⅻ", "ǅ", "\u0000", "x".repeat(9_000)];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, () => pieces[next()]).join("");
      expect(foldKeepingLength(text)).toBe(byCharacter(text));
    }
    expect(foldKeepingLength("ty le ho ngheo")).toBe("ty le ho ngheo");
  });

  test("containsWords matches whole words only", () => {
    expect(containsWords("ty le ho ngheo", "ho ngheo")).toBe(true);
    expect(containsWords("ban chi dao", "an")).toBe(false);
    expect(containsWords("ty le sinh", "sinh")).toBe(true);
    expect(containsWords("hoc sinh", "")).toBe(false);
  });
});

test("shorten keeps short text and cuts long text to the limit, marking the cut", () => {
  expect(shorten("Tỷ lệ hộ nghèo", 20)).toBe("Tỷ lệ hộ nghèo");
  expect(shorten("Tỷ lệ hộ nghèo đa chiều", 10)).toBe("Tỷ lệ hộ …");
  expect(shorten("Tỷ lệ hộ nghèo đa chiều", 10)).toHaveLength(10);
});
