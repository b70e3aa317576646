import { unreadableFile, type ReceivedFile } from "../../src/core/consolidate";
import { readOneByOne, type ReadProgress } from "../../src/taskpane/readOneByOne";
import type { FileLike, PickedFile } from "../../src/taskpane/view/receivedFiles";
import { received, smallPlan } from "../core/consolidate/support";

const picked = (n: number): PickedFile<FileLike>[] => Array.from({ length: n }, (_, i) => ({ source: `${i + 1}.xlsx`, file: { name: `${i + 1}.xlsx`, size: 1, lastModified: 1 } }));
const read = async (p: PickedFile<FileLike>): Promise<ReceivedFile> => unreadableFile(p.source, "thử");

describe("reading the picked files one by one", () => {
  test("in order, saying which file is being read, with a turn for the UI before each", async () => {
    const events: string[] = [];
    const result = await readOneByOne(picked(3), {
      read: async (p) => {
        events.push(`đọc ${p.source}`);
        return read(p);
      },
      onProgress: (p: ReadProgress) => events.push(`${p.reading}/${p.total}`),
      signal: new AbortController().signal,
      yieldToUi: async () => {
        events.push("nhường");
      },
    });
    expect(result?.map((r) => r.source)).toEqual(["1.xlsx", "2.xlsx", "3.xlsx"]);
    expect(events).toEqual(["1/3", "nhường", "đọc 1.xlsx", "2/3", "nhường", "đọc 2.xlsx", "3/3", "nhường", "đọc 3.xlsx", "nhường"]);
  });

  test("stopped while a file is read: that file finishes, no other is read, and there is no result", async () => {
    const controller = new AbortController();
    const sources: string[] = [];
    const result = await readOneByOne(picked(5), {
      read: async (p) => {
        sources.push(p.source);
        if (p.source === "2.xlsx") controller.abort();
        return read(p);
      },
      onProgress: () => undefined,
      signal: controller.signal,
    });
    expect(result).toBeNull();
    expect(sources).toEqual(["1.xlsx", "2.xlsx"]);
  });

  test("files of one template share one plan, as the workers' path keeps them: hundreds of files hold one copy", async () => {
    const plan = smallPlan();
    const result = await readOneByOne(picked(3), {
      // Each file read alone comes with its own copy of the plan.
      read: async (p) => received(p.source, plan, { locality: `Xã ${p.source}` }, { CT01: 1 }),
      onProgress: () => undefined,
      signal: new AbortController().signal,
    });
    const plans = (result ?? []).map((r) => (r.ok ? r.report.plan : null));
    expect(plans[0]).not.toBeNull();
    expect(plans[1]).toBe(plans[0]);
    expect(plans[2]).toBe(plans[0]);
    expect((result ?? []).map((r) => (r.ok ? r.report.locality : null))).toEqual(["Xã 1.xlsx", "Xã 2.xlsx", "Xã 3.xlsx"]);
  });
});
