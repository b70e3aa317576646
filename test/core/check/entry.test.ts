import { readEntryText, strippedEntry, type EntryRow } from "../../../src/core/check/entry";

const percent: EntryRow = { unit: "%", percent: true, ratio: false };
const money: EntryRow = { unit: "nghìn tỷ đồng", percent: false, ratio: false };
const rank: EntryRow = { unit: "Xếp hạng", percent: false, ratio: true };
const none: EntryRow = { unit: null, percent: false, ratio: false };

describe("a figure typed as text, read the Vietnamese way", () => {
  test.each<[string, EntryRow, number]>([
    ["8,7", percent, 8.7],
    ["1.234,5", money, 1234.5],
    ["95%", percent, 95],
    ["95 %", percent, 95],
    [" 97 ", none, 97],
    ["27 nghìn tỷ đồng", money, 27],
    ["27 Nghìn  tỷ đồng", money, 27],
    ["27.000", money, 27000],
    ["1.234.567,89", none, 1234567.89],
    ["1.000.000.000.000", none, 1e12],
    ["-5", none, -5],
    ["-0", none, 0],
    ["97.5", percent, 97.5],
    ["0.25", none, 0.25],
    ["1.23", none, 1.23], // a "." that cannot group thousands is a decimal point
    ["108/100", rank, 108],
    ["4/10", rank, 4],
    [" 4 / 10 ", rank, 4],
    ["007", none, 7],
  ])("%j in a %j row is %d", (text, row, value) => {
    expect(readEntryText(text, row)).toEqual({ value });
  });

  test.each<[string, EntryRow, RegExp]>([
    ["abc", none, /có «abc» không phải chữ số: chỉ nhập con số/],
    ["1,2,3", none, /nhiều dấu phẩy/],
    ["1.2.3", none, /dấu chấm phải ngăn cách/],
    ["1.2345.6", none, /dấu chấm/],
    ["12.34,5", none, /dấu chấm/],
    ["5,", none, /dấu phẩy phải đứng giữa/],
    [",5", none, /dấu phẩy phải đứng giữa/],
    ["1,5.3", none, /sau dấu phẩy/],
    ["95%", money, /có «%» không phải chữ số/], // "%" is no unit of a money row
    ["4/10", percent, /có «\/» không phải chữ số/], // "/" only in a ratio or rank row
    ["4/x", rank, /phải là một số nguyên/],
    ["%", percent, /chỉ có đơn vị/],
    ["1234567890123456", none, /quá 15 chữ số/],
    ["Chưa đạt", none, /có «Chưa đạt» không phải chữ số/],
  ])("%j in a %j row is not read: %s", (text, row, reason) => {
    const read = readEntryText(text, row);
    expect("reason" in read && read.reason).toMatch(reason);
  });

  test("Excel's TRIM: only spaces, at the ends and repeated inside", () => {
    expect(strippedEntry("  9  7  ", none)).toBe("9 7");
    expect(strippedEntry("\t97", none)).toBe("\t97");
  });
});

describe("against a change target, its word before the figure says what the figure is", () => {
  const reduction: EntryRow = { unit: "%", percent: true, ratio: false, changeWord: "giảm" };
  test.each<[string, number]>([
    ["giảm 6%", 6],
    ["Giảm 6 %", 6],
    [" GIẢM  5,5 ", 5.5],
  ])("%j against «giảm 5%%» is %d", (text, value) => {
    expect(readEntryText(text, reduction)).toEqual({ value });
  });
  test("only that word: «giảm» in a row whose target states no change, «tăng», or «giảm» alone are in the way", () => {
    expect(readEntryText("giảm 6%", percent)).toEqual({ reason: expect.stringContaining("«giảm»") });
    expect(readEntryText("tăng 2%", reduction)).toEqual({ reason: expect.stringContaining("«tăng»") });
    expect(readEntryText("giảm ", reduction)).toEqual({ reason: expect.stringContaining("«giảm»") });
  });
});
