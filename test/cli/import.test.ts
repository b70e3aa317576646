import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPlan } from "../../src/core/model";
import { phuluc } from "../support/cli";
import { docxFromPlainText } from "../support/docx";
import { imageOnlyPdf, textPdf } from "../support/pdf";
import { seedPlan, seedText, SEEDS_DIR } from "../support/seeds";
import { requireTool } from "../support/tools";

const tempDir = () => mkdtempSync(join(tmpdir(), "phuluc-import-"));

describe("phuluc import", () => {
  test("reads a plan's text into a plan file: summary, counts per section, warnings", () => {
    const dir = tempDir();
    const output = join(dir, "thap-muoi.plan.json");
    const run = phuluc(["import", join(SEEDS_DIR, "thap-muoi-2024.txt"), "-o", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("24 chỉ tiêu, 18 chỉ tiêu thành phần, theo mục các chỉ tiêu chủ yếu");
    expect(run.stdout).toContain("Kế hoạch, số 230/KH-UBND, ngày 19/01/2024, Ủy ban nhân dân huyện Tháp Mười");
    expect(run.stdout).toContain("Văn bản nêu 24 chỉ tiêu (khớp).");
    expect(run.stdout).toContain("  a. Chỉ tiêu về kinh tế: 7 chỉ tiêu (văn bản nêu 7)");
    expect(run.stdout).toMatch(/Cần xem lại \(\d+\):\n {2}Chỉ tiêu thứ 1 «Tổng giá trị sản xuất/);
    expect(run.stdout).not.toMatch(/sections\[|CT\d\d/);
    const loaded = loadPlan(readFileSync(output, "utf8"));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.plan.sections.map((s) => s.indicators.length)).toEqual(seedPlan("thap-muoi-2024").sections.map((s) => s.indicators.length));
  });

  test("reads a .docx and lists what is left to fill when the document does not print it", () => {
    const dir = tempDir();
    const input = join(dir, "dong-thap.docx");
    writeFileSync(input, docxFromPlainText(seedText("dong-thap-2024")));
    const output = join(dir, "dong-thap.plan.json");
    const run = phuluc(["import", input, "-o", output]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("16 chỉ tiêu, 6 chỉ tiêu thành phần");
    expect(run.stdout).toContain("Không thấy ngày ban hành");
    expect(loadPlan(readFileSync(output, "utf8")).ok).toBe(true);
  });

  test("refuses to write over a file without --force, and writes over it with --force", () => {
    const dir = tempDir();
    const output = join(dir, "co-san.plan.json");
    writeFileSync(output, "giữ nguyên");
    const refused = phuluc(["import", join(SEEDS_DIR, "duc-thanh-2024.txt"), "-o", output]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("đã có. Chọn tên khác, hoặc dùng --force để ghi đè.");
    expect(readFileSync(output, "utf8")).toBe("giữ nguyên");
    const forced = phuluc(["import", join(SEEDS_DIR, "duc-thanh-2024.txt"), "-o", output, "--force"]);
    expect(forced.status).toBe(0);
    expect(loadPlan(readFileSync(output, "utf8")).ok).toBe(true);
  });

  requireTool("chromium")(
    "reads a PDF with a text layer",
    () => {
      const dir = tempDir();
      const input = join(dir, "cau-ngang.pdf");
      writeFileSync(input, textPdf(seedText("cau-ngang-2030")));
      const output = join(dir, "cau-ngang.plan.json");
      const run = phuluc(["import", input, "-o", output], { timeoutMs: 120_000 });
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("16 chỉ tiêu");
      const loaded = loadPlan(readFileSync(output, "utf8"));
      expect(loaded.ok && loaded.plan.period).toEqual({ from: 2021, to: 2030, milestones: [2025], vision: 2045 });
    },
    180_000,
  );

  const noIndicators = docxFromPlainText("KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2024\nI. MỤC ĐÍCH\nTổng kết, rút kinh nghiệm công tác năm.\nII. THỜI GIAN\nNgày 20 tháng 12 năm 2024.");
  test.each([
    ["an empty file", "rong.txt", new Uint8Array(), /tệp rỗng/],
    ["a scanned PDF", "scan.pdf", imageOnlyPdf(), /không có lớp chữ \(là ảnh quét\)/],
    ["a .docx without indicators", "hoi-nghi.docx", noIndicators, /không tìm thấy chỉ tiêu nào/],
    ["a 50 MB text", "lon.txt", new Uint8Array(50 * 1024 * 1024).fill(0x61), /tệp quá lớn \(50 MB\)/],
    ["a file of another kind", "anh.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /tệp ảnh \(PNG\)/],
  ])("refuses %s: a clear message, exit 2, nothing written", (_what, name, bytes, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), bytes);
    const run = phuluc(["import", name, "-o", "ke-hoach.plan.json"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/Error|at /);
    expect(readdirSync(dir)).toEqual([name]);
  });
});
