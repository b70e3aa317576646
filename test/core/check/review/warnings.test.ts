import { warningKind } from "../../../../src/core/check/review/warnings";
import { MESSAGES, parseTarget } from "../../../../src/core/vn";

describe("the target reader's warnings, sorted by the reader's own wording", () => {
  test.each<[string, string, string | null, ReturnType<typeof warningKind>]>([
    ["a decimal point", "0.2 ‰", "‰", "ambiguous"],
    ["English separators", "1,234.5 tấn", "tấn", "ambiguous"],
    ["another unit than the row's", "08 xã", "%", "unitMismatch"],
    ["LaTeX", "$\\leq 3\\%$", "%", "latex"],
    ["a qualitative aim", "Hoàn thành", null, "expected"],
    ["a blank", " ", null, "expected"],
  ])("%s", (_label, phrase, unit, kind) => {
    const { warnings } = parseTarget(phrase, unit);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.map(warningKind)).toContain(kind);
  });

  test("a warning the review does not know is reported as ambiguous, never dropped", () => {
    expect(warningKind("Một cảnh báo mới của bộ đọc số.")).toBe("ambiguous");
    expect(warningKind(MESSAGES.unitMismatch("ha", "%"))).toBe("unitMismatch");
  });
});
