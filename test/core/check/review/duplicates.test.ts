import { findingsOf, indicator, planOf } from "./helpers";

describe("trung-chi-tieu: the same indicator listed twice", () => {
  test("with different targets: an error at the second row naming both rows and their targets", () => {
    const first = indicator({ name: "Số xã đạt chuẩn nông thôn mới nâng cao", stt: "4", unit: "xã", target: "13" });
    const second = indicator({ name: "Số xã đạt chuẩn nông thôn mới nâng cao", stt: "20", unit: "xã", target: "3" });
    const filler = indicator({ name: "Tỷ lệ hộ nghèo", stt: "5", unit: "%", target: "<1" });
    const findings = findingsOf("trung-chi-tieu", planOf([{ code: "B", title: "XÃ HỘI", indicators: [first, filler, second] }]));
    expect(findings).toEqual([
      {
        rule: "trung-chi-tieu",
        severity: "loi",
        code: second.code,
        message: `Chỉ tiêu «Số xã đạt chuẩn nông thôn mới nâng cao» có 2 dòng với chỉ tiêu khác nhau: (STT 4, mục B «XÃ HỘI») ghi «13»; (STT 20, mục B «XÃ HỘI») ghi «3». Giữ một dòng với chỉ tiêu đúng, hoặc sửa tên cho rõ nếu là các chỉ tiêu khác nhau.`,
      },
    ]);
  });

  test("names are compared without case, diacritics or abbreviations", () => {
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Tỷ lệ người dân tham gia BHYT", unit: "%", target: "95" }),
          indicator({ name: "Tỷ lệ người dân tham gia bảo hiểm y tế", unit: "%", target: "93" }),
          indicator({ name: "TY LE NGUOI DAN THAM GIA BAO HIEM Y TE", unit: "%", target: "95" }),
        ],
      },
    ]);
    const findings = findingsOf("trung-chi-tieu", plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("có 3 dòng với chỉ tiêu khác nhau");
  });

  test("a blank row against a filled one differs; the same target read alike is a warning", () => {
    const blank = planOf([{ indicators: [indicator({ name: "Số lao động", unit: "người" }), indicator({ name: "Số lao động", unit: "người", target: "1.500" })] }]);
    expect(findingsOf("trung-chi-tieu", blank).map((f) => f.severity)).toEqual(["loi"]);
    expect(findingsOf("trung-chi-tieu", blank)[0]?.message).toContain("để trống");
    const same = planOf([{ indicators: [indicator({ name: "Tỷ lệ tăng dân số", unit: "%", target: "0,69%/năm" }), indicator({ name: "Tỷ lệ tăng dân số", unit: "%", target: "0,69%" })] }]);
    const findings = findingsOf("trung-chi-tieu", same);
    expect(findings.map((f) => f.severity)).toEqual(["canh_bao"]);
    expect(findings[0]?.message).toContain("được liệt kê 2 lần với cùng chỉ tiêu");
  });

  test("parts are the same indicator only under parents of the same name", () => {
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Tỷ lệ huy động trẻ ra lớp", parts: [indicator({ name: "Nhà trẻ", unit: "%", target: "31,19%" })] }),
          indicator({ name: "Giáo dục mầm non công lập", unit: "cháu", target: "308", parts: [indicator({ name: "Nhà trẻ", unit: "cháu", target: "43" })] }),
          indicator({ name: "Nhà trẻ", unit: "trường", target: "2" }),
        ],
      },
    ]);
    expect(findingsOf("trung-chi-tieu", plan)).toEqual([]);
  });
});
