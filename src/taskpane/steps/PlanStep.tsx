import { Caption1, Divider, Field, Select } from "@fluentui/react-components";
import { BUNDLED_SEEDS } from "../bundledSeeds";
import { FilePickButton } from "../parts/FilePickButton";
import { NoticeBar } from "../parts/NoticeBar";
import { PlanErrorList } from "../parts/PlanErrorList";
import { PlanSummaryView } from "../parts/PlanSummaryView";
import type { PaneActions, PaneState } from "../usePane";
import { SheetEditsNotice } from "../parts/SheetEditsNotice";
import type { ImportEditor } from "../useImportEditor";
import { ImportPlan } from "./ImportPlan";
import { useStepStyles } from "./stepStyles";

export function PlanStep({ state, actions, fileMode, importer }: { state: PaneState; actions: PaneActions; fileMode: boolean; importer: ImportEditor }) {
  const styles = useStepStyles();
  const busy = state.busy !== null;
  return (
    <div className={styles.step}>
      <Field label="Kế hoạch mẫu" hint="Năm kế hoạch có sẵn, chép từ văn bản gốc.">
        <Select value={state.plan?.seedId ?? ""} disabled={busy} onChange={(_, data) => actions.chooseSeed(data.value)}>
          <option value="" disabled>
            Chọn một kế hoạch…
          </option>
          {BUNDLED_SEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.group}>
        <Caption1>Hoặc mở tệp kế hoạch đã lưu (tệp «Tải tệp kế hoạch» tải về):</Caption1>
        <div className={styles.row}>
          <FilePickButton
            label="Mở tệp kế hoạch…"
            accept=".json,application/json"
            busy={state.busy === "plan-file"}
            disabled={busy}
            onFile={(file) => actions.openPlanFile(file)}
          />
        </div>
      </div>
      {fileMode && (
        <div className={styles.group}>
          <Caption1>Hoặc mở phụ lục đã nhập số liệu (.xlsx do Phụ lục tạo); kế hoạch được đọc từ trong tệp:</Caption1>
          <div className={styles.row}>
            <FilePickButton
              label="Mở phụ lục đã nhập…"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              busy={state.busy === "annex-file"}
              disabled={busy}
              onFile={(file) => actions.openAnnexFile(file, "plan")}
            />
          </div>
        </div>
      )}
      <ImportPlan editor={importer} busy={busy} onUse={actions.adoptPlan} />
      <SheetEditsNotice annex={state.annex} busy={busy} onApply={() => actions.applySheetEdits("plan")} />
      <NoticeBar notice={state.notice} step="plan" onDismiss={actions.dismissNotice} />
      {state.planProblem && <PlanErrorList source={state.planProblem.source} errors={state.planProblem.errors} />}
      {state.plan && (
        <>
          <Divider />
          <PlanSummaryView plan={state.plan.plan} source={state.plan.source} />
        </>
      )}
      {state.annex !== null && (
        <Caption1 className={styles.muted}>
          Phụ lục đang mở: trang «{state.annex.sheetName}»{state.annexFile !== null ? `, tệp ${state.annexFile}` : " trong sổ làm việc"}
          {state.annex.plan.id !== state.plan?.plan.id ? ` (của kế hoạch ${state.annex.plan.issuer.name})` : ""}.
        </Caption1>
      )}
    </div>
  );
}
