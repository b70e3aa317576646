import { memo, useState } from "react";
import { Badge, Body1Strong, Button, Caption1, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import type { Level } from "../../core/model";
import {
  agencySuggestion,
  editorRows,
  needsLook,
  targetReading,
  type EditorCheck,
  type EditorEvent,
  type EditorRow,
  type EditorSection,
  type HeadingField,
  type PlanEditorState,
  type RowNote,
} from "../view/planEditor";

/**
 * The import editor: the heading, then each section with its indicators as cards that open to
 * edit, so it works in a 360 px pane and at full width alike. Every change is an EditorEvent for
 * planEditor's reducer; the model's errors and the review's findings sit on their rows.
 */
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Two fields a line from about 330 px, one below; fields shrink with their column, never past it.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(140px, 100%), 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    alignItems: "start",
    "& > *": { minWidth: 0 },
    "& .fui-Input, & .fui-Select, & .fui-Textarea": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sectionHead: {
    display: "grid",
    gridTemplateColumns: "64px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    "& .fui-Input": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0 },
  },
  sectionButtons: { gridColumn: "1 / -1", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  fine: { borderLeftColor: tokens.colorNeutralStroke1 },
  part: { marginLeft: tokens.spacingHorizontalL },
  toggle: { justifyContent: "flex-start", textAlign: "left", padding: 0, minWidth: 0, height: "auto", fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  notes: { margin: 0, paddingLeft: "16px" },
  noteError: { color: tokens.colorPaletteRedForeground1 },
  noteWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  quote: { margin: 0, padding: tokens.spacingHorizontalS, borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2, fontStyle: "italic", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const LEVEL_LABELS: { value: Level; label: string }[] = [
  { value: "tinh", label: "Tỉnh, thành phố" },
  { value: "huyen", label: "Huyện, quận, thị xã" },
  { value: "xa", label: "Xã, phường, đặc khu" },
];

export interface PlanEditorViewProps {
  state: PlanEditorState;
  check: EditorCheck | null;
  dispatch: (event: EditorEvent) => void;
}

export function PlanEditorView({ state, check, dispatch }: PlanEditorViewProps) {
  const styles = useStyles();
  const rows = editorRows(state);
  const errors = [...(check?.rows.values() ?? [])].flat().filter((n) => n.severity === "loi").length + (check?.general.filter((n) => n.severity === "loi").length ?? 0);
  const doubtful = rows.filter(({ row }) => needsLook(row)).length;
  return (
    <div className={styles.root}>
      <Body1Strong>
        {rows.filter((r) => r.depth === 0).length} chỉ tiêu, {state.sections.length} mục
        {doubtful > 0 ? `; ${doubtful} chỉ tiêu cần xem lại` : ""}
        {errors > 0 ? `; ${errors} lỗi phải sửa` : ""}
      </Body1Strong>
      <HeadingBox state={state} dispatch={dispatch} />
      {[...state.warnings.map((text): RowNote => ({ severity: "canh_bao", text })), ...(check?.general ?? [])].map((note, i) => (
        <MessageBar key={i} intent={note.severity === "loi" ? "error" : note.severity === "canh_bao" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ))}
      {state.sections.map((section, s) => (
        <SectionBox key={section.key} section={section} first={s === 0} last={s === state.sections.length - 1} state={state} check={check} dispatch={dispatch} />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => dispatch({ type: "addSection", after: null })}>Thêm mục</Button>
      </div>
    </div>
  );
}

function HeadingBox({ state, dispatch }: { state: PlanEditorState; dispatch: (event: EditorEvent) => void }) {
  const styles = useStyles();
  const field = (name: HeadingField, label: string, hint?: string, wide = false) => (
    <Field label={label} hint={hint} className={wide ? styles.wide : undefined}>
      <Input value={state.heading[name]} onChange={(_, data) => dispatch({ type: "editHeading", field: name, value: data.value })} />
    </Field>
  );
  return (
    <section className={styles.box} aria-label="Thông tin văn bản">
      <Subtitle2 as="h3">Thông tin văn bản</Subtitle2>
      <div className={styles.grid}>
        {field("issuer", "Cơ quan ban hành", undefined, true)}
        <Field label="Cấp">
          <Select value={state.heading.level} onChange={(_, data) => dispatch({ type: "setLevel", level: data.value as Level | "" })}>
            <option value="">Chọn cấp…</option>
            {LEVEL_LABELS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </Select>
        </Field>
        {field("period", "Năm kế hoạch", "2024, hoặc 2021-2025")}
        {field("kind", "Loại văn bản")}
        {field("number", "Số", "Ví dụ 230/KH-UBND")}
        {field("date", "Ngày", "Ví dụ 19/01/2024")}
        {field("place", "Nơi ban hành")}
        {field("title", "Tên kế hoạch", undefined, true)}
        {field("annexTitle", "Tiêu đề phụ lục khi in", "Để trống: «CHỈ TIÊU CHỦ YẾU NĂM …»", true)}
      </div>
    </section>
  );
}

function SectionBox(props: { section: EditorSection; first: boolean; last: boolean; state: PlanEditorState; check: EditorCheck | null; dispatch: (event: EditorEvent) => void }) {
  const { section, first, last, state, check, dispatch } = props;
  const styles = useStyles();
  const name = section.title.trim() === "" ? "mục chưa có tên" : `mục ${section.code} ${section.title}`.replace(/\s+/g, " ");
  const items = editorRows({ ...state, sections: [section] });
  return (
    <section className={styles.section} aria-label={name}>
      <div className={styles.sectionHead}>
        <Field label="Số mục">
          <Input size="small" value={section.code} onChange={(_, data) => dispatch({ type: "editSection", key: section.key, field: "code", value: data.value })} />
        </Field>
        <Field label="Tên mục">
          <Input size="small" value={section.title} onChange={(_, data) => dispatch({ type: "editSection", key: section.key, field: "title", value: data.value })} />
        </Field>
        <div className={styles.sectionButtons}>
        <Button size="small" disabled={first} aria-label={`Chuyển ${name} lên`} onClick={() => dispatch({ type: "moveSection", key: section.key, by: -1 })}>
          ↑
        </Button>
        <Button size="small" disabled={last} aria-label={`Chuyển ${name} xuống`} onClick={() => dispatch({ type: "moveSection", key: section.key, by: 1 })}>
          ↓
        </Button>
        <Button size="small" aria-label={`Xóa ${name} và các chỉ tiêu trong mục`} onClick={() => dispatch({ type: "deleteSection", key: section.key })}>
          Xóa mục
        </Button>
        </div>
      </div>
      <ul className={styles.rows} aria-label={`Chỉ tiêu của ${name}`}>
        {items.map(({ row, depth, parent }) => (
          <RowCard key={row.key} row={row} depth={depth} suggestion={agencySuggestion(state, row, parent)} notes={check?.rows.get(row.key) ?? []} dispatch={dispatch} />
        ))}
      </ul>
      <div className={styles.actions}>
        <Button size="small" onClick={() => dispatch({ type: "addRow", section: section.key, after: null })}>
          Thêm chỉ tiêu vào mục này
        </Button>
      </div>
    </section>
  );
}

const RowCard = memo(function RowCard(props: { row: EditorRow; depth: number; suggestion: string | null; notes: RowNote[]; dispatch: (event: EditorEvent) => void }) {
  const { row, depth, suggestion, notes, dispatch } = props;
  const styles = useStyles();
  // A row typed by hand opens at once: it has nothing to show until filled.
  const [open, setOpen] = useState(row.quote === null && row.name === "");
  const [showQuote, setShowQuote] = useState(false);
  const reading = targetReading(row.target, row.unit);
  const hasError = notes.some((n) => n.severity === "loi");
  const doubtful = needsLook(row) || notes.some((n) => n.severity === "canh_bao");
  const label = `${depth > 0 ? "Thành phần" : "Chỉ tiêu"} ${row.stt} ${row.name.trim() === "" ? "(chưa có tên)" : row.name}`.replace(/\s+/g, " ");
  const edit = (field: "stt" | "name" | "unit" | "target" | "stretch" | "agency") => (_: unknown, data: { value: string }) => dispatch({ type: "editCell", key: row.key, field, value: data.value });
  const agencyText = row.agency === null ? "" : row.agency.name;
  return (
    <li aria-label={label} className={mergeClasses(styles.card, hasError ? styles.error : doubtful ? styles.warning : styles.fine, depth > 0 && styles.part)}>
      <Button appearance="transparent" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
        {row.stt.trim() !== "" ? `${row.stt} ` : ""}
        {row.name.trim() === "" ? "(chưa có tên)" : row.name}
      </Button>
      <Caption1 className={styles.meta}>
        {[
          row.unit.trim() === "" ? null : `ĐVT: ${row.unit}`,
          row.target.trim() === "" ? "Kế hoạch: (trống)" : `Kế hoạch: ${row.target}${reading !== null ? ` → ${reading}` : ""}`,
          row.stretch.trim() === "" ? null : `Phấn đấu: ${row.stretch}`,
          row.agency !== null ? `Chủ trì: ${row.agency.name}${row.agency.origin === "suggested" ? " (gợi ý)" : ""}` : suggestion !== null ? `Chủ trì: ${suggestion} (gợi ý)` : null,
        ]
          .filter((x) => x !== null)
          .join(" · ")}
        {row.quote === null ? " · nhập tay" : ""}
      </Caption1>
      {(row.confidence !== null && row.warnings.length > 0) || notes.length > 0 ? (
        <ul className={styles.notes} aria-label={`Lưu ý cho ${label}`}>
          {row.confidence !== null &&
            row.warnings.map((w, i) => (
              <li key={`w${i}`} className={styles.noteWarning}>
                <Caption1>{w}</Caption1>
              </li>
            ))}
          {notes.map((n, i) => (
            <li key={`n${i}`} className={n.severity === "loi" ? styles.noteError : n.severity === "canh_bao" ? styles.noteWarning : styles.muted}>
              <Caption1>{n.text}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {suggestion !== null && (row.agency === null || row.agency.origin === "suggested") && (
        <div className={styles.suggestion}>
          <Badge appearance="tint" color="informative">
            Gợi ý chủ trì
          </Badge>
          <Caption1>{suggestion}</Caption1>
          <Button size="small" aria-label={`Xác nhận cơ quan chủ trì cho ${label}`} onClick={() => dispatch({ type: "confirmAgency", key: row.key, name: suggestion })}>
            Xác nhận
          </Button>
        </div>
      )}
      {open && (
        <div className={styles.grid}>
          <Field label="STT">
            <Input value={row.stt} onChange={edit("stt")} />
          </Field>
          <Field label="ĐVT" hint="Đơn vị tính">
            <Input value={row.unit} onChange={edit("unit")} />
          </Field>
          <Field label="Chỉ tiêu" className={styles.wide}>
            <Textarea value={row.name} resize="vertical" onChange={edit("name")} />
          </Field>
          <Field label="Kế hoạch" hint={reading === null ? "Ghi như văn bản: 95%, từ 95% trở lên, dưới 1%…" : `Đọc là: ${reading}`}>
            <Input value={row.target} onChange={edit("target")} />
          </Field>
          <Field label="Mục tiêu phấn đấu">
            <Input value={row.stretch} onChange={edit("stretch")} />
          </Field>
          <Field label="Cơ quan chủ trì" className={styles.wide}>
            <Input value={agencyText} placeholder={suggestion ?? undefined} onChange={edit("agency")} />
          </Field>
          <div className={mergeClasses(styles.actions, styles.wide)}>
            {row.quote !== null && (
              <Button size="small" aria-expanded={showQuote} onClick={() => setShowQuote(!showQuote)}>
                {showQuote ? "Ẩn câu trong văn bản" : "Xem câu trong văn bản"}
              </Button>
            )}
            <Button size="small" aria-label={`Chuyển ${label} lên`} onClick={() => dispatch({ type: "moveRow", key: row.key, by: -1 })}>
              ↑ Lên
            </Button>
            <Button size="small" aria-label={`Chuyển ${label} xuống`} onClick={() => dispatch({ type: "moveRow", key: row.key, by: 1 })}>
              ↓ Xuống
            </Button>
            {depth === 0 && (
              <Button size="small" onClick={() => dispatch({ type: "addPart", key: row.key })}>
                Thêm thành phần
              </Button>
            )}
            <Button size="small" aria-label={`Xóa ${label}`} onClick={() => dispatch({ type: "deleteRow", key: row.key })}>
              Xóa
            </Button>
          </div>
          {showQuote && row.quote !== null && <blockquote className={mergeClasses(styles.quote, styles.wide)}>{row.quote}</blockquote>}
        </div>
      )}
    </li>
  );
});
