import { annexLayout, annexOptions, type Sheet } from "../../../src/core/annex";
import { loadPlan, type Plan } from "../../../src/core/model";
import { seedPlan } from "../../support/seeds";

const headingOf = (plan: Plan) => {
  const sheet = annexLayout({ plan, options: annexOptions() }).workbook.sheets[0] as Sheet;
  return [1, 2, 3].map((row) => sheet.rows[row - 1]?.cells[0]?.value ?? null);
};

describe("the annex heading", () => {
  test("prints the document's own label, title and attachment line exactly", () => {
    const plan = seedPlan("tien-lu-2024");
    const printed = {
      label: "PHỤ LỤC I",
      title: "CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM 2024",
      attachedTo: "(Kèm theo Kế hoạch hành động số /KH-UBND ngày / /2024 của UBND huyện Tiên Lữ)",
    };
    expect(headingOf({ ...plan, annexHeading: printed })).toEqual([printed.label, printed.title, printed.attachedTo]);
  });

  test("composes what the plan leaves unset, with dots for an unknown number and day", () => {
    const plan = seedPlan("tien-lu-2024");
    const unknown = { ...plan, document: { ...plan.document, number: null, date: "2024" } };
    const [label, title, attached] = headingOf(unknown);
    expect(label).toBe("PHỤ LỤC I");
    expect(title).toBe("CHỈ TIÊU CHỦ YẾU NĂM 2024");
    expect(attached).toBe(`(Kèm theo ${plan.document.kind} số … ngày … tháng … năm 2024 của ${plan.issuer.name})`);
  });

  test("is optional in a plan file and refuses a blank title, naming the field in Vietnamese", () => {
    const { annexHeading: _unused, ...raw } = seedPlan("duc-thanh-2024");
    const loaded = loadPlan(JSON.stringify(raw));
    expect(loaded.ok && loaded.plan.annexHeading).toEqual({ label: null, title: null, attachedTo: null });
    const blank = loadPlan(JSON.stringify({ ...raw, annexHeading: { title: " " } }));
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.errors.map((e) => e.message).join("\n")).toMatch(/tên phụ lục/i);
  });
});
