/**
 * The browser preview (`npm run preview`): the real task pane outside Excel, on an in-memory workbook
 * filled with the demo data, clearly labelled as such. Nothing is saved: reloading the page starts
 * over. `?tom` starts from an empty workbook, to try the first-use flow.
 *
 * The demo data describe an offer as it stood on the demo's reference day, so the preview's clock is
 * pinned to that day (the time of day is the real one).
 */
import { createRoot } from "react-dom/client";
import { DEMO_REFERENCE_DAY, demoWorkbook } from "../workbook/demo";
import { MemoryWorkbookAdapter } from "../workbook/memory/adapter";
import { emptyWorkbook } from "../workbook/memory/model";
import { seedWorkbook } from "../workbook/memory/seed";
import { App } from "./App";
import { localDateFromDay, showDay } from "./components/dates";
import { PreviewBanner } from "./PreviewBanner";
import { WorkbookStore } from "./state/store";

/** The preview's clock: the demo's reference day at the current time of day. */
export function previewClock(referenceDay: number): () => Date {
  return () => {
    const now = new Date();
    const day = localDateFromDay(referenceDay);
    day.setHours(now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
    return day;
  };
}

/** Build the preview's store: demo data (default) or an empty workbook. */
export async function previewStore(empty: boolean): Promise<WorkbookStore> {
  const demo = demoWorkbook();
  const adapter = new MemoryWorkbookAdapter(empty ? emptyWorkbook() : seedWorkbook(demo.tables));
  // The demo holds every table; the template adds what a real workbook would also have (Kvalitetsmodel).
  if (!empty) await adapter.ensureTemplate();
  return new WorkbookStore(adapter, { now: previewClock(demo.referenceDay) });
}

async function start(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const empty = new URLSearchParams(window.location.search).has("tom");
  const store = await previewStore(empty);
  createRoot(root).render(
    <App store={store} banner={<PreviewBanner empty={empty} day={showDay(DEMO_REFERENCE_DAY)} />} />,
  );
}

void start();
