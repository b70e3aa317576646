import { errorText } from "../../src/taskpane/view/errorText";

describe("errorText", () => {
  test("a Vietnamese message from the core or a host is shown as it is, with its subject", () => {
    const error = new Error("Tệp không phải bảng tính Excel (.xlsx): tệp rỗng (0 byte).");
    expect(errorText("Mở tệp", error)).toBe(error.message);
    expect(errorText("Mở tệp", error, "so-lieu.xlsx")).toBe(`so-lieu.xlsx: ${error.message}`);
  });

  test("a library's English message is wrapped in Vietnamese that says what to do", () => {
    const text = errorText("Tạo phụ lục", new TypeError("Cannot read properties of undefined"));
    expect(text).toMatch(/^Tạo phụ lục không thành công\. Hãy thử lại/);
    expect(text).toContain("Chi tiết kỹ thuật: Cannot read properties of undefined");
  });

  test("something that is not an Error still gets a sentence", () => {
    expect(errorText("Kiểm tra số liệu", 42)).toMatch(/^Kiểm tra số liệu không thành công\./);
    expect(errorText("Kiểm tra số liệu", 42)).not.toContain("Chi tiết");
  });
});
