import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Field,
  List,
  ListItem,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { STATUS_LABELS, STATUSES } from "../../core/check";
import { FilePickButton } from "../parts/FilePickButton";
import { NoticeBar } from "../parts/NoticeBar";
import { SheetEditsNotice } from "../parts/SheetEditsNotice";
import { statusColours, StatusPill } from "../parts/StatusPill";
import { VerdictChart } from "../parts/VerdictChart";
import type { PaneActions, PaneState } from "../usePane";
import { CHECK_FILTERS, countsSentence, explanationOf, filterItems, filterLabel, formatPercent, toggleStatusFilter, type CheckFilter, type CheckItem } from "../view/checkList";
import { useStepStyles } from "./stepStyles";
import { useListStyles } from "./listStyles";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", gap: tokens.spacingHorizontalXS },
  tile: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  pressed: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderTopColor: tokens.colorNeutralStroke1Pressed,
    borderRightColor: tokens.colorNeutralStroke1Pressed,
    borderBottomColor: tokens.colorNeutralStroke1Pressed,
    boxShadow: tokens.shadow4,
  },
  // Nothing to look at: the tile steps back so the non-zero counts stand out.
  empty: { color: tokens.colorNeutralForeground3 },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400, minWidth: "2ch" },
  label: { fontSize: tokens.fontSizeBase200 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export function CheckStep({ state, actions, fileMode }: { state: PaneState; actions: PaneActions; fileMode: boolean }) {
  const styles = useStepStyles();
  const own = useStyles();
  const [filter, setFilter] = useState<CheckFilter>("all");
  const wide = useWide();
  const busy = state.busy !== null;
  const check = state.check;

  const openButton = fileMode && (
    <FilePickButton
      label="Mở phụ lục đã nhập…"
      accept={XLSX_ACCEPT}
      appearance={check === null ? "primary" : "secondary"}
      busy={state.busy === "annex-file"}
      disabled={busy}
      onFile={(file) => actions.openAnnexFile(file, "check")}
    />
  );
  const checkButton = !fileMode && (
    <Button appearance="primary" disabled={busy} icon={state.busy === "check" ? <Spinner size="tiny" /> : undefined} onClick={actions.runCheck}>
      {check === null ? "Kiểm tra số liệu" : "Kiểm tra lại"}
    </Button>
  );

  return (
    <div className={styles.step}>
      {check === null && (
        <Body1>
          {fileMode
            ? "Mở tệp phụ lục đã nhập số liệu (.xlsx do Phụ lục tạo) để xem Vượt, Đạt, Không đạt của từng chỉ tiêu."
            : "Đọc cột số liệu thực hiện trong phụ lục và đánh giá Vượt, Đạt, Không đạt cho từng chỉ tiêu."}
        </Body1>
      )}
      <div className={styles.row}>
        {openButton}
        {checkButton}
        {fileMode && check !== null && (
          <Button disabled={busy} icon={state.busy === "download" ? <Spinner size="tiny" /> : undefined} onClick={actions.downloadChecked}>
            Tải bản có kết quả (.xlsx)
          </Button>
        )}
      </div>
      <NoticeBar notice={state.notice} step="check" onDismiss={actions.dismissNotice} />
      <SheetEditsNotice annex={state.annex} busy={busy} onApply={() => actions.applySheetEdits("check")} />
      {check !== null && (
        <>
          <Caption1 className={styles.muted}>
            Trang «{check.sheetName}»{state.annexFile !== null ? `, tệp ${state.annexFile}` : ""}
            {check.against !== null ? `; đánh giá theo mốc năm ${check.against}` : ""}
            {!fileMode && state.annex !== null ? "; tự cập nhật khi số liệu trong trang thay đổi" : ""}.
          </Caption1>
          <Caption1 className={styles.muted} data-testid="nguong-vuot">
            {check.margin} Đổi ở bước «Tạo phụ lục».
          </Caption1>
          <div role="group" aria-label="Số chỉ tiêu theo đánh giá (bấm để lọc)" className={own.counts}>
            {STATUSES.map((status) => {
              const pressed = filter === status;
              return (
                <button
                  key={status}
                  type="button"
                  aria-pressed={pressed}
                  aria-label={`${STATUS_LABELS[status]}: ${check.counts[status]}`}
                  title={pressed ? "Bấm để hiện tất cả chỉ tiêu" : `Bấm để chỉ hiện chỉ tiêu «${STATUS_LABELS[status]}»`}
                  className={mergeClasses(own.tile, check.counts[status] === 0 && own.empty, pressed && own.pressed)}
                  style={{ borderLeftColor: statusColours(status).color }}
                  onClick={() => setFilter(toggleStatusFilter(filter, status))}
                >
                  <span className={own.count}>{check.counts[status]}</span>
                  <span className={own.label}>{STATUS_LABELS[status]}</span>
                </button>
              );
            })}
          </div>
          <VerdictChart counts={check.counts} onPick={(status) => setFilter(toggleStatusFilter(filter, status))} />
          <span className={own.hidden} aria-live="polite">
            {countsSentence(check.counts)}
          </span>
          {check.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Lưu ý khi đọc phụ lục</MessageBarTitle>
                <ul className={styles.notes}>
                  {check.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <Field label="Hiển thị">
            <Select value={filter} onChange={(_, data) => setFilter(data.value as CheckFilter)}>
              {CHECK_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {filterLabel(f)}
                </option>
              ))}
            </Select>
          </Field>
          {wide ? (
            <CheckGrid items={filterItems(check.items, filter)} lastYear={check.lastYear} selected={state.selected} onSelect={(code) => actions.select(code, "check")} />
          ) : (
            <CheckList items={filterItems(check.items, filter)} selected={state.selected} fileMode={fileMode} onSelect={(code) => actions.select(code, "check")} />
          )}
        </>
      )}
    </div>
  );
}

function CheckList({ items, selected, fileMode, onSelect }: { items: CheckItem[]; selected: string | null; fileMode: boolean; onSelect: (code: string) => void }) {
  const styles = useListStyles();
  if (items.length === 0) return <Body1>Không có chỉ tiêu nào ở mục này.</Body1>;
  return (
    <List navigationMode="items" aria-label={fileMode ? "Kết quả theo chỉ tiêu" : "Kết quả theo chỉ tiêu: Enter để chọn ô trong trang"} className={styles.list}>
      {items.map((item) => {
        const percent = formatPercent(item.percentOfPlan);
        const lastYear = formatPercent(item.percentOfLastYear);
        const explanation = explanationOf(item);
        return (
          <ListItem
            key={item.code}
            value={item.code}
            aria-current={selected === item.code ? "true" : undefined}
            className={mergeClasses(styles.item, selected === item.code && styles.selected, !item.counted && styles.context)}
            onAction={() => onSelect(item.code)}
          >
            <div className={styles.name} style={{ paddingLeft: `${item.depth * 12}px` }}>
              {item.stt !== "" && item.stt !== "-" && <b>{item.stt} </b>}
              {item.name}
            </div>
            <div className={styles.top} style={{ paddingLeft: `${item.depth * 12}px` }}>
              {item.counted && <StatusPill status={item.status} />}
              <span className={styles.percent}>{item.entered ?? "chưa nhập"}</span>
              {item.target !== null && <span className={styles.where}>KH {item.target}</span>}
              {percent !== null && <span className={styles.percent}>{percent} KH</span>}
              {lastYear !== null && <span className={styles.percent}>{lastYear} cùng kỳ</span>}
              {item.row !== null && <span className={styles.where}>dòng {item.row}</span>}
            </div>
            {explanation !== null && <div className={styles.message}>{explanation}</div>}
          </ListItem>
        );
      })}
    </List>
  );
}

const GRID_COLUMNS: TableColumnDefinition<CheckItem>[] = [
  createTableColumn<CheckItem>({ columnId: "stt", renderHeaderCell: () => "STT", renderCell: (item) => item.stt }),
  createTableColumn<CheckItem>({
    columnId: "name",
    renderHeaderCell: () => "Chỉ tiêu",
    renderCell: (item) => <span style={{ paddingLeft: `${item.depth * 12}px` }}>{item.name}</span>,
  }),
  createTableColumn<CheckItem>({ columnId: "entered", renderHeaderCell: () => "Số thực hiện", renderCell: (item) => item.entered ?? "" }),
  createTableColumn<CheckItem>({ columnId: "target", renderHeaderCell: () => "Kế hoạch", renderCell: (item) => item.target ?? "" }),
  createTableColumn<CheckItem>({ columnId: "percent", renderHeaderCell: () => "% so với KH", renderCell: (item) => formatPercent(item.percentOfPlan) ?? "" }),
  createTableColumn<CheckItem>({ columnId: "lastYear", renderHeaderCell: () => "% so với cùng kỳ", renderCell: (item) => formatPercent(item.percentOfLastYear) ?? "" }),
  createTableColumn<CheckItem>({ columnId: "status", renderHeaderCell: () => "Đánh giá", renderCell: (item) => (item.counted ? <StatusPill status={item.status} /> : null) }),
  createTableColumn<CheckItem>({ columnId: "explanation", renderHeaderCell: () => "Lưu ý", renderCell: (item) => explanationOf(item) ?? "" }),
];

const GRID_SIZES = {
  stt: { idealWidth: 48, minWidth: 40 },
  name: { idealWidth: 360, minWidth: 200 },
  entered: { idealWidth: 130, minWidth: 90 },
  target: { idealWidth: 130, minWidth: 90 },
  percent: { idealWidth: 90, minWidth: 70 },
  lastYear: { idealWidth: 100, minWidth: 70 },
  status: { idealWidth: 110, minWidth: 90 },
  explanation: { idealWidth: 320, minWidth: 160 },
};

/** On a wide pane: the same results as a table, one row per indicator; a row click shows it in the sheet. */
function CheckGrid({ items, lastYear, selected, onSelect }: { items: CheckItem[]; lastYear: boolean; selected: string | null; onSelect: (code: string) => void }) {
  if (items.length === 0) return <Body1>Không có chỉ tiêu nào ở mục này.</Body1>;
  const columns = lastYear ? GRID_COLUMNS : GRID_COLUMNS.filter((c) => c.columnId !== "lastYear");
  return (
    <DataGrid items={items} columns={columns} getRowId={(item: CheckItem) => item.code} resizableColumns columnSizingOptions={GRID_SIZES} size="small" aria-label="Kết quả theo chỉ tiêu">
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<CheckItem>>
        {({ item, rowId }) => (
          <DataGridRow<CheckItem> key={rowId} aria-selected={selected === item.code} onClick={() => onSelect(item.code)} style={{ cursor: "pointer" }}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}

/** A pane wider than a task pane (Excel on the web with the pane widened, file mode in a browser). */
function useWide(): boolean {
  const query = "(min-width: 720px)";
  const [wide, setWide] = useState(() => typeof window !== "undefined" && window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const update = () => setWide(media.matches);
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  return wide;
}
