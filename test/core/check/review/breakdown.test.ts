import { isBreakdownPart } from "../../../../src/core/check/review/breakdown";
import type { Indicator } from "../../../../src/core/model";
import { findIndicator } from "../../../../src/core/model";
import { seedPlan } from "../../../support/seeds";
import { indicator } from "./helpers";

function seedRow(id: Parameters<typeof seedPlan>[0], code: string): Indicator {
  const found = findIndicator(seedPlan(id), code);
  if (found === undefined) throw new Error(`${id} ${code} missing`);
  return found.indicator;
}

const breakdownCodes = (parent: Indicator) => parent.parts.filter((p) => isBreakdownPart(parent, p)).map((p) => p.code);

describe("which parts break their parent's figure down", () => {
  test.each<[Parameters<typeof seedPlan>[0], string, string[]]>([
    ["thap-muoi-2024", "CT01", ["CT01.1", "CT01.2", "CT01.3"]], // "14.780 tỷ đồng (...), trong đó: ..."
    ["thap-muoi-2024", "CT05", ["CT05.1", "CT05.2", "CT05.3"]], // "trong đó cây lúa ..., cây hoa màu ..." (the tonnage is told apart by its unit)
    ["duc-thanh-2024", "CT01", ["CT01.2", "CT01.3", "CT01.4"]], // "tăng 12% so với cùng kỳ năm. Trong đó: - ..."
    ["duc-thanh-2024", "CT03", ["CT03.1", "CT03.2"]], // "5.208 tấn (thóc: ..., ngô ...)"
    ["duc-thanh-2024", "CT05", ["CT05.1"]], // "102 ha (trong đó 1 ha ngô sinh khối), ...; diện tích lạc: 210 ha"
    ["duc-thanh-2024", "CT06", []], // "Đàn trâu: 170 con, đàn bò: 2.330 con; ..."
    ["duc-thanh-2024", "CT19.1", ["CT19.1.1", "CT19.1.2"]],
    ["tien-lu-2024", "CT04", ["CT04.1", "CT04.2"]], // "-" rows of the annex table
  ])("%s %s", (id, code, expected) => {
    expect(breakdownCodes(seedRow(id, code))).toEqual(expected);
  });

  test("a part whose own words begin with trong đó", () => {
    const part = indicator({ name: "lao động ở nước ngoài", source: { quote: "trong đó có ít nhất 192 lao động" } });
    expect(isBreakdownPart(indicator({ name: "Giới thiệu việc làm", target: "5.500 lao động", source: { quote: "khác hẳn" } }), part)).toBe(true);
  });

  test("a breakdown ends with its sentence", () => {
    const parent = indicator({ name: "Tổng diện tích", target: "100 ha", source: { quote: "Tổng diện tích 100 ha, trong đó lúa 60 ha. Diện tích rừng 40 ha." } });
    const rice = indicator({ name: "lúa", source: { quote: "lúa 60 ha" } });
    const forest = indicator({ name: "rừng", source: { quote: "Diện tích rừng 40 ha" } });
    expect([isBreakdownPart(parent, rice), isBreakdownPart(parent, forest)]).toEqual([true, false]);
  });
});
