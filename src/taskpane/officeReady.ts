/**
 * Where the pane is running, decided once at start-up. office.js comes from Microsoft's CDN
 * (taskpane.html); in a plain browser it is missing (no network, blocked) or reports no host, and
 * the pane starts in file mode at once. Inside Office the pane is framed by it (an iframe in
 * Office on the web, a WebView2 or WKWebView in desktop Excel, with "_host_Info" in its address):
 * there a slow Office.onReady is waited for much longer, and if it never answers the pane says so
 * (timedOut) instead of quietly acting as if there were no Excel.
 */

/** What start-up found; the pane shows each one differently (App, hostChoice). */
export type OfficeStatus =
  /** Excel with the add-in's baseline (ExcelApi 1.7): the pane works on the open workbook. */
  | { kind: "excel" }
  /** A plain browser, or an Office application that is not Excel: file mode, nothing to say. */
  | { kind: "notOffice" }
  /** Excel without ExcelApi 1.7: file mode, and the pane says why. */
  | { kind: "tooOld" }
  /** Inside Office, but Office.onReady did not answer in time: file mode, and the pane says so. */
  | { kind: "timedOut"; seconds: number };

export interface DetectOptions {
  /** How long a plain browser's office.js may take to say there is no host. */
  browserTimeoutMs?: number;
  /** How long Office may take to start the add-in inside Excel (Excel on the web can be slow). */
  officeTimeoutMs?: number;
  /** The global object (tests pass their own). */
  scope?: OfficeScope;
}

/** The parts of the page's global object detection looks at. */
export interface OfficeScope {
  Office?: Pick<typeof Office, "onReady" | "HostType"> & { context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } } };
  location?: { search?: string; hash?: string };
  /** Office on the web passes the host in the frame's name ({"hostInfo": …}). */
  name?: string;
  sessionStorage?: { getItem(key: string): string | null };
  parent?: unknown;
  self?: unknown;
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: Record<string, unknown> };
  external?: unknown;
}

/** The add-in's baseline, as in manifest.xml and apiSupport.ts. */
const BASELINE = "1.7";

export async function detectOffice(options: DetectOptions = {}): Promise<OfficeStatus> {
  const scope = options.scope ?? (globalThis as unknown as OfficeScope);
  const office = scope.Office;
  const framed = insideOffice(scope);
  if (office === undefined || typeof office.onReady !== "function") return framed ? { kind: "timedOut", seconds: 0 } : { kind: "notOffice" };
  const limit = framed ? (options.officeTimeoutMs ?? 60_000) : (options.browserTimeoutMs ?? 5_000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.resolve(office.onReady()).then(
    (info): OfficeStatus => {
      if (info.host !== office.HostType.Excel) return { kind: "notOffice" };
      const supported = office.context?.requirements?.isSetSupported("ExcelApi", BASELINE) ?? false;
      return supported ? { kind: "excel" } : { kind: "tooOld" };
    },
    (): OfficeStatus => (framed ? { kind: "timedOut", seconds: 0 } : { kind: "notOffice" }),
  );
  const timeout = new Promise<OfficeStatus>((resolve) => {
    timer = setTimeout(() => resolve(framed ? { kind: "timedOut", seconds: Math.round(limit / 1000) } : { kind: "notOffice" }), limit);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Signs that Office opened this page, visible before office.js answers: Office adds "_host_Info"
 * to the pane's address or frame name (and office.js keeps it in sessionStorage), desktop Excel
 * hosts the page in WebView2 (chrome.webview), WKWebView (webkit.messageHandlers) or a webview
 * with window.external, and Excel on the web frames it.
 */
export function insideOffice(scope: OfficeScope): boolean {
  const address = `${scope.location?.search ?? ""}${scope.location?.hash ?? ""}`;
  if (/[?&#]_host_Info=/i.test(address)) return true;
  if (typeof scope.name === "string" && scope.name.includes('"hostInfo"')) return true;
  try {
    if (scope.sessionStorage?.getItem("hostInfoValue")) return true;
  } catch {
    // Storage can be refused (private mode); the other signs remain.
  }
  if (scope.chrome?.webview !== undefined) return true;
  if (scope.webkit?.messageHandlers?.Office !== undefined) return true;
  return scope.parent !== undefined && scope.self !== undefined && scope.parent !== scope.self;
}

/** What the pane tells the user about how it started, or null when there is nothing to say. */
export function startupNotice(status: OfficeStatus): string | null {
  switch (status.kind) {
    case "excel":
    case "notOffice":
      return null;
    case "tooOld":
      return (
        // The requirement set (ExcelApi ${BASELINE}) is the developers' word; people know Excel by its version.
        "Phiên bản Excel này quá cũ để Phụ lục ghi trực tiếp vào sổ làm việc (cần Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web), nên Phụ lục " +
        "không ghi trực tiếp vào sổ làm việc được. Hãy tạo và tải tệp phụ lục ở đây rồi mở tệp đó bằng Excel."
      );
    case "timedOut":
      return (
        "Excel chưa trả lời ngăn Phụ lục" +
        (status.seconds > 0 ? ` sau ${status.seconds} giây` : "") +
        ", nên ngăn đang chạy ở chế độ tệp: mọi thay đổi là tệp tải về, không ghi vào sổ làm việc đang mở. " +
        "Đóng ngăn rồi mở lại (hoặc tải lại trang, F5) để kết nối lại với Excel."
      );
  }
}
