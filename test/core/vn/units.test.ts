import { ABBREVIATIONS, expandAbbreviations } from "../../../src/core/vn/abbreviations";
import { normalizeUnit, readUnit, UNIT_ALIASES, UNITS, unitKind } from "../../../src/core/vn/units";

describe("units", () => {
  test.each<[string, string | null]>([
    ["%", "%"],
    ["%/năm", "%"],
    ["% GRDP", "%"],
    ["% dân số", "%"],
    ["‰", "‰"],
    ["Triệu đồng", "triệu đồng"],
    ["tỷ đồng", "tỷ đồng"],
    ["tỉ đồng", "tỷ đồng"],
    ["Lao động", "lao động"],
    ["Xếp hạng", "xếp hạng"],
    ["Bé trai/bé gái", "bé trai/bé gái"],
    ["Bác sỹ", "bác sĩ"],
    ["bác sĩ/1 vạn dân", "bác sĩ/1 vạn dân"],
    ["Giường bệnh", "giường bệnh"],
    ["HTX", "hợp tác xã"],
    ["Khu", "khu"],
    ["Học sinh", "học sinh"],
    ["Tuổi", "tuổi"],
    ["GRDP", "GRDP"],
    ["Vụ", "vụ"],
    ["nghìn tỷ đồng", "nghìn tỷ đồng"],
    ["", null],
  ])("normalizeUnit(%j) = %j", (unit, normalized) => {
    expect(normalizeUnit(unit)).toBe(normalized);
  });

  test("readUnit keeps the multiplier as a factor", () => {
    expect(readUnit("nghìn tỷ đồng")).toEqual({ unit: "tỷ đồng", factor: 1000 });
    expect(readUnit("triệu USD")).toEqual({ unit: "triệu USD", factor: 1 });
    expect(readUnit(null)).toBeNull();
  });

  test("every alias maps to its unit, and units know their kind", () => {
    for (const def of UNITS) for (const alias of def.aliases) expect(normalizeUnit(alias)).toBe(def.unit);
    expect(Object.keys(UNIT_ALIASES).length).toBeGreaterThan(UNITS.length);
    expect(unitKind("%")).toBe("percent");
    expect(unitKind("xếp hạng")).toBe("rank");
    expect(unitKind("tỷ đồng")).toBe("money");
    expect(unitKind("vụ")).toBe("other");
    // A unit with a multiplier measures what its base measures.
    expect(unitKind("nghìn tỷ đồng")).toBe("money");
    expect(unitKind("triệu lượt")).toBe("count");
    expect(unitKind(null)).toBeNull();
  });
});

describe("abbreviations", () => {
  test("expands the printed forms as whole words", () => {
    expect(expandAbbreviations("Tỷ lệ người dân tham gia BHYT")).toBe("Tỷ lệ người dân tham gia bảo hiểm y tế");
    expect(expandAbbreviations("Giá trị TTCN-XD")).toBe("Giá trị tiểu thủ công nghiệp - xây dựng");
    expect(expandAbbreviations("Phòng Tài chính - KH")).toBe("Phòng Tài chính - kế hoạch");
    expect(expandAbbreviations("Giá trị CN-XD")).toBe("Giá trị công nghiệp - xây dựng");
    expect(expandAbbreviations("Chỉ số Cải cách hành chính (PAR INDEX)")).toBe("Chỉ số Cải cách hành chính (chỉ số cải cách hành chính)");
    expect(expandAbbreviations("Phòng NN&PTNT")).toBe("Phòng nông nghiệp và phát triển nông thôn");
    expect(expandAbbreviations("KHOA")).toBe("KHOA");
  });

  test("holds every abbreviation of DOMAIN.md", () => {
    for (const key of ["KH", "ĐVT", "NTM", "BHYT", "HTX", "CTNH", "CN-XD", "TM-DV", "TTCN", "NLTS", "GRDP", "BTXH", "GĐVH", "CCHC", "PAR INDEX", "SIPAS", "PAPI", "PCI", "TNGT"]) {
      expect(ABBREVIATIONS[key]).toEqual(expect.any(String));
    }
  });
});
