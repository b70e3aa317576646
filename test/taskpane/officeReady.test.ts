import { detectOffice, insideOffice, startupNotice, type OfficeScope } from "../../src/taskpane/officeReady";

const HostType = { Excel: "Excel", Word: "Word" } as unknown as typeof Office.HostType;

/** office.js as a page sees it: onReady answers after `afterMs` (never when null) with `host`. */
function office(host: string | null, afterMs: number | null, excelApi = "1.7"): OfficeScope["Office"] {
  return {
    HostType,
    onReady: () =>
      new Promise((resolve) => {
        if (afterMs !== null) setTimeout(() => resolve({ host, platform: null } as unknown as { host: Office.HostType; platform: Office.PlatformType }), afterMs);
      }) as ReturnType<typeof Office.onReady>,
    context: { requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number(version?.split(".")[1]) <= Number(excelApi.split(".")[1]) } },
  };
}

/** The pane as Excel desktop opens it: "_host_Info" in its address. */
const inExcelFrame = { location: { search: "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0" } };

describe("detectOffice", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function settle<T>(promise: Promise<T>, ms: number): Promise<T> {
    await jest.advanceTimersByTimeAsync(ms);
    return promise;
  }

  it("a plain browser without office.js is file mode at once", async () => {
    await expect(detectOffice({ scope: {} })).resolves.toEqual({ kind: "notOffice" });
  });

  it("Excel answering is the live workbook; Word is not", async () => {
    await expect(settle(detectOffice({ scope: { ...inExcelFrame, Office: office("Excel", 100) } }), 200)).resolves.toEqual({ kind: "excel" });
    await expect(settle(detectOffice({ scope: { ...inExcelFrame, Office: office("Word", 100) } }), 200)).resolves.toEqual({ kind: "notOffice" });
  });

  it("an Excel below ExcelApi 1.7 is told so, not treated as a browser", async () => {
    await expect(settle(detectOffice({ scope: { ...inExcelFrame, Office: office("Excel", 10, "1.6") } }), 20)).resolves.toEqual({ kind: "tooOld" });
  });

  it("inside Excel a slow start (20 s) is waited for, not turned into file mode after 5 s", async () => {
    const status = detectOffice({ scope: { ...inExcelFrame, Office: office("Excel", 20_000) } });
    await expect(settle(status, 21_000)).resolves.toEqual({ kind: "excel" });
  });

  it("inside Excel an Office that never answers is reported as timed out, never silently as a browser", async () => {
    const status = detectOffice({ scope: { ...inExcelFrame, Office: office("Excel", null) }, officeTimeoutMs: 30_000 });
    const result = await settle(status, 31_000);
    expect(result).toEqual({ kind: "timedOut", seconds: 30 });
    expect(startupNotice(result)).toMatch(/Excel chưa trả lời.*30 giây.*chế độ tệp/);
  });

  it("a plain browser whose office.js never answers is file mode after the short wait, without a notice", async () => {
    const result = await settle(detectOffice({ scope: { Office: office(null, null) } }), 5_100);
    expect(result).toEqual({ kind: "notOffice" });
    expect(startupNotice(result)).toBeNull();
  });
});

describe("insideOffice", () => {
  it("reads the signs Office leaves before office.js answers", () => {
    expect(insideOffice(inExcelFrame)).toBe(true);
    expect(insideOffice({ location: { search: "", hash: "#_host_Info=Excel$Web$16.01$vi-VN" } })).toBe(true);
    expect(insideOffice({ sessionStorage: { getItem: (key) => (key === "hostInfoValue" ? "Excel$Mac$16.01" : null) } })).toBe(true);
    expect(insideOffice({ chrome: { webview: {} } })).toBe(true);
    expect(insideOffice({ name: JSON.stringify({ hostInfo: "Excel|Web|16.00|vi-VN" }) })).toBe(true);
    const self = {};
    expect(insideOffice({ parent: {}, self })).toBe(true);
    expect(insideOffice({ parent: self, self, location: { search: "?x=1" } })).toBe(false);
  });
});
