/**
 * Bring your own plan, end to end in Debian's headless Chromium (file mode): a plan written as a
 * Word document is read into the import editor; the officer fixes a target, adds an indicator,
 * confirms a suggested agency, uses the plan, generates and downloads the annex; then changes a
 * target in the downloaded sheet (ExcelJS, as Excel would save it), opens it again, sees the
 * change listed and applies it. Screenshots of the editor at 360 px and 1280 px go to test-artifacts/.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { findIndicator, loadPlan } from "../../src/core/model";
import { toPdf } from "../support/libreoffice";
import { requireTools } from "../support/tools";
import { laps, shot } from "./chromium";
import { PaneSession } from "./paneSession";
import { docxFromPlainText } from "../support/docx";

const withChromium = requireTools("chromium");

const pane = new PaneSession();
afterAll(() => pane.close());

/** A commune's plan as its office writes it: heading, a list of main indicators in two groups. */
const PLAN_LINES = [
  "ỦY BAN NHÂN DÂN",
  "XÃ AN BÌNH",
  "Số: 12/KH-UBND",
  "An Bình, ngày 19 tháng 01 năm 2024",
  "KẾ HOẠCH",
  "Phát triển kinh tế - xã hội năm 2024",
  "I. MỤC TIÊU",
  "Năm 2023, thu ngân sách trên địa bàn ước đạt 11,2 tỷ đồng, bằng 104,6% so với cùng kỳ.",
  "II. CÁC CHỈ TIÊU CHỦ YẾU",
  "1. Về kinh tế",
  "(1) Tổng giá trị sản xuất tăng 8,5%.",
  "(2) Thu ngân sách trên địa bàn đạt 12,5 tỷ đồng.",
  "2. Về văn hóa - xã hội",
  "(3) Tỷ lệ hộ nghèo giảm còn dưới 1%.",
  "(4) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.",
];

async function card(page: Page, name: RegExp) {
  const item = page.getByRole("listitem").filter({ has: page.getByRole("button", { name, exact: false }) }).first();
  await item.waitFor();
  return item;
}

async function openCard(page: Page, name: RegExp) {
  const item = await card(page, name);
  const toggle = item.getByRole("button", { name }).first();
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return item;
}

