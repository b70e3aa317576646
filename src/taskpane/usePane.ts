/**
 * The pane's state and actions, shared by its steps. Every decision is the core's (loadPlan,
 * planGeneration through the host, assessPlan, reviewPlan); this wires them to the host, keeps one
 * action running at a time and turns failures into messages that say what to do.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { annexLayout, unconfirmedAgencies, unconfirmedMessage, withHeading, type AnnexReading, type HeadingChange } from "../core/annex";
import { renderWorkbook } from "../hosts/xlsx/render";
import { withSeen, type Finding } from "../core/check/review";
import { labelOfCode, loadPlan, type Plan, type PlanError } from "../core/model";
import type { GenerateOutcome } from "../hosts/annexHost";
import { BUNDLED_SEEDS } from "./bundledSeeds";
import { saveWorkbook } from "./download";
import type { PaneHost } from "./hostChoice";
import { formOptions, type AnnexForm } from "./view/annexForm";
import { checkAnnex, withChanges, type CheckResult, type OpenAnnex } from "./view/checkList";
import { useConsolidation, type ConsolidationActions, type ConsolidationState } from "./useConsolidation";
import { useAssign, type AssignActions, type AssignState } from "./useAssign";
import { errorText } from "./view/errorText";

export type StepId = "plan" | "generate" | "check" | "review" | "assign" | "consolidate";
export type Busy =
  | "plan-file"
  | "annex-file"
  | "generate"
  | "issue"
  | "check"
  | "download"
  | "list-file"
  | "consolidate"
  | "consolidation-sheets"
  | "consolidation-file"
  | "assign-table"
  | "assign-read"
  | "assign-annexes"
  | "seen";

export interface CurrentPlan {
  /** Where the plan came from, as the user knows it: a seed's name, a file name. */
  source: string;
  seedId: string | null;
  plan: Plan;
}

export interface Notice {
  step: StepId;
  intent: "error" | "warning" | "success" | "info";
  text: string;
}

export interface PaneState {
  plan: CurrentPlan | null;
  /** The last plan file that could not be loaded, with every problem in it. */
  planProblem: { source: string; errors: PlanError[] } | null;
  annex: OpenAnnex | null;
  /** The file the annex is in (file mode), or null in Excel. */
  annexFile: string | null;
  outcome: GenerateOutcome | null;
  check: CheckResult | null;
  busy: Busy | null;
  notice: Notice | null;
  /** The code last selected from a list, highlighted there. */
  selected: string | null;
  consolidation: ConsolidationState;
  assign: AssignState;
}

export interface PaneActions {
  chooseSeed(id: string): void;
  openPlanFile(file: File): void;
  /** A plan read from a document and checked in the import editor becomes the plan. */
  adoptPlan(plan: Plan, source: string): void;
  /** Writes the names, targets and agencies changed in the annex sheet into its plan (the annex is generated again, entries kept). */
  applySheetEdits(step: StepId): void;
  openAnnexFile(file: File, step: StepId): void;
  generate(form: AnnexForm): void;
  /** The heading as the document prints it (số, ngày, title, "Kèm theo" line), kept in the plan. */
  setHeading(change: HeadingChange): void;
  /** The plan's ngưỡng Vượt (in %), written into the annex when it is next generated. */
  setExceedMargin(margin: number): void;
  /** "Bản để ban hành": the same table without shading, marks or guidance; refuses while suggestions wait. */
  issue(form: AnnexForm): void;
  runCheck(): void;
  /**
   * Marks a review finding "đã xem" (or not) in the open annex's workbook, so it stops coming back
   * there; `current` is the whole review, so marks of findings no longer made are dropped.
   */
  markSeen(finding: Finding, mark: boolean, current: readonly Finding[]): void;
  select(code: string, step: StepId): void;
  downloadAnnex(): void;
  downloadChecked(): void;
  dismissNotice(): void;
  consolidation: ConsolidationActions;
  assign: AssignActions;
}

const ISSUED_SHEET_NAME = "Bản ban hành";

const NO_ANNEX_EXCEL = "Sổ làm việc chưa có phụ lục: tạo phụ lục ở bước «Tạo phụ lục» trước, rồi nhập số liệu vào cột thực hiện.";
const NO_ANNEX_FILE = "Chưa có phụ lục: tạo phụ lục ở bước «Tạo phụ lục», hoặc mở tệp phụ lục (.xlsx) đã nhập số liệu.";

