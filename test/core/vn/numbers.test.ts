import fc from "fast-check";
import { formatNumber, readNumber } from "../../../src/core/vn/numbers";

describe("readNumber", () => {
  test.each([
    ["14.780", 14780],
    ["41,7", 41.7],
    ["654,247", 654.247],
    ["1.900", 1900],
    ["01", 1],
    ["0", 0],
    ["110.920", 110920],
    ["175.700", 175700],
    ["1.234.567,89", 1234567.89],
    ["0,02", 0.02],
    ["99,86", 99.86],
    ["0,500", 0.5],
    ["100,0", 100],
    ["-2,5", -2.5],
    ["−3", -3],
    [" 72 ", 72],
  ])("%s reads as %d without warning", (text, value) => {
    expect(readNumber(text)).toEqual({ value, warnings: [] });
  });

  test.each([
    ["0.2", 0.2, '"0.2" dùng dấu chấm làm dấu thập phân'],
    ["12.5", 12.5, "dấu chấm làm dấu thập phân"],
    ["8.61", 8.61, "dấu chấm làm dấu thập phân"],
    ["0.200", 0.2, "dấu chấm làm dấu thập phân"],
    ["1234.567", 1234.567, "dấu chấm làm dấu thập phân"],
    ["1,234.5", 1234.5, "kiểu nước ngoài"],
    ["1,234,567", 1234567, "kiểu nước ngoài"],
    // A Vietnamese decimal never ends in a zero it does not need: "25,000" may be 25.000 typed the English way.
    ["25,000", 25, "có thể là 25 (dấu phẩy thập phân) hoặc 25.000"],
    ["1,500", 1.5, "hoặc 1.500"],
  ])("ambiguous %s reads as %d with a warning", (text, value, warning) => {
    const reading = readNumber(text);
    expect(reading?.value).toBe(value);
    expect(reading?.warnings).toHaveLength(1);
    expect(reading?.warnings[0]).toContain(warning);
  });

  test.each([
    ["1,500", 1500],
    ["1,250", 1250],
    ["12,000", 12000],
    ["1,234,567", 1234567],
  ])("%s counting whole things reads as %d: no count has a fraction, the comma groups thousands (said so)", (text, value) => {
    const reading = readNumber(text, { wholeCount: true });
    expect(reading?.value).toBe(value);
    expect(reading?.warnings.join(" ")).toContain("kiểu nước ngoài");
    expect(reading?.warnings.join(" ")).not.toContain("có thể là");
  });

  test.each([
    ["1,5", 1.5],
    ["12,25", 12.25],
    ["0,500", 0.5],
    ["1.500", 1500],
  ])("%s counting whole things: not three digits after the comma (or Vietnamese already), read as written", (text, value) => {
    expect(readNumber(text, { wholeCount: true })?.value).toBe(value);
  });

  test.each(["", "abc", "1.2.3", "1,2,3", "12,", ",5", "1.23.456", "5%", "1 000"])("%j is not one number", (text) => {
    expect(readNumber(text)).toBeNull();
  });
});

describe("formatNumber", () => {
  test.each([
    [14780, undefined, "14.780"],
    [41.7, undefined, "41,7"],
    [654.247, undefined, "654,247"],
    [1234567.89, undefined, "1.234.567,89"],
    [0.2, undefined, "0,2"],
    [-2.5, undefined, "-2,5"],
    [-0, undefined, "0"],
    [1e21, undefined, "1.000.000.000.000.000.000.000"],
    [1.5e-7, undefined, "0,00000015"],
    [8, { decimals: 1 }, "8,0"],
    [2 / 3, { decimals: 2 }, "0,67"],
    [2 / 3, { maxDecimals: 3 }, "0,667"],
    [12.5, { maxDecimals: 3 }, "12,5"],
    [12, { maxDecimals: 3 }, "12"],
    [-0.0001, { maxDecimals: 2 }, "0"],
    [1234567, { grouping: false }, "1234567"],
    [Number.NaN, undefined, ""],
  ])("%d with %j -> %s", (value, options, text) => {
    expect(formatNumber(value, options)).toBe(text);
  });

  test("any finite number written the Vietnamese way reads back to itself, without warnings", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const reading = readNumber(formatNumber(value));
        expect(reading).not.toBeNull();
        expect(reading?.warnings).toEqual([]);
        expect(reading?.value === value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("figures as plans print them read back to themselves", () => {
    const printed = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 })).map(([n, decimals]) => n / 10 ** decimals);
    fc.assert(
      fc.property(printed, (value) => {
        expect(readNumber(formatNumber(value))?.value).toBe(value);
      }),
    );
  });
});
