import { document, findingsOf, indicator, planOf } from "./helpers";

const run = (name: string, agency: string | null = null) =>
  findingsOf("co-quan-trong-ten", planOf([{ indicators: [indicator({ name, unit: "Xếp hạng", target: "3/10", agency: agency === null ? null : document(agency) })] }]));

describe("co-quan-trong-ten: an agency's name run into the indicator's name", () => {
  test("a name ending with its own row's agency (the SIPAS row)", () => {
    const findings = run("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) Phòng Nội vụ huyện", "Phòng Nội vụ huyện");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("canh_bao");
    expect(findings[0]?.message).toContain("tên chỉ tiêu kết thúc bằng «Phòng Nội vụ huyện», trùng với cơ quan chủ trì của chính dòng này");
  });

  test.each([
    ["an office of the agency table", "Tỷ lệ tham gia bảo hiểm y tế Bảo hiểm xã hội huyện", "Bảo hiểm xã hội huyện"],
    ["an office of the table, with its level", "Chỉ số cải cách hành chính Phòng Nội vụ huyện", "Phòng Nội vụ huyện"],
    ["an office of the table, abbreviated", "Thu ngân sách Phòng Tài chính - KH", "Phòng Tài chính - KH"],
    ["an office word and a level", "Tỷ lệ thanh niên nhập ngũ Ban Chỉ huy Quân sự huyện", "Ban Chỉ huy Quân sự huyện"],
    ["UBND", "Tỷ lệ hồ sơ đúng hạn Văn phòng UBND-HĐND huyện", "Văn phòng UBND-HĐND huyện"],
    ["Công an", "Tỷ lệ khám phá án Công an huyện", "Công an huyện"],
  ])("%s", (_label, name, tail) => {
    const findings = run(name);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(`kết thúc bằng «${tail}», là tên một cơ quan`);
  });

  test.each([
    "Tỷ lệ phòng học kiên cố",
    "Tỷ lệ người dân tham gia bảo hiểm xã hội",
    "Tỷ lệ dân số tham gia Bảo hiểm xã hội",
    "Số hộ nghèo toàn huyện",
    "Ban công tác mặt trận, chi đoàn, chi hội hoạt động từ khá trở lên",
    "Tỷ lệ xã có Số liệu thống kê của huyện",
    "Phòng Nội vụ huyện",
  ])("no alarm for «%s»", (name) => {
    expect(run(name)).toEqual([]);
  });
});