export function usePane(paneHost: PaneHost): [PaneState, PaneActions] {
  const { host } = paneHost;
  const [plan, setPlan] = useState<CurrentPlan | null>(null);
  const [planProblem, setPlanProblem] = useState<PaneState["planProblem"]>(null);
  const [annex, setAnnex] = useState<OpenAnnex | null>(null);
  const [annexFile, setAnnexFile] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // A ref as well as state: two quick clicks must not start two actions before React re-renders.
  const running = useRef(false);

  const run = useCallback((kind: Busy, step: StepId, failure: string, action: () => Promise<void>, subject?: string) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setNotice(null);
    action()
      .catch((error: unknown) => setNotice({ step, intent: "error", text: errorText(failure, error, subject) }))
      .finally(() => {
        running.current = false;
        setBusy(null);
      });
  }, []);

  const [consolidation, consolidationActions] = useConsolidation(paneHost, run, setNotice);
  const [assign, assignActions] = useAssign(run, setNotice);

  const showAnnex = useCallback(
    (reading: AnnexReading | null, step: StepId): reading is OpenAnnex => {
      if (reading === null) {
        setNotice({ step, intent: "warning", text: paneHost.mode === "excel" ? NO_ANNEX_EXCEL : NO_ANNEX_FILE });
        return false;
      }
      if (!reading.ok) {
        setNotice({ step, intent: "error", text: reading.error });
        return false;
      }
      setAnnex(reading);
      setCheck(checkAnnex(reading));
      if (paneHost.mode === "file") setAnnexFile(paneHost.host.current()?.name ?? null);
      return true;
    },
    [paneHost],
  );

  // Inside Excel the workbook may already hold an annex: its plan is the one to work with.
  useEffect(() => {
    if (paneHost.mode !== "excel") return;
    let live = true;
    host
      .readAnnex()
      .then((reading) => {
        if (!live || reading === null) return;
        if (!reading.ok) {
          setNotice({ step: "plan", intent: "warning", text: reading.error });
          return;
        }
        setAnnex(reading);
        setCheck(checkAnnex(reading));
        setPlan({ source: "Phụ lục trong sổ làm việc", seedId: null, plan: reading.plan });
      })
      .catch((error: unknown) => live && setNotice({ step: "plan", intent: "error", text: errorText("Đọc phụ lục trong sổ làm việc", error) }));
    return () => {
      live = false;
    };
  }, [host, paneHost.mode]);

  // Live checking in Excel: an officer types an actual, the counts follow. The host reports the
  // changed cells; the latest reading is kept in a ref so that the listener, set up once, sees it.
  const annexRef = useRef<OpenAnnex | null>(null);
  annexRef.current = annex;
  const subscribeLive = annex !== null && host.onActualsChanged !== undefined;
  useEffect(() => {
    if (!subscribeLive || host.onActualsChanged === undefined) return;
    let unsubscribe: (() => void) | null = null;
    let live = true;
    const stop = (off: () => void) => {
      // An unsubscribe that fails (Excel closing, the sheet deleted) has nothing left to undo.
      Promise.resolve(off()).catch(() => undefined);
    };
    host
      .onActualsChanged((changes) => {
        const current = annexRef.current;
        if (!live || current === null || changes.length === 0) return;
        const next = withChanges(current, changes);
        annexRef.current = next;
        setAnnex(next);
        setCheck(checkAnnex(next));
      })
      .then((off) => {
        if (live) unsubscribe = off;
        else stop(off);
      })
      .catch((error: unknown) => live && setNotice({ step: "check", intent: "warning", text: errorText("Theo dõi thay đổi số liệu", error) }));
    return () => {
      live = false;
      if (unsubscribe !== null) stop(unsubscribe);
    };
  }, [host, subscribeLive]);

  const actions: PaneActions = {
    chooseSeed(id) {
      const seed = BUNDLED_SEEDS.find((s) => s.id === id);
      if (seed === undefined) return;
      const result = seed.load();
      setNotice(null);
      if (result.ok) {
        setPlan({ source: seed.label, seedId: seed.id, plan: result.plan });
        setPlanProblem(null);
      } else {
        setPlanProblem({ source: seed.label, errors: result.errors });
      }
    },

    openPlanFile(file) {
      run("plan-file", "plan", `Mở tệp ${file.name}`, async () => {
        const result = loadPlan(await file.text());
        if (result.ok) {
          setPlan({ source: file.name, seedId: null, plan: result.plan });
          setPlanProblem(null);
        } else {
          setPlanProblem({ source: file.name, errors: result.errors });
        }
      }, file.name);
    },

    openAnnexFile(file, step) {
      if (paneHost.mode !== "file") return;
      run("annex-file", step, `Mở tệp ${file.name}`, async () => {
        const reading = await paneHost.host.open({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        if (!reading.ok) {
          setNotice({ step, intent: "error", text: `${file.name}: ${reading.error}` });
          return;
        }
        showAnnex(reading, step);
        setPlan({ source: `Phụ lục trong tệp ${file.name}`, seedId: null, plan: reading.plan });
        setPlanProblem(null);
        setOutcome(null);
        setSelected(null);
        const filled = [...reading.entries.values()].filter((e) => e.actual.value !== null).length;
        const where = step === "check" ? "" : " Kết quả ở bước «Kiểm tra số liệu».";
        setNotice({ step, intent: "success", text: `Đã mở ${file.name}: ${filled} ô số liệu đã nhập.${where}` });
      }, file.name);
    },

    generate(form) {
      if (plan === null) return;
      run("generate", "generate", "Tạo phụ lục", async () => {
        const options = formOptions(plan.plan, form);
        const result = await host.generate(plan.plan, options, annex === null ? "update" : form.mode);
        setOutcome(result);
        setSelected(null);
        showAnnex(await host.readAnnex(), "generate");
      });
    },

    setHeading(change) {
      if (plan === null) return;
      setPlan({ ...plan, plan: withHeading(plan.plan, change) });
    },

    setExceedMargin(margin) {
      if (plan === null) return;
      setPlan({ ...plan, plan: { ...plan.plan, exceedMargin: margin } });
    },

    issue(form) {
      if (plan === null) return;
      run("issue", "generate", "Tạo bản để ban hành", async () => {
        // The officer may have confirmed suggestions in the sheet since it was last read.
        const reading = await host.readAnnex();
        const same = reading !== null && reading.ok && reading.plan.id === plan.plan.id ? reading : null;
        const entries = same?.entries ?? new Map();
        const waiting = unconfirmedAgencies(plan.plan, entries);
        if (waiting.length > 0) {
          setNotice({ step: "generate", intent: "warning", text: unconfirmedMessage(waiting) });
          return;
        }
        const options = { ...formOptions(plan.plan, form), copy: "issued" as const };
        const { workbook } = annexLayout({ plan: plan.plan, options, entries, sheetName: ISSUED_SHEET_NAME });
        if (paneHost.mode === "excel" && host.writeSheets !== undefined) {
          // Only the table: the workbook's own annex keeps its model sheet and names.
          const issued = { ...workbook, sheets: workbook.sheets.slice(0, 1), definedNames: [] };
          const written = await host.writeSheets(issued);
          setNotice({ step: "generate", intent: "success", text: `Đã tạo bản để ban hành ở trang «${written.sheetNames[0] ?? ISSUED_SHEET_NAME}»: in trang này để trình ký.` });
        } else {
          saveWorkbook({ name: `${plan.plan.id}-ban-hanh.xlsx`, bytes: await renderWorkbook(workbook) });
          setNotice({ step: "generate", intent: "success", text: "Đã tạo tệp bản để ban hành: mở tệp đã tải về và in để trình ký." });
        }
      });
    },

    runCheck() {
      run("check", "check", "Kiểm tra số liệu", async () => {
        showAnnex(await host.readAnnex(), "check");
      });
    },

    markSeen(finding, mark, current) {
      if (annex === null) return;
      const seen = withSeen(annex.seen ?? [], finding, mark, current);
      run("seen", "review", "Ghi đánh dấu «Đã xem» vào phụ lục", async () => {
        await host.markSeen(seen);
        const next = { ...annex, seen };
        annexRef.current = next;
        setAnnex(next);
      });
    },

    select(code, step) {
      setSelected(code);
      const named = annex?.plan ?? plan?.plan;
      const what = named === undefined ? "Chọn dòng của chỉ tiêu" : `Chọn dòng của chỉ tiêu ${labelOfCode(named, code)}`;
      host.select(code).catch((error: unknown) => setNotice({ step, intent: "error", text: errorText(what, error) }));
    },

    downloadAnnex() {
      if (paneHost.mode !== "file") return;
      const file = paneHost.host.current();
      if (file !== null) saveWorkbook(file);
    },

    downloadChecked() {
      if (paneHost.mode !== "file") return;
      const fileHost = paneHost.host;
      run("download", "check", "Tạo bản có kết quả đánh giá", async () => {
        const file = await fileHost.checkedCopy();
        if (file === null) setNotice({ step: "check", intent: "warning", text: NO_ANNEX_FILE });
        else saveWorkbook(file);
      });
    },

    adoptPlan(next, source) {
      setPlan({ source, seedId: null, plan: next });
      setPlanProblem(null);
      setNotice({ step: "plan", intent: "success", text: `Đã dùng kế hoạch đọc từ ${source}. Tiếp theo: bước «Tạo phụ lục».` });
    },

    applySheetEdits(step) {
      const current = annex;
      const count = current?.edits?.length ?? 0;
      if (current === null || count === 0) return;
      run("generate", step, "Đưa các thay đổi trên trang tính vào kế hoạch", async () => {
        const result = await host.generate(current.plan, current.options, "update");
        setOutcome(result);
        setPlan({ source: plan?.source ?? "Phụ lục", seedId: null, plan: current.plan });
        if (showAnnex(await host.readAnnex(), step)) {
          setNotice({ step, intent: "success", text: `Đã đưa ${count} thay đổi vào kế hoạch của phụ lục. ${result.notes.join(" ")}` });
        }
      });
    },

    dismissNotice: () => setNotice(null),
    consolidation: consolidationActions,
    assign: assignActions,
  };

  return [{ plan, planProblem, annex, annexFile, outcome, check, busy, notice, selected, consolidation, assign }, actions];
}
