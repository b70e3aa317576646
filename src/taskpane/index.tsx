import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

type HostInfo = { inExcel: boolean };

/** Inside Excel, Office.onReady says so; in a plain browser (or without office.js) the pane runs in file mode. */
function detectHost(): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined) return Promise.resolve({ inExcel: false });
  return office.onReady().then((info) => ({ inExcel: info.host === office.HostType.Excel }));
}

void detectHost().then((host) => {
  const container = document.getElementById("root");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App inExcel={host.inExcel} />
    </FluentProvider>,
  );
});
