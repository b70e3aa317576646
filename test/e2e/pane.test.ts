/**
 * The task pane end to end, in real headless Chromium, in file mode (no Excel): the production
 * bundle served on localhost; choose Tiên Lữ 2024, generate and download the annex, fill actuals
 * in the downloaded file, open it again, and compare what the pane shows with the core.
 * Screenshots go to test-artifacts/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { assessPlan, readActualCell, STATUS_LABELS, STATUSES, type Actual } from "../../src/core/check";
import { countBySeverity, reviewPlan, SEVERITY_LABELS, SEVERITIES } from "../../src/core/check/review";
import { requireTools } from "../support/tools";
import { ARTIFACTS, laps, shot } from "./chromium";
import { fillActuals } from "./fillActuals";
import { PaneSession } from "./paneSession";

const withChromium = requireTools("chromium");

const pane = new PaneSession();
afterAll(() => pane.close());

withChromium(
  "file mode: generate, download, fill, open, check counts equal the core's, review shows findings",
  async () => {
    const { lap, text: times } = laps();

    const { page, problems } = await pane.openFileMode();
    lap("build + start");

    // Kế hoạch: the bundled seed.
    await page.getByLabel("Kế hoạch mẫu").selectOption("tien-lu-2024");
    await page.getByRole("heading", { name: /Tiên Lữ/ }).waitFor();
    await shot(page, "1-ke-hoach");

    // Tạo phụ lục, then download it.
    await page.getByRole("tab", { name: "Tạo phụ lục" }).click();
    await page.getByRole("button", { name: "Tạo phụ lục", exact: true }).click();
    await page.getByText(/Đã tạo phụ lục ở trang «Phụ lục I»/).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp phụ lục (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("phu-luc-tien-lu-2024.xlsx");
    const generated = new Uint8Array(readFileSync(await download.path()));
    await shot(page, "2-tao-phu-luc");
    lap("generate + download");

    // An officer fills the downloaded file.
    const blank = await readAnnexBytes(generated);
    if (!blank.ok) throw new Error(blank.error);
    expect(blank.plan.id).toBe("tien-lu-2024");
    const filled = await fillActuals(generated, blank);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "phu-luc-da-nhap.xlsx"), filled.bytes);
    const reading = await readAnnexBytes(filled.bytes);
    if (!reading.ok) throw new Error(reading.error);
    const actuals = new Map<string, Actual>([...reading.entries].map(([code, entry]) => [code, readActualCell(entry.actual)]));
    const expected = assessPlan(reading.plan, actuals, reading.options.against).counts;
    for (const status of STATUSES) expect(expected[status]).toBeGreaterThan(0);

    // Kiểm tra số liệu: open the filled copy; the counts are the core's.
    await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Mở phụ lục đã nhập…" }).click()]);
    await chooser.setFiles({ name: "phu-luc-da-nhap.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(filled.bytes) });
    await page.getByText(/Đã mở phu-luc-da-nhap\.xlsx/).waitFor({ timeout: 30_000 });
    const counts = page.getByRole("group", { name: /Số chỉ tiêu theo đánh giá/ });
    for (const status of STATUSES) {
      expect(await counts.getByRole("button", { name: `${STATUS_LABELS[status]}: ${expected[status]}`, exact: true }).count()).toBe(1);
    }
    lap("open filled + check");

    // Keyboard: from the filter, Tab into the list, arrows to the third item, Enter selects it.
    const list = page.getByRole("list", { name: /Kết quả theo chỉ tiêu/ });
    await page.getByLabel("Hiển thị").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await list.locator('[aria-current="true"]').count()).toBe(1);
    expect(await list.getByRole("listitem").nth(2).getAttribute("aria-current")).toBe("true");

    // Filtering to problems keeps only Không đạt and Không hợp lệ.
    await page.getByLabel("Hiển thị").selectOption("problems");
    expect(await list.getByRole("listitem").count()).toBe(expected.khong_dat + expected.khong_hop_le);
    await page.getByLabel("Hiển thị").selectOption("all");
    await shot(page, "3-kiem-tra");

    // The copy with verdicts: its Đánh giá column says what the core says.
    const [checkedDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bản có kết quả (.xlsx)" }).click()]);
    expect(checkedDownload.suggestedFilename()).toBe("phu-luc-da-nhap-ket-qua.xlsx");
    const checkedBytes = readFileSync(await checkedDownload.path());
    const checked = await readWorkbookGrid(checkedBytes);
    const sheet = checked.sheets.find((s) => s.name === "Phụ lục I");
    const shown = (sheet?.rows ?? []).flat().map((cell) => cell?.value);
    // The copy is judged as the pane judged the file: a percent-formatted number (0,47115 shown as
    // 47,115%) is read as the text it shows, and the copy writes that text back (actual.ts shownEntry).
    const copy = await readAnnexBytes(checkedBytes);
    if (!copy.ok) throw new Error(copy.error);
    const copyCounts = assessPlan(copy.plan, new Map([...copy.entries].map(([code, entry]) => [code, readActualCell(entry.actual)])), copy.options.against).counts;
    expect(copyCounts).toEqual(expected);
    expect(shown.filter((v) => v === "Không đạt").length).toBeGreaterThanOrEqual(copyCounts.khong_dat);
    expect(shown.filter((v) => v === "Vượt").length).toBeGreaterThanOrEqual(copyCounts.vuot);
    lap("checked copy");

    // Rà soát: findings grouped by severity, the duplicated indicator among them.
    const findings = reviewPlan(reading.plan);
    const bySeverity = countBySeverity(findings);
    await page.getByRole("tab", { name: "Rà soát" }).click();
    for (const severity of SEVERITIES) {
      if (bySeverity[severity] === 0) continue;
      await page.getByRole("heading", { name: `${SEVERITY_LABELS[severity]} (${bySeverity[severity]})` }).waitFor();
    }
    const duplicate = page.getByRole("listitem").filter({ hasText: "Số xã đạt chuẩn nông thôn mới nâng cao" }).filter({ hasText: "Chỉ tiêu trùng lặp" });
    expect(await duplicate.count()).toBeGreaterThan(0);
    await duplicate.first().focus();
    await page.keyboard.press("Enter");
    expect(await duplicate.first().getAttribute("aria-current")).toBe("true");
    await shot(page, "4-ra-soat");
    lap("review");

    expect(problems).toEqual([]);
    console.log(`Thời gian e2e: ${times()}`);
  },
  300_000,
);

withChromium(
  "in Excel 2019's old webviews (IE 11, Edge Legacy) the pane says what still works instead of staying blank",
  async () => {
    const userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
    const { page, close } = await pane.open({ userAgent });
    await page.getByText(/chạy phần bổ trợ bằng trình duyệt cũ/).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    expect(await page.getByText(/tự tính % so với KH và Đánh giá/).count()).toBe(1);
    // The file-mode address: this very page, in a modern browser.
    const address = await page.locator("[data-file-mode-address]").textContent();
    expect(address).toMatch(/^https?:\/\/[^/]+\/taskpane\.html$/);
    expect(await page.getByRole("tab").count()).toBe(0);
    await close();
  },
  240_000,
);