withChromium(
  "import a .docx, correct it, generate and download; a target changed in the sheet is listed and applied",
  async () => {
    const { lap, text: times } = laps();
    const { page, problems } = await pane.openFileMode();
    lap("build + start");

    // Kế hoạch › Nhập kế hoạch từ văn bản: a real .docx.
    const docx = docxFromPlainText(PLAN_LINES.join("\n"));
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn văn bản…" }).click()]);
    await chooser.setFiles({ name: "ke-hoach-an-binh.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(docx) });
    await page.getByText("Đọc từ: ke-hoach-an-binh.docx").waitFor({ timeout: 30_000 });
    expect(await page.getByLabel("Số", { exact: true }).inputValue()).toBe("12/KH-UBND");
    expect(await page.getByLabel("Ngày", { exact: true }).inputValue()).toBe("19/01/2024");
    // Four indicators, the previous year's result not among them.
    expect(await page.getByRole("listitem").filter({ hasText: /^\(\d\)/ }).count()).toBe(4);
    expect(await page.getByText("11,2 tỷ đồng").count()).toBe(0);
    lap("read .docx");

    // Fix a target: the reading follows.
    const budget = await openCard(page, /Thu ngân sách trên địa bàn/);
    await budget.getByLabel("Kế hoạch", { exact: true }).fill("từ 13 tỷ đồng trở lên");
    await budget.getByText("Đọc là: ≥ 13 tỷ đồng").waitFor();
    await budget.getByRole("button", { name: "Xem câu trong văn bản" }).click();
    await budget.getByText("(2) Thu ngân sách trên địa bàn đạt 12,5 tỷ đồng.").waitFor();

    // Confirm the suggested agency of the insurance indicator.
    const insurance = await card(page, /bảo hiểm y tế/);
    await insurance.getByRole("button", { name: /Xác nhận cơ quan chủ trì/ }).click();
    expect(await insurance.getByRole("button", { name: /Xác nhận cơ quan chủ trì/ }).count()).toBe(0);

    // Add an indicator to the second group, typed by hand.
    const social = page.getByRole("region", { name: /mục 2 Về văn hóa - xã hội/ });
    await social.getByRole("button", { name: "Thêm chỉ tiêu vào mục này" }).click();
    const added = social.getByRole("listitem", { name: /^Chỉ tiêu \(5\)/ });
    await added.getByRole("button", { name: "(5) (chưa có tên)", exact: true }).waitFor();
    await added.getByLabel("Chỉ tiêu", { exact: true }).fill("Số hộ gia đình được công nhận gia đình văn hóa");
    await added.getByLabel("ĐVT", { exact: true }).fill("hộ");
    await added.getByLabel("Kế hoạch", { exact: true }).fill("1.250");
    await added.getByText("Đọc là: 1.250 hộ").waitFor();

    await page.setViewportSize({ width: 360, height: 900 });
    await shot(page, "nhap-ke-hoach-360");
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, "nhap-ke-hoach-1280");
    await page.setViewportSize({ width: 380, height: 900 });
    lap("edit");

    // The checked plan as a plan file, which loads as it is.
    const [planFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp kế hoạch" }).click()]);
    expect(planFile.suggestedFilename()).toBe("an-binh-2024.plan.json");
    const loaded = loadPlan(readFileSync(await planFile.path(), "utf8"));
    expect(loaded.ok && loaded.plan.sections.flatMap((s) => s.indicators).length).toBe(5);

    await page.getByRole("button", { name: "Dùng kế hoạch này" }).click();
    await page.getByText(/Đã dùng kế hoạch đọc từ ke-hoach-an-binh\.docx/).waitFor();

    // Tạo phụ lục and download it.
    await page.getByRole("tab", { name: "Tạo phụ lục" }).click();
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    await page.getByText(/Đã tạo phụ lục ở trang «Phụ lục I»/).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
    const generated = new Uint8Array(readFileSync(await download.path()));
    const reading = await readAnnexBytes(generated);
    if (!reading.ok) throw new Error(reading.error);
    const byName = (name: string) => {
      const placed = reading.plan.sections.flatMap((s) => s.indicators).find((i) => i.name.includes(name));
      if (placed === undefined) throw new Error(`không có chỉ tiêu ${name}`);
      return placed;
    };
    expect(byName("Thu ngân sách").target).toBe("từ 13 tỷ đồng trở lên");
    expect(byName("bảo hiểm y tế").agency?.origin).toBe("document");
    expect(byName("gia đình văn hóa")).toMatchObject({ stt: "(5)", unit: "hộ", target: "1.250", source: { origin: "entered" } });
    expect(reading.plan.document).toMatchObject({ number: "12/KH-UBND", date: "2024-01-19" });
    lap("generate + download");

    // The officer changes a target in the sheet itself and saves.
    const poverty = byName("hộ nghèo");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(asArrayBuffer(generated));
    const sheet = book.getWorksheet(reading.sheetName);
    const row = reading.entries.get(poverty.code)?.row;
    if (sheet === undefined || row === undefined) throw new Error("không có dòng hộ nghèo");
    const targetColumn = sheet.getRow(reading.columns.headerRow).values as ExcelJS.CellValue[];
    const column = targetColumn.findIndex((v) => typeof v === "string" && v.startsWith("Kế hoạch"));
    expect(sheet.getCell(row, column).value).toBe("dưới 1%");
    sheet.getCell(row, column).value = "dưới 0,8%";
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    const reread = await readAnnexBytes(edited);
    expect(reread.ok && reread.edits?.map((e) => [e.code, e.field, e.after])).toEqual([[poverty.code, "target", "dưới 0,8%"]]);

    // Opened again: the change is listed by STT and name, and applied on confirmation.
    await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
    const [again] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).click()]);
    await again.setFiles({ name: "phu-luc-an-binh.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(edited) });
    await page.getByText(/Đã mở phu-luc-an-binh\.xlsx/).waitFor({ timeout: 30_000 });
    await shot(page, "thay-doi-tren-trang");
    await page.getByText(/STT \(3\) «Tỷ lệ hộ nghèo[^»]*» \(dòng \d+\): kế hoạch «dưới 1%» → «dưới 0,8%»/).waitFor({ timeout: 30_000 });
    await shot(page, "thay-doi-tren-trang");
    await page.getByRole("button", { name: "Đưa vào kế hoạch" }).click();
    await page.getByText(/Đã đưa 1 thay đổi vào kế hoạch của phụ lục/).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/ô đã sửa so với kế hoạch/).count()).toBe(0);

    await page.getByRole("tab", { name: "Tạo phụ lục" }).click();
    const [updated] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
    const applied = await readAnnexBytes(new Uint8Array(readFileSync(await updated.path())));
    if (!applied.ok) throw new Error(applied.error);
    expect(applied.edits).toEqual([]);
    expect(findIndicator(applied.plan, poverty.code)?.indicator.target).toBe("dưới 0,8%");
    lap("sheet edit applied");

    expect(problems).toEqual([]);
    console.log(`Thời gian e2e: ${times()}`);
  },
  300_000,
);

