import type { DraftIndicator, DraftPlan } from "../../src/core/extract";
import {
  agencySuggestion,
  checkEditor,
  editorFromDraft,
  editorRows,
  editorToPlanInput,
  needsLook,
  nextCode,
  nextStt,
  planEditorReducer,
  targetReading,
  type EditorEvent,
  type PlanEditorState,
} from "../../src/taskpane/view/planEditor";
import { validatePlan } from "../../src/core/model";

function indicator(code: string, stt: string, name: string, unit: string | null, target: string | null, more: Partial<DraftIndicator> = {}): DraftIndicator {
  return {
    code,
    stt,
    name,
    unit,
    target,
    stretch: null,
    milestones: {},
    basis: null,
    agency: null,
    parts: [],
    source: { quote: `${stt} ${name} ${target ?? ""}.` },
    confidence: 0.9,
    warnings: [],
    ...more,
  };
}

/** A commune plan as the extractor reads it: two sections, one item with parts, one guess. */
function draft(): DraftPlan {
  return {
    id: "an-binh-2024",
    title: "Phát triển kinh tế - xã hội năm 2024",
    document: { kind: "Kế hoạch", number: "12/KH-UBND", date: "2024-01-19", place: "An Bình" },
    issuer: { name: "Ủy ban nhân dân xã An Bình", level: "xa", province: null },
    period: { year: 2024 },
    statedCount: 4,
    origin: "list",
    warnings: [],
    sections: [
      {
        code: "1",
        title: "Về kinh tế",
        statedCount: null,
        indicators: [
          indicator("CT01", "(1)", "Tổng giá trị sản xuất", "%", "tăng 8,5%"),
          indicator("CT02", "(2)", "Thu ngân sách trên địa bàn", "tỷ đồng", "12,5 tỷ đồng", { confidence: 0.5, warnings: ["đơn vị suy ra từ số liệu"] }),
        ],
      },
      {
        code: "2",
        title: "Về xã hội",
        statedCount: null,
        indicators: [
          indicator("CT03", "(3)", "Tỷ lệ trẻ em đi học", null, null, {
            parts: [indicator("CT03.1", "-", "Nhà trẻ", "%", "31,19%"), indicator("CT03.2", "-", "Mẫu giáo", "%", "93,52%")],
          }),
          indicator("CT04", "(4)", "Tỷ lệ người dân tham gia BHYT", "%", "95%", { agency: { name: "Bảo hiểm xã hội huyện", origin: "document" } }),
        ],
      },
    ],
  };
}

const run = (state: PlanEditorState, ...events: EditorEvent[]) => events.reduce(planEditorReducer, state);
const codes = (state: PlanEditorState) => editorRows(state).map(({ row }) => row.code);
const keyOf = (state: PlanEditorState, code: string) => editorRows(state).find(({ row }) => row.code === code)?.row.key ?? "";
const rowOf = (state: PlanEditorState, code: string) => editorRows(state).find(({ row }) => row.code === code)?.row;

