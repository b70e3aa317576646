import { decodeListFile, expectedList, expectedSentence } from "../../src/taskpane/view/expectedList";
import { addPicked, pickSentence, type FileLike } from "../../src/taskpane/view/receivedFiles";

const file = (name: string, path = "", size = 100, lastModified = 1): FileLike => ({ name, size, lastModified, webkitRelativePath: path });

describe("picking received files", () => {
  test("a folder gives its annex workbooks, by path; other files and Excel's lock files are counted, not read", () => {
    const picked = addPicked([], [file("b.xlsx", "nhan/dot-2/b.xlsx"), file("ghi-chu.docx", "nhan/ghi-chu.docx"), file("~$a.xlsx", "nhan/~$a.xlsx"), file("a.XLSX", "nhan/a.XLSX")], true);
    expect(picked.files.map((p) => p.source)).toEqual(["nhan/a.XLSX", "nhan/dot-2/b.xlsx"]);
    expect(picked).toMatchObject({ added: 2, skipped: 2, repeated: 0 });
    expect(pickSentence(picked)).toBe("Đã thêm 2 tệp; bỏ qua 2 tệp không phải .xlsx.");
  });

  test("files picked one by one are all read, in the order given (a wrong one is then reported with its reason)", () => {
    const picked = addPicked([], [file("z.xlsx"), file("bao-cao.pdf"), file("a.xlsx")], false);
    expect(picked.files.map((p) => p.source)).toEqual(["z.xlsx", "bao-cao.pdf", "a.xlsx"]);
  });

  test("picks add up, and the same file picked again is read once; a changed file of the same name is another", () => {
    const first = addPicked([], [file("a.xlsx"), file("b.xlsx")], false);
    const second = addPicked(first.files, [file("a.xlsx"), file("b.xlsx", "", 100, 2), file("c.xlsx")], false);
    expect(second.files.map((p) => p.source)).toEqual(["a.xlsx", "b.xlsx", "b.xlsx", "c.xlsx"]);
    expect(second).toMatchObject({ added: 2, repeated: 1 });
    expect(pickSentence(addPicked(second.files, [file("a.xlsx")], false))).toBe("Không thêm tệp nào; 1 tệp đã có trong danh sách.");
  });
});

describe("the list of localities expected to report", () => {
  test("read by the core: blank lines, comments and repeats left out; nothing listed means no list", () => {
    const list = expectedList("# Huyện Mẫu\nXã An Bình\n\n  xã  an bình \nPhường Hòa Bình\n");
    expect(list).toEqual({ names: ["Xã An Bình", "Phường Hòa Bình"], repeated: ["xã an bình"] });
    expect(expectedSentence(list)).toBe("2 đơn vị phải báo cáo; bỏ qua tên lặp lại: xã an bình.");
    expect(expectedList(" \n# chỉ có ghi chú\n").names).toBeNull();
    expect(expectedSentence(expectedList(""))).toMatch(/^Chưa có danh sách/);
  });

  test("a list file in UTF-8, or Notepad's Unicode (UTF-16), is read; an old code page is refused with what to do", () => {
    const text = "Xã Đức Thạnh\nXã An Bình";
    expect(decodeListFile(new TextEncoder().encode(`\uFEFF${text}`), "ds.txt")).toEqual({ ok: true, text });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    const decoded = decodeListFile(utf16, "ds.txt");
    expect(decoded.ok && expectedList(decoded.text).names).toEqual(["Xã Đức Thạnh", "Xã An Bình"]);
    // "Xã" in Windows-1258: 0xE3 alone is not UTF-8.
    const legacy = decodeListFile(new Uint8Array([0x58, 0xe3, 0x20, 0x41]), "ds.txt");
    expect(legacy.ok).toBe(false);
    expect(!legacy.ok && legacy.message).toMatch(/^ds\.txt: tệp không ở dạng UTF-8.*UTF-8/);
  });
});
