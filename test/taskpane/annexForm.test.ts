import { seedPlan } from "../support/seeds";
import { formOptions, INITIAL_FORM, milestoneChoices, shownActualsLabel } from "../../src/taskpane/view/annexForm";

describe("the Tạo phụ lục form", () => {
  const tienLu = seedPlan("tien-lu-2024");
  const cauNgang = seedPlan("cau-ngang-2030");

  test("shows the default actuals label until the user types one, and stores the default as null", () => {
    expect(shownActualsLabel(tienLu, INITIAL_FORM)).toBe("Ước thực hiện năm 2024");
    expect(formOptions(tienLu, INITIAL_FORM)).toEqual({ actualsLabel: null, against: null, locality: null, deadline: null, copy: "working", lastYear: false });
    expect(formOptions(tienLu, { ...INITIAL_FORM, actualsLabel: "  Ước thực hiện năm 2024 " }).actualsLabel).toBeNull();
    expect(formOptions(tienLu, { ...INITIAL_FORM, actualsLabel: "   " }).actualsLabel).toBeNull();
    expect(formOptions(tienLu, { ...INITIAL_FORM, actualsLabel: " Thực hiện 6 tháng " }).actualsLabel).toBe("Thực hiện 6 tháng");
  });

  test("offers milestones only for plans that have them; the default label follows the milestone", () => {
    expect(milestoneChoices(tienLu)).toEqual([]);
    const choices = milestoneChoices(cauNgang);
    expect(choices.map((c) => c.value)).toEqual([null, "2025"]);
    expect(choices.map((c) => c.label)).toEqual(["Chỉ tiêu đến năm 2030", "Mốc năm 2025"]);
    const form = { ...INITIAL_FORM, against: "2025" };
    expect(shownActualsLabel(cauNgang, form)).toBe("Ước thực hiện năm 2025");
    expect(formOptions(cauNgang, form)).toEqual({ actualsLabel: null, against: "2025", locality: null, deadline: null, copy: "working", lastYear: false });
  });

  test("a milestone the plan does not have is not passed on", () => {
    expect(formOptions(tienLu, { ...INITIAL_FORM, against: "2025" }).against).toBeNull();
  });

  test("locality is trimmed, blank means none", () => {
    expect(formOptions(tienLu, { ...INITIAL_FORM, locality: "  Xã Đức Thạnh " }).locality).toBe("Xã Đức Thạnh");
    expect(formOptions(tienLu, { ...INITIAL_FORM, locality: " " }).locality).toBeNull();
  });

  test("So với cùng kỳ chosen in the form becomes the annex option (issue 12 item 6)", () => {
    expect(formOptions(tienLu, { ...INITIAL_FORM, lastYear: true }).lastYear).toBe(true);
    expect(INITIAL_FORM.lastYear).toBe(false);
  });
});
