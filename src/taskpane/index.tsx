import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { chooseHost } from "./hostChoice";
import { detectOffice } from "./officeReady";
import { StartupError } from "./StartupError";

const container = document.getElementById("root");
// taskpane.html has already explained that an old webview (IE 11, Edge Legacy) cannot run the pane.
if (container !== null && container.dataset.legacy === undefined) {
  const root = createRoot(container);
  detectOffice()
    .then((status) => chooseHost(status))
    .then(
      (paneHost) => root.render(<FluentProvider theme={webLightTheme}><App paneHost={paneHost} /></FluentProvider>),
      (error: unknown) => root.render(<FluentProvider theme={webLightTheme}><StartupError error={error} /></FluentProvider>),
    );
}
