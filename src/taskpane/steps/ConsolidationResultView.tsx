import { useEffect, useMemo, useRef, useState } from "react";
import { Body1, Button, Caption1, Field, List, ListItem, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, ToggleButton, tokens, typographyStyles } from "@fluentui/react-components";
import { STATUS_LABELS } from "../../core/check";
import { LOCALITY_STATE_LABELS, localityList, type LocalityState } from "../../core/consolidate";
import { headingLine } from "../../core/model";
import { nothingFocused } from "../parts/focus";
import { LocalityStateChart } from "../parts/LocalityStateChart";
import { StatusPill } from "../parts/StatusPill";
import type { ConsolidationResult } from "../useConsolidation";
import type { PaneActions, PaneState } from "../usePane";
import { filterLocalityRows, filterTotals, localityFigures, localityRows, reportingView, STATE_COLOURS, stateCounts, TOTAL_FILTERS, totalFilterLabel, totalItems, type TotalFilter, type TotalItem } from "../view/consolidationView";
import { useListStyles } from "./listStyles";
import { useStepStyles } from "./stepStyles";

/** Names listed before "và … đơn vị khác": a short paragraph in a narrow pane. */
const SHOWN_NAMES = 12;

/** Past this many, a list of files or entries ends with how many more the sheet "Tình hình báo cáo" holds. */
const SHOWN = 30;

