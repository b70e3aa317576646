import { annexOptions, readAnnex, type AnnexReading } from "../../src/core/annex";
import { annexLayout } from "../../src/core/annex/layout";
import { assessPlan, readActualCell, STATUSES, type Actual } from "../../src/core/check";
import { checkAnnex, countsSentence, explanationOf, filterItems, formatPercent, toggleStatusFilter, withChanges, type OpenAnnex } from "../../src/taskpane/view/checkList";
import { planOfRows } from "../support/rowsPlan";
import { seedPlan } from "../support/seeds";

/** A generated annex read back, with some actuals typed into it. */
function annexWith(actuals: Record<string, string | number>, exceedMargin = 0): OpenAnnex {
  const plan = { ...seedPlan("tien-lu-2024"), exceedMargin };
  const entries = new Map(Object.entries(actuals).map(([code, value]) => [code, { actual: { value }, note: null }]));
  const workbook = annexLayout({ plan, options: annexOptions(), entries }).workbook;
  const reading: AnnexReading = readAnnex(
    workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.cells.map((cell) => ({ value: cell?.value ?? cell?.result ?? null }))) })),
  );
  if (!reading.ok) throw new Error(reading.error);
  return reading;
}

describe("the Kiểm tra số liệu list", () => {
  const annex = annexWith({ CT02: 99, CT03: 1, CT04: "khoảng 5", CT01: "Đạt" });
  const result = checkAnnex(annex);

  test("counts are the core's assessPlan of the annex's entries", () => {
    const actuals = new Map<string, Actual>([...annex.entries].map(([code, e]) => [code, readActualCell(e.actual)]));
    expect(result.counts).toEqual(assessPlan(annex.plan, actuals, null).counts);
  });

  test("every indicator is listed in document order with its row; the counted ones add up to the counts", () => {
    expect(result.items.map((i) => i.code).slice(0, 3)).toEqual(["CT01", "CT01.1", "CT01.2"]);
    expect(result.items.every((i) => i.row !== null && i.row > 0)).toBe(true);
    const counted = result.items.filter((i) => i.counted).length;
    expect(counted).toBe(STATUSES.reduce((n, s) => n + result.counts[s], 0));
  });

  test("a heading nobody judged is context, not counted; judged, it counts", () => {
    const unjudged = checkAnnex(annexWith({})).items.find((i) => i.code === "CT01");
    expect(unjudged).toMatchObject({ heading: true, counted: false, status: "chua_co_so_lieu" });
    expect(result.items.find((i) => i.code === "CT01")).toMatchObject({ heading: true, counted: true, status: "dat" });
  });

  test("filters: all, problems (Không đạt, Không hợp lệ), one status; headings only when counted", () => {
    expect(filterItems(result.items, "all")).toHaveLength(result.items.length);
    const problems = filterItems(result.items, "problems");
    expect(problems.length).toBe(result.counts.khong_dat + result.counts.khong_hop_le);
    expect(problems.every((i) => i.status === "khong_dat" || i.status === "khong_hop_le")).toBe(true);
    expect(filterItems(result.items, "khong_hop_le").map((i) => i.code)).toEqual(["CT04"]);
    expect(filterItems(result.items, "chua_co_so_lieu").some((i) => i.heading)).toBe(false);
  });

  test("a count tile toggles its filter", () => {
    expect(toggleStatusFilter("all", "vuot")).toBe("vuot");
    expect(toggleStatusFilter("vuot", "vuot")).toBe("all");
    expect(toggleStatusFilter("problems", "dat")).toBe("dat");
  });

  test("numbers the Vietnamese way", () => {
    expect(formatPercent(105.26)).toBe("105,3%");
    expect(formatPercent(1234.5)).toBe("1.234,5%");
    expect(formatPercent(null)).toBeNull();
    expect(countsSentence(result.counts)).toMatch(/^Vượt \d+, Đạt \d+, Không đạt \d+, Chưa có số liệu \d+, Đánh giá thủ công \d+, Không hợp lệ \d+$/);
  });
});

describe("live checking in Excel", () => {
  test("changed cells replace their entries, the rest of the reading stays, and the core judges again", () => {
    const before = annexWith({ CT02: 99, CT03: 1 });
    const row = before.entries.get("CT03")?.row ?? 0;
    const after = withChanges(before, [{ code: "CT03", cell: { value: "khoảng 5" }, row }]);
    expect(after.entries.get("CT02")).toEqual(before.entries.get("CT02"));
    expect(after.entries.get("CT03")).toEqual({ actual: { value: "khoảng 5" }, note: null, row });
    expect(before.entries.get("CT03")?.actual.value).toBe(1);
    expect(checkAnnex(after).items.find((i) => i.code === "CT03")?.status).toBe("khong_hop_le");
  });
});

