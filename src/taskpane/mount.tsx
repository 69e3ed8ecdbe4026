/**
 * Entry of the task pane chunk, loaded by the shared runtime (src/runtime.ts) only when the pane is
 * shown. Inside Excel it connects the pane to the workbook through the Office.js adapter; opened in
 * an ordinary browser it says so (the browser preview has its own entry, preview.tsx).
 */
import { createRoot, type Root } from "react-dom/client";

/** Is this page running inside Excel, with the Excel JavaScript API available? */
export function insideExcel(): boolean {
  return (
    typeof Office !== "undefined" &&
    typeof Excel !== "undefined" &&
    Office.context !== undefined &&
    Office.context.host === Office.HostType.Excel
  );
}

/**
 * Shown when the page is opened in an ordinary browser. Plain elements on purpose: this branch should
 * not pull in Fluent UI and the whole pane just to say where SMORTE belongs.
 */
function OutsideExcel() {
  return (
    <main
      lang="da"
      style={{
        padding: 16,
        display: "grid",
        gap: 12,
        fontFamily: '"Segoe UI", system-ui, sans-serif',
        color: "#242424",
      }}
    >
      <h1 style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>SMORTE</h1>
      <p style={{ margin: 0 }}>
        SMORTE er et tilføjelsesprogram til Excel. Åbn det fra knappen SMORTE under fanen Hjem i Excel, så arbejder
        ruden på jeres arbejdsbog.
      </p>
      <p style={{ margin: 0 }}>Vil du prøve ruden uden Excel, så start forhåndsvisningen med npm run preview.</p>
    </main>
  );
}

/**
 * The pane on the workbook through the Office.js adapter. The modules are part of this chunk
 * (webpackMode "eager": no extra download); importing them here keeps the page opened outside Excel
 * from evaluating them at all.
 */
async function renderInExcel(reactRoot: Root): Promise<void> {
  const [{ App }, { WorkbookStore }, { OfficeWorkbookAdapter }] = await Promise.all([
    import(/* webpackMode: "eager" */ "./App"),
    import(/* webpackMode: "eager" */ "./state/store"),
    import(/* webpackMode: "eager" */ "../workbook/office/adapter"),
  ]);
  const store = new WorkbookStore(new OfficeWorkbookAdapter());
  reactRoot.render(<App store={store} />);
}

/** Render the SMORTE task pane into `root` (called once by the shared runtime, when the pane is shown). */
export function mountTaskpane(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  if (!insideExcel()) {
    reactRoot.render(<OutsideExcel />);
    return;
  }
  void renderInExcel(reactRoot);
}
