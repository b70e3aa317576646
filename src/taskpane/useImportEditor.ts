/**
 * "Nhập kế hoạch từ văn bản": a document or pasted text read by the core's extractor into the
 * editor's state. Held above the steps (in App) so that leaving the Kế hoạch tab keeps the
 * officer's corrections. The editing rules are planEditor's; this only reads and dispatches.
 */
import { useCallback, useMemo, useReducer, useState } from "react";
import { extractPlan, planTextFromPlain, type PlanText } from "../core/extract";
import { checkEditor, editorFromDraft, planEditorReducer, type EditorCheck, type EditorEvent, type PlanEditorState } from "./view/planEditor";
import { errorText } from "./view/errorText";

export interface ImportEditor {
  state: PlanEditorState | null;
  /** The model's errors and the review's findings for the current state. */
  check: EditorCheck | null;
  /** Where the text came from: a file name, or "Văn bản dán vào". */
  source: string | null;
  /** The last document read and its name, kept after the editor closes so that «Rà soát» can compare the plan taken from it with its own text. */
  document: { text: PlanText; name: string } | null;
  reading: boolean;
  /** Why the last document could not be read, in Vietnamese. */
  problem: string | null;
  readFile(file: File): void;
  readPasted(text: string): void;
  dispatch(event: EditorEvent): void;
  close(): void;
}

type Action = { type: "load"; state: PlanEditorState } | { type: "close" } | EditorEvent;

function reducer(state: PlanEditorState | null, action: Action): PlanEditorState | null {
  if (action.type === "load") return action.state;
  if (action.type === "close") return null;
  return state === null ? null : planEditorReducer(state, action);
}

const NO_INDICATORS = "Không tìm thấy chỉ tiêu nào trong văn bản. Kiểm tra đúng văn bản kế hoạch (có phần «Các chỉ tiêu chủ yếu» hoặc bảng Phụ lục I), hoặc thêm chỉ tiêu bằng tay sau khi đọc.";

export function useImportEditor(): ImportEditor {
  const [state, dispatchAction] = useReducer(reducer, null);
  const [source, setSource] = useState<string | null>(null);
  const [document, setDocument] = useState<{ text: PlanText; name: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback((text: PlanText, from: string) => {
    const draft = extractPlan(text);
    const count = draft.sections.reduce((n, s) => n + s.indicators.length, 0);
    setSource(from);
    setDocument({ text, name: from });
    setProblem(count === 0 ? NO_INDICATORS : null);
    dispatchAction({ type: "load", state: editorFromDraft(draft) });
  }, []);

  const readFile = useCallback(
    (file: File) => {
      setReading(true);
      setProblem(null);
      file
        .arrayBuffer()
        .then(async (bytes) => (await import("./readDocumentFile")).readDocumentFile(new Uint8Array(bytes), file.name))
        .then((text) => load(text, file.name))
        .catch((error: unknown) => setProblem(errorText(`Đọc tệp ${file.name}`, error)))
        .finally(() => setReading(false));
    },
    [load],
  );

  const readPasted = useCallback(
    (text: string) => {
      if (text.trim() === "") {
        setProblem("Chưa có văn bản: dán nội dung kế hoạch vào ô trên rồi bấm «Đọc văn bản».");
        return;
      }
      load(planTextFromPlain(text), "Văn bản dán vào");
    },
    [load],
  );

  const check = useMemo(() => (state === null ? null : checkEditor(state)), [state]);
  const dispatch = useCallback((event: EditorEvent) => dispatchAction(event), []);
  const close = useCallback(() => {
    dispatchAction({ type: "close" });
    setSource(null);
    setProblem(null);
  }, []);

  return { state, check, source, document, reading, problem, readFile, readPasted, dispatch, close };
}
