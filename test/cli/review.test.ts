import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phuluc } from "../support/cli";
import { docxFromPlainText } from "../support/docx";
import { SEEDS_DIR } from "../support/seeds";

const tienLu = join(SEEDS_DIR, "tien-lu-2024.plan.json");

describe("phuluc review", () => {
  test("prints the findings grouped by severity, with counts; findings are the answer, exit code 0", () => {
    const run = phuluc(["review", tienLu]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("Tổng cộng 11 vấn đề: 6 lỗi, 5 cảnh báo, 0 thông tin.");
    const errors = lines.indexOf("Lỗi (6):");
    const warnings = lines.indexOf("Cảnh báo (5):");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(run.stdout).not.toContain("Thông tin (");
    expect(lines.slice(errors, warnings).some((l) => l.startsWith("  - [Chỉ tiêu trùng lặp] ") && l.includes("(STT 20, mục B «XÃ HỘI») ghi «3»") && l.includes("ghi «13»"))).toBe(true);
    expect(lines.slice(warnings).some((l) => l.startsWith("  - Chung [Thứ tự các mục] mục I «Kinh tế»"))).toBe(true);
    expect(lines.slice(warnings).some((l) => l.startsWith("  - [Tên cơ quan lẫn vào tên chỉ tiêu] ") && l.includes("(STT 3, mục D «CẢI CÁCH HÀNH CHÍNH»)"))).toBe(true);
  });

  test("--json prints the plan id, the findings in document order and the counts", () => {
    const run = phuluc(["review", tienLu, "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { plan: string; findings: { rule: string; severity: string; code: string | null; message: string }[]; counts: Record<string, number> };
    expect(report.plan).toBe("tien-lu-2024");
    expect(report.counts).toEqual({ loi: 6, canh_bao: 5, thong_tin: 0 });
    expect(report.findings).toHaveLength(11);
    expect(Object.keys(report.findings[0] ?? {})).toEqual(["rule", "severity", "code", "message"]);
    expect(report.findings[0]).toMatchObject({ rule: "thu-tu-muc", severity: "canh_bao", code: null });
    expect(report.findings.filter((f) => f.rule === "thieu-chi-tieu").map((f) => f.code)).toEqual(["CT08", "CT14", "CT29", "CT36", "CT40"]);
  });

  test("a plan without findings says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-review-"));
    const file = join(dir, "clean.plan.json");
    const quote = "(1) Tỷ lệ hộ nghèo dưới 2%.";
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        id: "xa-sach-2025",
        title: "Kế hoạch năm 2025",
        document: { kind: "Kế hoạch" },
        issuer: { name: "Ủy ban nhân dân xã Sạch", level: "xa", province: null },
        period: { year: 2025 },
        sections: [{ code: "1", title: "Xã hội", indicators: [{ code: "CT01", stt: "(1)", name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 2%", agency: { name: "Công chức Văn hóa - Xã hội", origin: "document" }, source: { quote } }] }],
      }),
    );
    const run = phuluc(["review", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("Rà soát phụ lục: Kế hoạch năm 2025\nKhông phát hiện vấn đề nào.\n");
    expect(JSON.parse(phuluc(["review", file, "--json"]).stdout)).toEqual({ plan: "xa-sach-2025", findings: [], counts: { loi: 0, canh_bao: 0, thong_tin: 0 } });
  });

  test("a bad plan file is exit code 2 with the loader's messages, nothing on stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-review-"));
    const bad = join(dir, "bad.plan.json");
    writeFileSync(bad, '{ "schemaVersion": 1, ');
    const run = phuluc(["review", bad]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${bad}: Tệp kế hoạch bị`);
    expect(phuluc(["review", join(dir, "none.plan.json")]).status).toBe(2);
  });

  test("explains its usage", () => {
    const run = phuluc(["review"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng: phuluc review <tệp.plan.json> [--text <văn-bản.docx|.pdf|.txt>] [--json]");
    expect(phuluc(["review", tienLu, "--csv"]).stderr).toContain("không có tùy chọn --csv");
    expect(phuluc(["--help"]).stdout).toContain("phuluc review <tệp.plan.json> [--text <văn-bản.docx|.pdf|.txt>] [--json]");
  });

  describe("--text: the annex against the plan's own document", () => {
    const thapMuoi = join(SEEDS_DIR, "thap-muoi-2024.plan.json");
    const thapMuoiText = join(SEEDS_DIR, "thap-muoi-2024.txt");

    test("a .txt: the figures that differ, with both sides' words under the finding, by severity", () => {
      const run = phuluc(["review", thapMuoi, "--text", thapMuoiText]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const lines = run.stdout.split("\n");
      const at = lines.findIndex((l) => l.startsWith("  - [Khác với văn bản kế hoạch] «Thu ngân sách (trừ tiền sử dụng đất)» "));
      expect(at).toBeGreaterThan(lines.indexOf("Lỗi (1):"));
      expect(lines[at]).toContain("phụ lục ghi «175.700 triệu đồng», văn bản ghi «275.700 triệu đồng»");
      expect(lines[at + 1]).toBe("      Phụ lục (mục a «Chỉ tiêu về kinh tế»): «- Thu ngân sách đạt 175.700 triệu đồng (trừ tiền sử dụng đất).»");
      expect(lines[at + 2]).toMatch(/^ {6}Văn bản \(mục 4 «Phát huy các nguồn lực.*phần IV\): «thu ngân sách nhà nước trên địa bàn năm 2024 đạt dự toán 275\.700 triệu đồng»$/u);
      const json = JSON.parse(phuluc(["review", thapMuoi, "--text", thapMuoiText, "--json"]).stdout) as { findings: { rule: string; evidence?: unknown[] }[] };
      expect(json.findings.filter((f) => f.rule === "khac-van-ban").map((f) => f.evidence?.length)).toEqual([2]);
    });

    test("a .docx reads the same", () => {
      const dir = mkdtempSync(join(tmpdir(), "phuluc-review-"));
      const docx = join(dir, "thap-muoi.docx");
      writeFileSync(docx, docxFromPlainText(readFileSync(thapMuoiText, "utf8")));
      const run = phuluc(["review", thapMuoi, "--text", docx, "--json"]);
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout) as { findings: { rule: string; code: string | null }[] };
      expect(json.findings.filter((f) => f.rule === "khac-van-ban").map((f) => f.code)).toEqual(["CT03"]);
    });

    test("a document that cannot be read is exit code 2, saying what to choose", () => {
      const dir = mkdtempSync(join(tmpdir(), "phuluc-review-"));
      const image = join(dir, "scan.png");
      writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
      const run = phuluc(["review", thapMuoi, "--text", image]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("tệp ảnh");
      expect(phuluc(["review", thapMuoi, "--text", join(dir, "none.docx")]).stderr).toContain("không tìm thấy tệp");
    });
  });
});