const useStyles = makeStyles({
  value: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  notConsolidated: { fontSize: tokens.fontSizeBase200, fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  source: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  // A plain h2 (Fluent's Subtitle2 takes no ref) that receives focus when a result arrives.
  heading: { ...typographyStyles.subtitle2, margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

export function ConsolidationResultView({ result, state, actions, fileMode }: { result: ConsolidationResult; state: PaneState; actions: PaneActions; fileMode: boolean }) {
  const styles = useStepStyles();
  const own = useStyles();
  const c = result.consolidation;
  const view = reportingView(c);
  const items = useMemo(() => totalItems(c), [c]);
  const [filter, setFilter] = useState<TotalFilter>("all");
  const busy = state.busy !== null;
  const comp = c.completeness;
  const act = actions.consolidation;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A new result replaces the progress bar and its "Dừng", which had the focus: the result takes it.
    if (nothingFocused()) heading.current?.focus();
  }, [c]);

  return (
    <section className={styles.group} aria-label="Kết quả tổng hợp">
      <h2 ref={heading} tabIndex={-1} className={own.heading}>
        Kết quả tổng hợp
      </h2>
      {view.template !== null && <Caption1 className={styles.muted}>Mẫu: {view.template}. Đã đọc {result.files} tệp.</Caption1>}
      {view.margin !== null && <Caption1 className={styles.muted}>{view.margin}</Caption1>}
      <Body1 role="status">{view.reporting}</Body1>
      {result.stale && <Caption1>Danh sách tệp hoặc đơn vị đã đổi: bấm «Tổng hợp lại» để tính theo lựa chọn mới.</Caption1>}
      <div className={styles.row}>
        {!fileMode && (
          <Button appearance="primary" disabled={busy} icon={state.busy === "consolidation-sheets" ? <Spinner size="tiny" /> : undefined} onClick={act.writeSheets}>
            Ghi vào sổ làm việc
          </Button>
        )}
        <Button appearance={fileMode ? "primary" : "secondary"} disabled={busy} icon={state.busy === "consolidation-file" ? <Spinner size="tiny" /> : undefined} onClick={act.download}>
          Tải tệp tổng hợp (.xlsx)
        </Button>
      </div>
      {!fileMode && (
        <Caption1 className={styles.muted}>
          {result.written !== null ? `Trong sổ làm việc: trang ${result.written.sheetNames.map((n) => `«${n}»`).join(", ")}. ` : ""}
          Excel cho Mac không tải tệp từ ngăn này: ở đó hãy ghi vào sổ làm việc.
        </Caption1>
      )}
      <Caption1>{view.deadline}</Caption1>
      {(view.otherPeriod.length > 0 || view.late.length > 0) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {view.otherPeriod.length > 0 && (
              <div>
                <strong>Khác kỳ báo cáo ({view.otherPeriod.length}):</strong> {localityList(view.otherPeriod, SHOWN_NAMES)}.
              </div>
            )}
            {view.late.length > 0 && (
              <div>
                <strong>Trễ hạn ({view.late.length}):</strong> {localityList(view.late, SHOWN_NAMES)}.
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Chưa nộp ({view.missing.length})</MessageBarTitle>
            <div>{localityList(view.missing, SHOWN_NAMES)}.</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {c.excluded.length > 0 && <ExcludedFiles c={c.excluded} duplicates={view.duplicates} />}
      {comp.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Số liệu không đọc được, không tính vào tổng ({comp.unreadable.length})</MessageBarTitle>
            <ul className={styles.notes}>
              {comp.unreadable.slice(0, SHOWN).map((u, i) => (
                <li key={i}>
                  {u.locality}, {u.row}: «{u.text}»
                </li>
              ))}
            </ul>
            {more(comp.unreadable.length)}
          </MessageBarBody>
        </MessageBar>
      )}
      {c.warnings.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lưu ý ({c.warnings.length})</MessageBarTitle>
            <ul className={styles.notes}>
              {c.warnings.slice(0, 10).map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <LocalityTable c={c} />
      {items.length > 0 && (
        <>
          <Field label="Hiển thị">
            <Select value={filter} onChange={(_, data) => setFilter(data.value as TotalFilter)}>
              {TOTAL_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {totalFilterLabel(f, items)}
                </option>
              ))}
            </Select>
          </Field>
          <TotalsList items={filterTotals(items, filter)} />
        </>
      )}
    </section>
  );
}

/**
 * Who reported what: the communes by state (a chart and buttons that filter the table), one row per
 * expected locality, and a consolidated one's figures when its name is clicked.
 */
function LocalityTable({ c }: { c: ConsolidationResult["consolidation"] }) {
  const own = useTableStyles();
  const rows = useMemo(() => localityRows(c), [c]);
  const counts = useMemo(() => stateCounts(c), [c]);
  const [shownState, setShownState] = useState<LocalityState | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    setShownState(null);
    setOpened(null);
  }, [c]);
  if (rows.length === 0) return null;
  const pick = (state: LocalityState) => setShownState((current) => (current === state ? null : state));
  const shown = filterLocalityRows(rows, shownState);
  return (
    <section aria-label="Theo đơn vị" className={own.section}>
      <h3 className={own.title}>Theo đơn vị</h3>
      <LocalityStateChart counts={counts} onPick={pick} />
      <div className={own.states} role="group" aria-label="Lọc theo tình trạng">
        {counts.map((s) => (
          <ToggleButton key={s.state} size="small" checked={shownState === s.state} onClick={() => pick(s.state)} icon={<span className={own.swatch} style={{ backgroundColor: STATE_COLOURS[s.state] }} />}>
            {s.label}: {s.count}
          </ToggleButton>
        ))}
      </div>
      {shownState !== null && (
        <Caption1>
          Đang xem {shown.length}/{rows.length} đơn vị «{LOCALITY_STATE_LABELS[shownState]}».{" "}
          <Button appearance="transparent" size="small" onClick={() => setShownState(null)}>
            Xem tất cả
          </Button>
        </Caption1>
      )}
      <div className={own.scroll}>
        <table className={own.table}>
          <thead>
            <tr>
              <th>Đơn vị</th>
              <th>Tình trạng</th>
              <th>Có số liệu</th>
              <th title="Vượt / Đạt / Không đạt">V / Đ / KĐ</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.name}>
                <td>
                  {row.state === "consolidated" ? (
                    <Button appearance="transparent" size="small" className={own.nameButton} aria-pressed={opened === row.name} onClick={() => setOpened(opened === row.name ? null : row.name)}>
                      {row.name}
                    </Button>
                  ) : (
                    row.name
                  )}
                </td>
                <td className={mergeClasses(own.state, own[row.state])}>{[row.stateLabel, row.timeliness].filter((t) => t !== "").join(", ")}</td>
                <td>{row.filled}</td>
                <td>{row.verdicts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {opened !== null && <LocalityFigures c={c} name={opened} onClose={() => setOpened(null)} />}
    </section>
  );
}

/** The figures one commune sent, each with its own target and verdict, as the sheet "Chi tiết theo đơn vị" has them. */
function LocalityFigures({ c, name, onClose }: { c: ConsolidationResult["consolidation"]; name: string; onClose: () => void }) {
  const list = useListStyles();
  const own = useTableStyles();
  const items = useMemo(() => localityFigures(c, name), [c, name]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [name]);
  if (items === null) return null;
  return (
    <section aria-label={`Số liệu của ${name}`} className={own.figures}>
      <div className={own.figuresTop}>
        <h4 ref={heading} tabIndex={-1} className={own.title}>
          Số liệu của {name} ({items.length} chỉ tiêu có số liệu)
        </h4>
        <Button size="small" onClick={onClose}>
          Đóng
        </Button>
      </div>
      {items.length === 0 ? (
        <Body1>Đơn vị chưa nhập số liệu nào.</Body1>
      ) : (
        <List navigationMode="items" aria-label={`Số liệu của ${name}`} className={list.list}>
          {items.map((item) => (
            <ListItem key={item.code} value={item.code} className={list.item} aria-label={`${headingLine(item)}: ${item.actual}, kế hoạch ${item.target ?? "không có"}, ${STATUS_LABELS[item.status]}`}>
              <div className={list.top}>
                <span className={list.code}>{item.stt}</span>
                <StatusPill status={item.status} />
                <span className={own.figureValue}>{item.actual}</span>
                {item.percent !== "" && <span className={list.where}>{item.percent}</span>}
              </div>
              <div className={list.name}>
                {item.name}
                {item.target !== null && <span className={list.where}> · KH {item.target}</span>}
              </div>
              {item.message !== null && <div className={list.message}>{item.message}</div>}
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}

const useTableStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  states: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px" },
  nameButton: { padding: 0, minWidth: 0, height: "auto", justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, textDecoration: "underline", color: tokens.colorBrandForegroundLink },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS },
  figuresTop: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  figureValue: { fontWeight: tokens.fontWeightSemibold },
  scroll: { maxHeight: "320px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { padding: "2px 6px", textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` }, "& th": { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3 } },
  state: { fontWeight: tokens.fontWeightSemibold },
  consolidated: { color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground2 },
  other_period: { color: tokens.colorPaletteMarigoldForeground1, backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  other_template: { color: tokens.colorPaletteMarigoldForeground1, backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  duplicate: { color: tokens.colorPaletteMarigoldForeground1, backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  unreadable: { color: tokens.colorPaletteMarigoldForeground1, backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  missing: { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground2 },
});

function more(count: number) {
  return count > SHOWN ? <Caption1>… và {count - SHOWN} mục khác: xem trang «Tình hình báo cáo».</Caption1> : null;
}

function ExcludedFiles({ c, duplicates }: { c: ConsolidationResult["consolidation"]["excluded"]; duplicates: string[] }) {
  const styles = useStepStyles();
  const own = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Tệp không được tổng hợp ({c.length})</MessageBarTitle>
        {duplicates.length > 0 && <div>Đơn vị có nhiều tệp khác nhau, chưa tổng hợp: {localityList(duplicates, SHOWN_NAMES)}.</div>}
        <ul className={styles.notes} aria-label="Tệp không được tổng hợp và lý do">
          {c.slice(0, SHOWN).map((file, i) => (
            <li key={i}>
              <span className={own.source}>{file.source}</span>: {file.label}. {file.message}
            </li>
          ))}
        </ul>
        {more(c.length)}
      </MessageBarBody>
    </MessageBar>
  );
}

function TotalsList({ items }: { items: TotalItem[] }) {
  const list = useListStyles();
  const own = useStyles();
  if (items.length === 0) return <Body1>Không có chỉ tiêu nào ở mục này.</Body1>;
  return (
    <List navigationMode="items" aria-label="Tổng theo chỉ tiêu" className={list.list}>
      {items.map((item) => (
        <ListItem key={item.code} value={item.code} className={mergeClasses(list.item, item.heading && list.context)} aria-label={itemLabel(item)}>
          <div className={list.top}>
            <span className={list.code}>{item.stt}</span>
            {item.status !== null && <StatusPill status={item.status} />}
            {!item.heading && !item.consolidated && <span className={own.notConsolidated}>{item.value}</span>}
            {item.shown !== "" && <span className={own.value}>{item.shown}</span>}
            {item.consolidated && <span className={list.where}>{item.reported}</span>}
          </div>
          <div className={list.name} style={{ paddingLeft: `${item.depth * 12}px` }}>
            {item.name}
            {item.target !== null && <span className={list.where}> · KH {item.target}</span>}
          </div>
          {item.problem !== null && <div className={list.message}>{[item.problem, ...item.notes].join(" ")}</div>}
        </ListItem>
      ))}
    </List>
  );
}

/** One sentence per item for screen readers, which would otherwise read the pieces without their meaning. */
function itemLabel(item: TotalItem): string {
  if (item.heading) return item.label;
  if (!item.consolidated) return `${item.label}: không tổng hợp`;
  const value = item.shown === "" ? "chưa có số liệu" : `tổng ${item.shown}`;
  const status = item.status === null ? "" : `, ${STATUS_LABELS[item.status]}`;
  return `${item.label}: ${value}${status}, ${item.reported}${item.problem === null ? "" : `. ${item.problem}`}`;
}