describe("what officers type, as the pane shows it (issue 12)", () => {
  test("numbers typed as text, percent strings, ratios, ranks and verdict words are read as the sheet reads them", () => {
    const items = checkAnnex(
      annexWith({ CT02: "8,7", CT03: "1.234,5", CT06: "95%", CT17: " 97 ", CT30: "108/100", CT37: "4/10", CT08: "Chưa đạt", CT29: "Đạt và vượt" }),
    ).items;
    const status = (code: string) => items.find((i) => i.code === code)?.status;
    expect(["CT02", "CT03", "CT06", "CT17", "CT30", "CT37", "CT08", "CT29"].map(status)).toEqual([
      "vuot",
      "vuot",
      "khong_dat",
      "vuot",
      "khong_dat",
      "vuot",
      "khong_dat",
      "vuot",
    ]);
  });

  test("950 for a percentage rate and -5 for an amount carry a warning beside the verdict", () => {
    const items = checkAnnex(annexWith({ CT06: "950", CT03: "-5" })).items;
    expect(items.find((i) => i.code === "CT06")).toMatchObject({ status: "vuot", plausibility: expect.stringMatching(/Kiểm tra lại số liệu: tỷ lệ 950% vượt quá 100%/) });
    expect(items.find((i) => i.code === "CT03")).toMatchObject({ status: "khong_dat", plausibility: expect.stringMatching(/không thể âm/) });
  });

  test("Cầu Ngang: 27 in the 'nghìn tỷ đồng' row against the 2025 milestone is Vượt, 108%", () => {
    const plan = seedPlan("cau-ngang-2030");
    const options = annexOptions({ against: "2025" });
    const workbook = annexLayout({ plan, options, entries: new Map([["CT04", { actual: { value: 27 }, note: null }]]) }).workbook;
    const reading = readAnnex(workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.cells.map((cell) => ({ value: cell?.value ?? cell?.result ?? null }))) })));
    if (!reading.ok) throw new Error(reading.error);
    const ct04 = checkAnnex(reading).items.find((i) => i.code === "CT04");
    expect(ct04?.status).toBe("vuot");
    expect(formatPercent(ct04?.percentOfPlan ?? null)).toBe("108,0%");
  });

  test("a name stating a reduction: a bigger reduction than planned is not Không đạt", () => {
    const ct18 = checkAnnex(
      (() => {
        const plan = seedPlan("duc-thanh-2024");
        const workbook = annexLayout({ plan, options: annexOptions(), entries: new Map([["CT18.2", { actual: { value: "0,3" }, note: null }]]) }).workbook;
        const reading = readAnnex(workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.cells.map((cell) => ({ value: cell?.value ?? cell?.result ?? null }))) })));
        if (!reading.ok) throw new Error(reading.error);
        return reading;
      })(),
    ).items.find((i) => i.code === "CT18.2");
    expect(ct18?.status).toBe("vuot");
  });
});

describe("the ngưỡng Vượt in the check view (issue 12 item 5)", () => {
  // CT03 plans 559,8: 580 is 103,6% of plan.
  test("the annex's own threshold judges, and the view says which applied", () => {
    const plain = checkAnnex(annexWith({ CT03: "580" }));
    expect(plain.items.find((i) => i.code === "CT03")?.status).toBe("vuot");
    expect(plain.margin).toBe("Ngưỡng Vượt 0%: vượt kế hoạch bao nhiêu cũng là Vượt.");
    const five = checkAnnex(annexWith({ CT03: "580" }, 5));
    expect(five.items.find((i) => i.code === "CT03")?.status).toBe("dat");
    expect(five.exceedMargin).toBe(5);
    expect(five.margin).toContain("Ngưỡng Vượt 5%: vượt kế hoạch đến 5% là Đạt, trên 5% là Vượt");
  });

  test("in a plan of one's own: a reduction stated by the name, a ratio, a rank, a verdict word and a figure in the unit column's unit", () => {
    const plan = planOfRows([
      { name: "Tỷ lệ hộ nghèo giảm", unit: "%", target: "0,7" },
      { name: "Tỷ lệ mất cân bằng giới khi sinh ở mức", unit: "Bé trai/bé gái", target: "105/100" },
      { name: "Chỉ số Cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: "5/10" },
      { name: "Giữ vững quốc phòng, an ninh", unit: null, target: "Hoàn thành" },
      { name: "Huy động vốn đầu tư", unit: "nghìn tỷ đồng", target: "25 nghìn tỷ đồng" },
      { name: "Tỷ lệ trường học đạt chuẩn quốc gia", unit: "%", target: "95,1" },
    ]);
    const typed: Record<string, string | number> = { R0001: "0,86", R0002: "108/100", R0003: "4/10", R0004: "Chưa\u00A0đạt", R0005: "27", R0006: "950" };
    const entries = new Map(Object.entries(typed).map(([code, value]) => [code, { actual: { value }, note: null }]));
    const workbook = annexLayout({ plan, options: annexOptions(), entries }).workbook;
    const reading = readAnnex(workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => row.cells.map((cell) => ({ value: cell?.value ?? cell?.result ?? null }))) })));
    if (!reading.ok) throw new Error(reading.error);
    const items = checkAnnex(reading).items;
    const item = (code: string) => items.find((i) => i.code === code);
    expect(Object.keys(typed).map((code) => item(code)?.status)).toEqual(["vuot", "khong_dat", "vuot", "khong_dat", "vuot", "vuot"]);
    expect(formatPercent(item("R0005")?.percentOfPlan ?? null)).toBe("108,0%");
    expect(item("R0006")?.plausibility).toMatch(/^Kiểm tra lại số liệu: tỷ lệ 950% vượt quá 100%/);
  });
});

describe("what the pane says beside a verdict (list and table alike)", () => {
  const items = checkAnnex(annexWith({ CT06: "950", CT11: "2 tỷ", CT07: "98 %" })).items;
  const item = (code: string) => {
    const found = items.find((i) => i.code === code);
    if (!found) throw new Error(code);
    return found;
  };

  test("a figure the sheet marks «Kiểm tra lại số liệu» is questioned in the pane too, whatever its verdict", () => {
    expect(item("CT06").status).toBe("vuot");
    expect(explanationOf(item("CT06"))).toContain("Kiểm tra lại số liệu");
  });

  test("an entry that cannot be judged says why; a plain verdict says nothing more", () => {
    expect(item("CT11").status).toBe("khong_hop_le");
    expect(explanationOf(item("CT11"))).toBe(item("CT11").messages.join(" "));
    expect(explanationOf(item("CT07"))).toBeNull();
  });
});
