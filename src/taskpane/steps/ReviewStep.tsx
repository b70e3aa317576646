import { useMemo, useState } from "react";
import { Body1, Button, Caption1, List, ListItem, makeStyles, MessageBar, MessageBarBody, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import {
  EVIDENCE_LABELS,
  findingPlace,
  reviewPlan,
  reviewPlanWithText,
  ruleTitle,
  SEVERITY_LABELS,
  splitSeen,
  type Evidence,
  type Finding,
  type Severity,
} from "../../core/check/review";
import type { PlanText } from "../../core/extract";
import { FilePickButton } from "../parts/FilePickButton";
import { NoticeBar } from "../parts/NoticeBar";
import { errorText } from "../view/errorText";
import type { PaneActions, PaneState } from "../usePane";
import { groupFindings, reviewSummary } from "../view/reviewGroups";
import { useListStyles } from "./listStyles";
import { useStepStyles } from "./stepStyles";

const SEVERITY_COLOURS: Record<Severity, string> = { loi: "#9C0006", canh_bao: "#9C5700", thong_tin: "#1F4E78" };

/** The plan's document, read in the browser by the import's readers (.docx, PDF, .txt). */
export interface ReviewDocument {
  text: PlanText;
  name: string;
}

const DOCUMENT_TYPES = ".docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain";

const useEvidenceStyles = makeStyles({
  // Side by side from about 2 × 150 px; one under the other in a narrow pane.
  sides: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: tokens.spacingHorizontalS, marginTop: "2px" },
  side: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  quote: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere", margin: 0, fontStyle: "italic" },
  document: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const useOwnStyles = makeStyles({
  // At the end of the item's top line, whatever its width.
  mark: { marginLeft: "auto", minWidth: "auto" },
});

/** The words of the annex and of the document under a finding, side by side. */
function EvidenceSides({ evidence }: { evidence: readonly Evidence[] }) {
  const styles = useEvidenceStyles();
  return (
    <div className={styles.sides}>
      {evidence.map((e, i) => (
        <div key={i} className={styles.side}>
          <span className={styles.label}>
            {EVIDENCE_LABELS[e.from]}: {e.place}
          </span>
          <blockquote className={styles.quote}>«{e.quote}»</blockquote>
        </div>
      ))}
    </div>
  );
}

export function ReviewStep({ state, actions, imported }: { state: PaneState; actions: PaneActions; imported: ReviewDocument | null }) {
  const styles = useStepStyles();
  const list = useListStyles();
  const evidenceStyles = useEvidenceStyles();
  const plan = state.plan?.plan ?? null;
  const [chosen, setChosen] = useState<(ReviewDocument & { planId: string }) | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [showSeen, setShowSeen] = useState(false);
  const own = useOwnStyles();
  // A document chosen here is for the plan it was chosen with; otherwise the one the plan was imported from.
  const document = chosen !== null && chosen.planId === plan?.id ? chosen : imported;
  const findings = useMemo(() => (plan === null ? [] : document === null ? reviewPlan(plan) : reviewPlanWithText(plan, document.text)), [plan, document]);
  const readDocument = (file: File) => {
    if (plan === null) return;
    setReading(true);
    setProblem(null);
    file
      .arrayBuffer()
      .then(async (bytes) => (await import("../readDocumentFile")).readDocumentFile(new Uint8Array(bytes), file.name))
      .then((text) => setChosen({ text, name: file.name, planId: plan.id }))
      .catch((error: unknown) => setProblem(errorText(`Đọc tệp ${file.name}`, error)))
      .finally(() => setReading(false));
  };
  if (plan === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Chọn kế hoạch ở bước «Kế hoạch» trước.</MessageBarBody>
      </MessageBar>
    );
  }
  // Rows are known, and marks kept, only when the open annex is of this very plan.
  const annex = state.annex !== null && state.annex.plan.id === plan.id ? state.annex : null;
  const rows = annex?.entries ?? null;
  const { open, seen } = splitSeen(findings, annex?.seen ?? []);
  const marking = state.busy === "seen";
  const item = (index: number, finding: Finding, mark: boolean) => {
    const code = finding.code;
    const row = code === null ? undefined : rows?.get(code)?.row;
    const selected = code !== null && state.selected === code;
    return (
      <ListItem
        key={index}
        value={index}
        aria-current={selected ? "true" : undefined}
        className={mergeClasses(list.item, selected && list.selected)}
        style={{ borderLeftColor: selected ? undefined : SEVERITY_COLOURS[finding.severity] }}
        onAction={() => code !== null && actions.select(code, "review")}
      >
        <div className={list.top}>
          <span className={list.code}>{findingPlace(plan, finding)}</span>
          {row !== undefined && <span className={list.where}>dòng {row}</span>}
          <Caption1 className={list.where}>{ruleTitle(finding.rule)}</Caption1>
          {annex !== null && (
            <Button
              size="small"
              appearance="subtle"
              className={own.mark}
              disabled={state.busy !== null}
              // The button is inside the item: its click and keys are its own, not the item's "go to the row".
              onClick={(event) => {
                event.stopPropagation();
                actions.markSeen(finding, mark, findings);
              }}
              onKeyDown={(event) => event.stopPropagation()}
            >
              {mark ? "Đã xem" : "Bỏ đánh dấu đã xem"}
            </Button>
          )}
        </div>
        <div className={list.name}>{finding.message}</div>
        {finding.evidence !== undefined && finding.evidence.length > 0 && <EvidenceSides evidence={finding.evidence} />}
      </ListItem>
    );
  };
  const indexOf = new Map(findings.map((f, i) => [f, i]));
  return (
    <div className={styles.step}>
      <Body1>
        Rà soát phụ lục của <b>{plan.issuer.name}</b> trước khi gửi: đủ chỉ tiêu, đơn vị, cơ quan chủ trì, số liệu thống nhất.
      </Body1>
      <div className={evidenceStyles.document}>
        <Body1>
          {document === null ? "So sánh với văn bản kế hoạch: chưa chọn văn bản." : <>So sánh với văn bản: <b>{document.name}</b></>}
        </Body1>
        <FilePickButton
          label={document === null ? "Chọn văn bản kế hoạch…" : "Chọn văn bản khác…"}
          accept={DOCUMENT_TYPES}
          busy={reading}
          disabled={reading}
          onFile={readDocument}
        />
      </div>
      {problem !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Body1 role="status">{reviewSummary(open, seen.length)}</Body1>
      {annex === null && findings.length > 0 && (
        <Caption1 className={styles.muted}>Tạo hoặc mở phụ lục của kế hoạch này để đánh dấu «Đã xem»: dấu được lưu trong phụ lục, mục đã xem không hiện lại.</Caption1>
      )}
      <NoticeBar notice={state.notice} step="review" onDismiss={actions.dismissNotice} />
      {groupFindings(open).map((group) => (
        <section key={group.severity} className={styles.group} aria-label={group.heading}>
          <Subtitle2 as="h3" style={{ color: SEVERITY_COLOURS[group.severity] }}>
            {group.heading}
          </Subtitle2>
          <List navigationMode="items" aria-label={`${SEVERITY_LABELS[group.severity]}: chọn để đến dòng của chỉ tiêu`} className={list.list}>
            {group.findings.map(({ finding }) => item(indexOf.get(finding) ?? 0, finding, true))}
          </List>
        </section>
      ))}
      {seen.length > 0 && (
        <section className={styles.group} aria-label={`Đã xem (${seen.length})`}>
          <div className={styles.row}>
            <Button appearance="secondary" disabled={marking} onClick={() => setShowSeen(!showSeen)} aria-expanded={showSeen}>
              {showSeen ? `Ẩn các mục đã xem (${seen.length})` : `Hiện các mục đã xem (${seen.length})`}
            </Button>
          </div>
          {showSeen && (
            <List navigationMode="items" aria-label="Các mục đã xem: chọn để đến dòng của chỉ tiêu" className={list.list}>
              {seen.map((finding) => item(indexOf.get(finding) ?? 0, finding, false))}
            </List>
          )}
        </section>
      )}
    </div>
  );
}
