/**
 * Entry of the task pane chunk, loaded by the shared runtime (src/runtime.ts) only when the pane is
 * shown. Inside Excel it connects the pane to the workbook through the Office.js adapter; opened in
 * an ordinary browser it says so (the browser preview has its own entry, preview.tsx).
 */
import { Body1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbookAdapter } from "../workbook/office/adapter";
import { App } from "./App";
import { WorkbookStore } from "./state/store";

/** Is this page running inside Excel, with the Excel JavaScript API available? */
export function insideExcel(): boolean {
  return (
    typeof Office !== "undefined" &&
    typeof Excel !== "undefined" &&
    Office.context !== undefined &&
    Office.context.host === Office.HostType.Excel
  );
}

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">SMORTE</Title3>
      <Body1>
        SMORTE er et tilføjelsesprogram til Excel. Åbn det fra knappen SMORTE under fanen Hjem i Excel, så arbejder
        ruden på jeres arbejdsbog.
      </Body1>
      <Body1>Vil du prøve ruden uden Excel, så start forhåndsvisningen med npm run preview.</Body1>
    </main>
  );
}

/** Render the SMORTE task pane into `root` (called once by the shared runtime, when the pane is shown). */
export function mountTaskpane(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  if (!insideExcel()) {
    reactRoot.render(
      <FluentProvider theme={webLightTheme} lang="da">
        <OutsideExcel />
      </FluentProvider>,
    );
    return;
  }
  const store = new WorkbookStore(new OfficeWorkbookAdapter());
  reactRoot.render(<App store={store} />);
}
