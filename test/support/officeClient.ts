/**
 * Microsoft's own Office.js Excel client (excel-web-16.00.js from @microsoft/office-js, the script
 * Excel on the web loads) run in a Node vm, so that the add-in's Excel.run, load, sync, null
 * objects, requirement-set refusals (_throwIfApiNotSupported), request flags (delayForCellEdit)
 * and the exact request messages are the client's, not ours. Its transport, the one function
 * Office provides (OSF.DDA.RichApi.executeRichApiRequestAsync), is answered by a fake Excel
 * (richApiServer.ts over the double's workbook); events come back through the client's own
 * rich-API message path.
 */
import { readFileSync } from "node:fs";
import { createContext, Script } from "node:vm";

const SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

let compiled: Script | null = null;

/** The raw reply of Excel to one request: the response body, or an Office.js transport error code. */
export type Transport = { body: string } | { errorCode: number; message: string };

export interface ClientOptions {
  /** Office.context.requirements.isSetSupported of the emulated Excel. */
  isSetSupported(name: string, version?: string): boolean;
  /** Excel's side: one request (body text, request flags) answered. */
  execute(body: string, flags: number): Promise<Transport>;
}

export interface RealClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** Delivers a rich-API event message (worksheet changed) to the client, as Office does. */
  deliver(entries: { messageType: number; targetId: string; message: string }[]): void;
}

const EVENT_CATEGORY = 65536;

export function loadRealClient(options: ClientOptions): RealClient {
  compiled ??= new Script(readFileSync(SCRIPT, "utf8"), { filename: "excel-web-16.00.js" });
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0" },
    location: { href: "https://localhost:3000/taskpane.html", search: "", hash: "", protocol: "https:", host: "localhost:3000", hostname: "localhost" },
    document: {
      readyState: "complete",
      cookie: "",
      getElementsByTagName: () => [],
      addEventListener() {},
      createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
    },
    addEventListener() {},
    removeEventListener() {},
    Promise,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  compiled.runInContext(sandbox);

  // What office.js provides once Office has started the add-in: requirement sets and the transport.
  // Office.context is a getter of office.js: the page's Office is shadowed by one whose context is ours.
  sandbox.Office = Object.create(sandbox.Office as object, { context: { value: { requirements: { isSetSupported: options.isSetSupported } } } });
  const osf = sandbox.OSF as { DDA: { RichApi: Record<string, unknown> } };
  osf.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: (result: unknown) => void) => {
    const body = String(message[4]);
    const flags = Number(message[6]);
    void options.execute(body, flags).then((reply) =>
      callback(
        "body" in reply
          ? { status: "succeeded", value: { data: [200, [], reply.body] } }
          : { status: "failed", error: { code: reply.errorCode, message: reply.message } },
      ),
    );
  };
  const extension = sandbox.OfficeExtension as typeof OfficeExtension & {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
  extension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return {
    Excel: sandbox.Excel as typeof Excel,
    OfficeExtension: extension,
    deliver: (entries) =>
      extension._testTriggerRichApiMessageEvent({ entries: entries.map((entry) => ({ messageCategory: EVENT_CATEGORY, ...entry })) }),
  };
}