withChromium(
  "pasted text is read like a document; a picture or empty paste gets a message saying what to do",
  async () => {
    const { page, problems, close } = await pane.open();
    await page.getByText("Chế độ tệp").waitFor({ timeout: 15_000 });

    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn văn bản…" }).click()]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await chooser.setFiles({ name: "anh-chup.png", mimeType: "image/png", buffer: png });
    await page.getByText(/anh-chup\.png: đây là tệp ảnh \(PNG\), không có chữ để đọc/).waitFor({ timeout: 30_000 });

    await page.getByRole("button", { name: "Dán văn bản" }).click();
    await page.getByRole("button", { name: "Đọc văn bản" }).click();
    await page.getByText(/Chưa có văn bản: dán nội dung kế hoạch/).waitFor();

    await page.getByLabel("Nội dung kế hoạch").fill(PLAN_LINES.join("\n"));
    await page.getByRole("button", { name: "Đọc văn bản" }).click();
    await page.getByText("Đọc từ: Văn bản dán vào").waitFor();
    expect(await page.getByRole("listitem", { name: /^Chỉ tiêu \(\d\)/ }).count()).toBe(4);
    await page.getByRole("button", { name: "Bỏ" }).click();
    expect(await page.getByText("Đọc từ:").count()).toBe(0);

    expect(problems).toEqual([]);
    await close();
  },
  240_000,
);

requireTools("chromium", "soffice")(
  "a PDF with a text layer (the plan's lines printed to PDF by LibreOffice) is read in the browser too",
  async () => {
    // Only LibreOffice Calc is installed: the plan's lines go one per row of a sheet, printed to PDF.
    const dir = mkdtempSync(join(tmpdir(), "phuluc-pdf-"));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Kế hoạch");
    sheet.getColumn(1).width = 110;
    PLAN_LINES.forEach((line, i) => (sheet.getCell(i + 1, 1).value = line));
    const xlsx = join(dir, "ke-hoach-an-binh.xlsx");
    await book.xlsx.writeFile(xlsx);
    const pdf = await toPdf(xlsx);
    const { page, problems, close } = await pane.open();
    await page.getByText("Chế độ tệp").waitFor({ timeout: 15_000 });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn văn bản…" }).click()]);
    await chooser.setFiles({ name: "ke-hoach-an-binh.pdf", mimeType: "application/pdf", buffer: readFileSync(pdf) });
    await page.getByText("Đọc từ: ke-hoach-an-binh.pdf").waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await shot(page, "pdf-loi");
      throw error;
    });
    expect(await page.getByRole("listitem", { name: /^Chỉ tiêu \(\d\)/ }).count()).toBe(4);
    await page.getByRole("listitem", { name: /^Chỉ tiêu \(4\)/ }).getByText(/Kế hoạch: 95% → 95%/).waitFor();
    expect(problems).toEqual([]);
    await close();
  },
  240_000,
);
