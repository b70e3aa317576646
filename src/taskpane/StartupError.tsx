import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { errorText } from "./view/errorText";

/** When the pane cannot start (a part of it failed to load), say so instead of staying blank. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <main style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Không khởi động được Phụ lục</MessageBarTitle>
          {errorText("Tải ngăn Phụ lục", error)} Kiểm tra kết nối mạng rồi tải lại trang (F5).
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
