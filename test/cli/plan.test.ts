import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phuluc } from "../support/cli";

const fixture = join(__dirname, "..", "fixtures", "small.plan.json");

describe("phuluc plan", () => {
  test("prints the summary of a valid plan", () => {
    const run = phuluc(["plan", fixture]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cơ quan ban hành: Ủy ban nhân dân xã Mẫu (cấp xã, tỉnh Tỉnh Mẫu)");
    expect(run.stdout).toContain("Thời kỳ: năm 2025");
    expect(run.stdout).toContain("1. Chỉ tiêu kinh tế: 2 chỉ tiêu (văn bản nêu 2)");
  });

  test("lists every row by the reference an officer uses: parts printed «-» by their parent's STT and their name", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-plan-"));
    const output = join(dir, "xa.plan.json");
    expect(phuluc(["import", join(__dirname, "..", "fixtures", "realplans", "kh-xa-2026-phu-luc.txt"), "-o", output]).status).toBe(0);
    const run = phuluc(["plan", output]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n").map((l) => l.trim());
    expect(lines).toContain("A. CHỈ TIÊU KINH TẾ");
    expect(lines).toContain("1 Tổng giá trị sản xuất (giá so sánh 2010) | Tỷ đồng | 2.145,6 | Phòng Kinh tế");
    expect(lines).toContain("1 - Trong đó: Nông, lâm nghiệp và thủy sản | Tỷ đồng | 1.120,3 | Phòng Kinh tế");
    expect(lines).toContain("1 - Trong đó: Công nghiệp - xây dựng | Tỷ đồng | 412 | Phòng Kinh tế");
    expect(lines).toContain("9 - Trong đó: Mẫu giáo | % | 95 | Phòng Văn hóa - Xã hội");
    expect(lines).toContain("22 Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao | — | Giữ vững | Phòng Kinh tế");
    // Bullets of a list without numbers are told apart by their place in their section.
    const prose = join(dir, "phuong.plan.json");
    expect(phuluc(["import", join(__dirname, "..", "fixtures", "realplans", "kh-phuong-2026-pdf.txt"), "-o", prose]).status).toBe(0);
    const listed = phuluc(["plan", prose]).stdout.split("\n").map((l) => l.trim());
    // The ward's plan names one office to follow it, «Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, ... theo dõi»:
    // the document's answer for a row of no known field; a budget row's office is suggested by its field.
    expect(listed).toContain("thứ 2 Trồng mới cây xanh bóng mát trên các tuyến phố | cây | 1,500 cây | Phòng Kinh tế, Hạ tầng và Đô thị");
    expect(listed).toContain("thứ 1 Tổng thu ngân sách nhà nước trên địa bàn | tỷ đồng | 1.250,5 tỷ đồng");
    expect(listed).toContain("thứ 1 - Trong đó: thu cân đối ngân sách phường | tỷ đồng | 86,4 tỷ đồng");
  });

  test("--json prints the whole normalized model", () => {
    const run = phuluc(["plan", fixture, "--json"]);
    expect(run.status).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.sections[0].indicators[1]).toEqual({
      code: "CT02",
      stt: "(2)",
      name: "Thu ngân sách",
      unit: null,
      target: "đạt dự toán huyện giao",
      stretch: null,
      milestones: {},
      direction: null,
      basis: null,
      agency: null,
      aggregate: null,
      parts: [],
      source: { quote: "(2) Thu ngân sách đạt dự toán huyện giao." },
      note: null,
    });
  });

  test("refuses a bad plan with every error listed, exit code 2, nothing written", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-plan-"));
    const json = JSON.parse(readFileSync(fixture, "utf8"));
    json.sections[0].indicators[0].unit = 5;
    delete json.sections[0].indicators[1].name;
    json.sections[1].indicators[0].code = "CT01";
    const bad = join(dir, "bad.plan.json");
    writeFileSync(bad, JSON.stringify(json, null, 2));
    const before = readFileSync(bad, "utf8");

    const run = phuluc(["plan", bad, "--json"], { cwd: dir });

    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("tệp kế hoạch không hợp lệ (3 lỗi)");
    expect(run.stderr).toContain(`${bad}: Chỉ tiêu 1 «Tổng giá trị sản xuất»: đơn vị tính phải là một chuỗi văn bản, nhưng đang là số 5`);
    expect(run.stderr).toContain(`${bad}: Chỉ tiêu 2: thiếu tên chỉ tiêu`);
    expect(run.stderr).toContain(`${bad}: Chỉ tiêu 3 «`);
    expect(run.stderr).toContain("trùng mã chỉ tiêu với Chỉ tiêu 1 «Tổng giá trị sản xuất»");
    expect(run.stderr).not.toContain("sections[");
    expect(readdirSync(dir)).toEqual(["bad.plan.json"]);
    expect(readFileSync(bad, "utf8")).toBe(before);
  });

  test("refuses invalid JSON and a missing file with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-plan-"));
    const broken = join(dir, "broken.plan.json");
    writeFileSync(broken, '{ "schemaVersion": 1, ');
    const run = phuluc(["plan", broken]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${broken}: Tệp kế hoạch bị`);
    const missing = phuluc(["plan", join(dir, "none.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("không tìm thấy tệp");
  });

  test("explains its usage", () => {
    const run = phuluc(["plan"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng: phuluc plan <tệp.plan.json> [--json]");
    expect(phuluc(["plan", fixture, "--csv"]).stderr).toContain("không có tùy chọn --csv");
    expect(phuluc(["khong-co"]).status).toBe(2);
  });
});
