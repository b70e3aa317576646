import { checksum } from "../../../src/core/annex/checksum";

test("the checksum of parts is the checksum of their concatenation (a model sheet's plan is never joined to be sealed)", () => {
  const parts = ["tong-hop\n{}\nPhụ lục I\n", '{"id":"tong-hop","title":"Tỷ lệ hộ nghèo 😀"}', "", "x".repeat(5_000)];
  expect(checksum(parts)).toBe(checksum(parts.join("")));
  expect(checksum([])).toBe(checksum(""));
  // FNV-1a 32-bit of "a", as every implementation gives it.
  expect(checksum("a")).toBe("e40c292c");
  expect(checksum(["a", "b"])).not.toBe(checksum(["b", "a"]));
});
