import { useState } from "react";
import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Subtitle1, Tab, TabList, tokens } from "@fluentui/react-components";
import type { PaneHost } from "./hostChoice";
import { startupNotice } from "./officeReady";
import { AssignStep } from "./steps/AssignStep";
import { CheckStep } from "./steps/CheckStep";
import { ConsolidateStep } from "./steps/ConsolidateStep";
import { GenerateStep } from "./steps/GenerateStep";
import { PlanStep } from "./steps/PlanStep";
import { useImportEditor } from "./useImportEditor";
import { ReviewStep } from "./steps/ReviewStep";
import { usePane, type StepId } from "./usePane";

/**
 * The steps in the order of the work; "Giao chỉ tiêu" and "Tổng hợp" are the office above's: it
 * sends each commune its own annex, then consolidates the annexes they return.
 */
const STEPS: { id: StepId; label: string }[] = [
  { id: "plan", label: "Kế hoạch" },
  { id: "generate", label: "Tạo phụ lục" },
  { id: "check", label: "Kiểm tra số liệu" },
  { id: "review", label: "Rà soát" },
  { id: "assign", label: "Giao chỉ tiêu" },
  { id: "consolidate", label: "Tổng hợp" },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, maxWidth: "640px" },
  // The check step's table uses a wide pane's room.
  wide: { maxWidth: "1100px" },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  title: { margin: 0 },
  // The pane is 320-450 px wide: the tabs wrap onto a second line rather than scroll out of sight.
  tabs: { flexWrap: "wrap", marginLeft: `-${tokens.spacingHorizontalS}` },
  panel: { paddingTop: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  next: { marginTop: tokens.spacingVerticalM },
});

export function App({ paneHost }: { paneHost: PaneHost }) {
  const styles = useStyles();
  const [step, setStep] = useState<StepId>("plan");
  const [state, actions] = usePane(paneHost);
  const importer = useImportEditor();
  const fileMode = paneHost.mode === "file";
  return (
    <main className={mergeClasses(styles.root, step === "check" && styles.wide)} aria-busy={state.busy !== null}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          Phụ lục - Chỉ tiêu chủ yếu
        </Subtitle1>
        <Caption1 className={styles.muted}>
          {paneHost.mode === "excel" ? "Làm việc trên sổ làm việc đang mở." : "Chế độ tệp: làm việc trên tệp .xlsx, không cần Excel."}
        </Caption1>
      </header>
      {paneHost.mode === "file" && startupNotice(paneHost.reason) !== null && (
        <MessageBar intent={paneHost.reason.kind === "timedOut" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{startupNotice(paneHost.reason)}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={styles.tabs} size="small" selectedValue={step} onTabSelect={(_, data) => setStep(data.value as StepId)} aria-label="Các bước">
        {STEPS.map((s) => (
          <Tab key={s.id} id={`tab-${s.id}`} value={s.id} aria-controls={`panel-${s.id}`}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      <div id={`panel-${step}`} role="tabpanel" aria-labelledby={`tab-${step}`} className={styles.panel}>
        {step === "plan" && <PlanStep state={state} actions={actions} fileMode={fileMode} importer={importer} />}
        {step === "plan" && state.plan !== null && (
          <Button appearance="primary" className={styles.next} onClick={() => setStep("generate")}>
            Tiếp: Tạo phụ lục
          </Button>
        )}
        {step === "generate" && <GenerateStep key={state.plan?.plan.id ?? ""} state={state} actions={actions} fileMode={fileMode} onNext={() => setStep("check")} />}
        {step === "check" && <CheckStep state={state} actions={actions} fileMode={fileMode} />}
        {step === "check" && state.check !== null && (
          <Button appearance="primary" className={styles.next} onClick={() => setStep("review")}>
            Tiếp: Rà soát
          </Button>
        )}
        {step === "review" && (
          <ReviewStep
            state={state}
            actions={actions}
            imported={importer.document !== null && state.plan?.source === importer.document.name ? importer.document : null}
          />
        )}
        {step === "assign" && (
          <AssignStep plan={state.plan?.plan ?? null} assign={state.assign} act={actions.assign} busy={state.busy} notice={state.notice} onDismiss={actions.dismissNotice} />
        )}
        {step === "consolidate" && <ConsolidateStep state={state} actions={actions} fileMode={fileMode} />}
      </div>
    </main>
  );
}
