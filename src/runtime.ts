/**
 * Entry of the shared runtime page (taskpane.html). Excel loads this page when a workbook uses our
 * custom functions, when the ribbon button is pressed, or when the pane opens; it stays alive for the
 * whole session (lifetime="long").
 *
 * - Importing the functions module registers the custom functions (the metadata plugin appends the
 *   CustomFunctions.associate calls to it).
 * - The React task pane is a separate chunk, fetched only when the pane is actually shown, so a
 *   workbook that only calculates SMORTE formulas never downloads React or Fluent UI.
 * - The ribbon button is a ShowTaskpane action on this same page: Office shows the pane, which raises
 *   Office.addin.onVisibilityModeChanged (or makes the document visible), and the pane is mounted then.
 */
import "./functions/functions";

export const ROOT_ID = "root";

const LOAD_FAILED = "SMORTE kunne ikke indlæses. Luk ruden, og åbn den igen fra knappen SMORTE under fanen Hjem.";

let mounting: Promise<void> | undefined;

/** Fetch the task pane chunk and render it into #root, once; later calls share the first load. */
export function showTaskpane(doc: Document = document): Promise<void> {
  mounting ??= import(/* webpackChunkName: "taskpane" */ "./taskpane/mount")
    .then(({ mountTaskpane }) => {
      const root = doc.getElementById(ROOT_ID);
      if (root) mountTaskpane(root);
    })
    .catch((error: unknown) => {
      mounting = undefined; // let the next show try again
      const root = doc.getElementById(ROOT_ID);
      if (root) root.textContent = LOAD_FAILED;
      console.error(error);
    });
  return mounting;
}

/** What Office.onReady reports; `host` is null when the page is opened outside Office (a browser preview). */
export interface ReadyInfo {
  readonly host: Office.HostType | null;
}

/**
 * Should the pane be rendered at start-up? Outside Office there is no hidden runtime, so yes. Inside
 * Office the page may be running hidden (functions only); render only if it is visible.
 */
export function visibleAtStartup(info: ReadyInfo, doc: Document): boolean {
  return info.host === null || doc.visibilityState === "visible";
}

/** Wire the page: render now if visible, and whenever Office shows the pane later. */
export function start(info: ReadyInfo, doc: Document = document): void {
  if (visibleAtStartup(info, doc)) void showTaskpane(doc);
  doc.addEventListener("visibilitychange", () => {
    if (doc.visibilityState === "visible") void showTaskpane(doc);
  });
  if (info.host !== null && Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    void Office.addin.onVisibilityModeChanged((message) => {
      if (message.visibilityMode === Office.VisibilityMode.taskpane) void showTaskpane(doc);
    });
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => start(info));
}
