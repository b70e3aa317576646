import { useMemo } from "react";
import { Body1, Caption1, List, ListItem, MessageBar, MessageBarBody, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { reviewPlan, SEVERITY_LABELS, type Severity } from "../../core/check/review";
import { NoticeBar } from "../parts/NoticeBar";
import type { PaneActions, PaneState } from "../usePane";
import { findingPlace, groupFindings, reviewSummary } from "../view/reviewGroups";
import { useListStyles } from "./listStyles";
import { useStepStyles } from "./stepStyles";

const SEVERITY_COLOURS: Record<Severity, string> = { loi: "#9C0006", canh_bao: "#9C5700", thong_tin: "#1F4E78" };

export function ReviewStep({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStepStyles();
  const list = useListStyles();
  const plan = state.plan?.plan ?? null;
  const findings = useMemo(() => (plan === null ? [] : reviewPlan(plan)), [plan]);
  if (plan === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Chọn kế hoạch ở bước «Kế hoạch» trước.</MessageBarBody>
      </MessageBar>
    );
  }
  // Rows are known only when the open annex is of this very plan.
  const rows = state.annex !== null && state.annex.plan.id === plan.id ? state.annex.entries : null;
  return (
    <div className={styles.step}>
      <Body1>
        Rà soát phụ lục của <b>{plan.issuer.name}</b> trước khi gửi: đủ chỉ tiêu, đơn vị, cơ quan chủ trì, số liệu thống nhất.
      </Body1>
      <Body1 role="status">{reviewSummary(findings)}</Body1>
      <NoticeBar notice={state.notice} step="review" onDismiss={actions.dismissNotice} />
      {groupFindings(findings).map((group) => (
        <section key={group.severity} className={styles.group} aria-label={group.heading}>
          <Subtitle2 as="h3" style={{ color: SEVERITY_COLOURS[group.severity] }}>
            {group.heading}
          </Subtitle2>
          <List navigationMode="items" aria-label={`${SEVERITY_LABELS[group.severity]}: chọn để đến dòng của chỉ tiêu`} className={list.list}>
            {group.findings.map(({ index, finding }) => {
              const code = finding.code;
              const row = code === null ? undefined : rows?.get(code)?.row;
              return (
                <ListItem
                  key={index}
                  value={index}
                  aria-current={code !== null && state.selected === code ? "true" : undefined}
                  className={mergeClasses(list.item, code !== null && state.selected === code && list.selected)}
                  style={{ borderLeftColor: code !== null && state.selected === code ? undefined : SEVERITY_COLOURS[finding.severity] }}
                  onAction={() => code !== null && actions.select(code, "review")}
                >
                  <div className={list.top}>
                    <span className={list.code}>{findingPlace(finding)}</span>
                    {row !== undefined && <span className={list.where}>dòng {row}</span>}
                    <Caption1 className={list.where}>{finding.rule}</Caption1>
                  </div>
                  <div className={list.name}>{finding.message}</div>
                </ListItem>
              );
            })}
          </List>
        </section>
      ))}
    </div>
  );
}