describe("the import editor", () => {
  const start = editorFromDraft(draft());

  test("starts from the draft: rows in document order, the date as an officer reads it, the guess flagged", () => {
    expect(codes(start)).toEqual(["CT01", "CT02", "CT03", "CT03.1", "CT03.2", "CT04"]);
    expect(start.heading).toMatchObject({ number: "12/KH-UBND", date: "19/01/2024", period: "2024", level: "xa" });
    expect(needsLook(rowOf(start, "CT02") ?? fail())).toBe(true);
    expect(needsLook(rowOf(start, "CT01") ?? fail())).toBe(false);
  });

  test("the untouched draft is a valid plan whose quotes are the document's words", () => {
    const result = validatePlan(editorToPlanInput(start));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.document.date).toBe("2024-01-19");
    expect(result.plan.sections[1]?.indicators[0]?.parts.map((p) => p.target)).toEqual(["31,19%", "93,52%"]);
    expect(result.plan.sections[0]?.indicators[0]?.source).toMatchObject({ quote: "(1) Tổng giá trị sản xuất tăng 8,5%." });
  });

  test("editing a cell changes only that row and clears the extractor's doubt about it", () => {
    const next = run(start, { type: "editCell", key: keyOf(start, "CT02"), field: "target", value: "13 tỷ đồng" });
    expect(rowOf(next, "CT02")).toMatchObject({ target: "13 tỷ đồng", confidence: null, quote: "(2) Thu ngân sách trên địa bàn 12,5 tỷ đồng." });
    expect(needsLook(rowOf(next, "CT02") ?? fail())).toBe(false);
    expect(rowOf(next, "CT01")).toBe(rowOf(start, "CT01"));
  });

  test("an added row gets the next free code and the next STT in the plan's style, and has no quote", () => {
    const next = run(start, { type: "addRow", section: start.sections[1]?.key ?? "", after: null });
    expect(codes(next)).toEqual(["CT01", "CT02", "CT03", "CT03.1", "CT03.2", "CT04", "CT05"]);
    expect(rowOf(next, "CT05")).toMatchObject({ stt: "(5)", quote: null, name: "" });
    const typed = run(
      next,
      { type: "editCell", key: keyOf(next, "CT05"), field: "name", value: "Số hộ dùng nước sạch" },
      { type: "editCell", key: keyOf(next, "CT05"), field: "unit", value: "hộ" },
      { type: "editCell", key: keyOf(next, "CT05"), field: "target", value: "1.200" },
    );
    const result = validatePlan(editorToPlanInput(typed));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.sections[1]?.indicators[2]).toMatchObject({ code: "CT05", stt: "(5)", source: { origin: "entered" } });
  });

  test("codes stay stable: deleting a row renumbers nothing, and its code is not given to the next new row while a later one exists", () => {
    const next = run(start, { type: "deleteRow", key: keyOf(start, "CT02") }, { type: "addRow", section: start.sections[0]?.key ?? "", after: keyOf(start, "CT01") });
    expect(codes(next)).toEqual(["CT01", "CT05", "CT03", "CT03.1", "CT03.2", "CT04"]);
    expect(nextCode(new Set(["CT01", "CT03"]), null)).toBe("CT04");
    expect(nextCode(new Set(["CT03", "CT03.1", "CT03.2"]), "CT03")).toBe("CT03.3");
  });

  test("a part is added under its parent and deleted with it", () => {
    const next = run(start, { type: "addPart", key: keyOf(start, "CT03") });
    expect(codes(next)).toEqual(["CT01", "CT02", "CT03", "CT03.1", "CT03.2", "CT03.3", "CT04"]);
    expect(rowOf(next, "CT03.3")?.stt).toBe("-");
    expect(codes(run(next, { type: "deleteRow", key: keyOf(next, "CT03") }))).toEqual(["CT01", "CT02", "CT04"]);
  });

  test("moving a row swaps it with its neighbour, and at a section's edge carries it into the next section", () => {
    const up = run(start, { type: "moveRow", key: keyOf(start, "CT02"), by: -1 });
    expect(codes(up)).toEqual(["CT02", "CT01", "CT03", "CT03.1", "CT03.2", "CT04"]);
    const across = run(start, { type: "moveRow", key: keyOf(start, "CT02"), by: 1 });
    expect(across.sections[0]?.rows.map((r) => r.code)).toEqual(["CT01"]);
    expect(across.sections[1]?.rows.map((r) => r.code)).toEqual(["CT02", "CT03", "CT04"]);
    const firstUp = run(start, { type: "moveRow", key: keyOf(start, "CT01"), by: -1 });
    expect(firstUp).toEqual(start);
    const part = run(start, { type: "moveRow", key: keyOf(start, "CT03.2"), by: -1 });
    expect(codes(part)).toEqual(["CT01", "CT02", "CT03", "CT03.2", "CT03.1", "CT04"]);
  });

  test("sections are added, renamed, moved and deleted; an empty section is left out of the plan", () => {
    const added = run(start, { type: "addSection", after: start.sections[0]?.key ?? null });
    const section = added.sections[1]?.key ?? "";
    const named = run(added, { type: "editSection", key: section, field: "title", value: "Về môi trường" }, { type: "editSection", key: section, field: "code", value: "3" });
    expect(named.sections.map((s) => s.title)).toEqual(["Về kinh tế", "Về môi trường", "Về xã hội"]);
    expect(editorToPlanInput(named).sections.map((s) => s.title)).toEqual(["Về kinh tế", "Về xã hội"]);
    const moved = run(named, { type: "moveSection", key: section, by: 1 });
    expect(moved.sections.map((s) => s.title)).toEqual(["Về kinh tế", "Về xã hội", "Về môi trường"]);
    const removed = run(moved, { type: "deleteSection", key: start.sections[0]?.key ?? "" });
    expect(codes(removed)).toEqual(["CT03", "CT03.1", "CT03.2", "CT04"]);
  });

  test("a suggested agency is confirmed, or replaced by what the officer types; both become the plan's", () => {
    const confirmed = run(start, { type: "confirmAgency", key: keyOf(start, "CT01"), name: "Công chức Tài chính - Kế toán" });
    expect(rowOf(confirmed, "CT01")?.agency).toEqual({ name: "Công chức Tài chính - Kế toán", origin: "document" });
    const typed = run(start, { type: "editCell", key: keyOf(start, "CT04"), field: "agency", value: "" });
    expect(rowOf(typed, "CT04")?.agency).toBeNull();
  });

  test("the heading: a dd/mm/yyyy date, a period over several years, the annex title as it should print", () => {
    const next = run(
      start,
      { type: "editHeading", field: "date", value: "05/02/2024" },
      { type: "editHeading", field: "period", value: "2021-2025" },
      { type: "editHeading", field: "annexTitle", value: "CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2025" },
    );
    const result = validatePlan(editorToPlanInput(next));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.document.date).toBe("2024-02-05");
    expect(result.plan.period).toMatchObject({ from: 2021, to: 2025 });
    expect(result.plan.annexHeading.title).toBe("CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2025");
  });

  test("problems show beside their rows: a blank name as an error, a missing agency as the review's finding; heading problems apart", () => {
    const next = run(start, { type: "editCell", key: keyOf(start, "CT01"), field: "name", value: " " }, { type: "setLevel", level: "" });
    const check = checkEditor(next);
    expect(check.plan).toBeNull();
    expect(check.rows.get(keyOf(start, "CT01"))?.[0]?.severity).toBe("loi");
    expect(check.general.length).toBeGreaterThan(0);

    const valid = checkEditor(start);
    expect(valid.plan).not.toBeNull();
    const missingAgency = valid.rows.get(keyOf(start, "CT01")) ?? [];
    expect(missingAgency.some((note) => /cơ quan/i.test(note.text))).toBe(true);
    expect(valid.rows.has(keyOf(start, "CT04"))).toBe(false);
  });

  test("the target's reading is the core's; a suggestion is offered only where the plan names no agency", () => {
    expect(targetReading("từ 95% trở lên", "%")).toBe("≥ 95%");
    expect(targetReading("Hoàn thành", "")).toBe("định tính, đánh giá thủ công");
    expect(targetReading(" ", "%")).toBeNull();
    const [economy] = editorRows(start);
    const insurance = editorRows(start).find(({ row }) => row.code === "CT04");
    expect(agencySuggestion(start, economy?.row ?? fail(), null)).toMatch(/Tài chính/);
    expect(agencySuggestion(start, insurance?.row ?? fail(), null)).toBeNull();
    expect(agencySuggestion(run(start, { type: "setLevel", level: "" }), economy?.row ?? fail(), null)).toBeNull();
  });

  test("the next STT follows the plan's numbering style", () => {
    expect(nextStt("3")).toBe("4");
    expect(nextStt("(9)")).toBe("(10)");
    expect(nextStt("3.")).toBe("4.");
    expect(nextStt("b)")).toBe("c)");
    expect(nextStt("-")).toBe("-");
    expect(nextStt(null)).toBe("1");
  });
});
