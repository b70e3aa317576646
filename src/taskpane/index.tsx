import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { chooseHost } from "./hostChoice";
import { detectOffice } from "./officeReady";
import { Starting } from "./Starting";
import { StartupError } from "./StartupError";

const container = document.getElementById("root");
// taskpane.html has already explained that an old webview (IE 11, Edge Legacy) cannot run the pane.
if (container !== null && container.dataset.legacy === undefined) {
  const root = createRoot(container);
  // The page's own loading text becomes the pane's, with a spinner, until Office answers or the
  // wait ends in file mode (the pane then says why, see startupNotice).
  root.render(<FluentProvider theme={webLightTheme}><Starting /></FluentProvider>);
  detectOffice()
    .then((status) => chooseHost(status))
    .then(
      (paneHost) => root.render(<FluentProvider theme={webLightTheme}><App paneHost={paneHost} /></FluentProvider>),
      (error: unknown) => root.render(<FluentProvider theme={webLightTheme}><StartupError error={error} /></FluentProvider>),
    );
}
