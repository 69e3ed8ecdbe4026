/**
 * Renders the whole task pane on an in-memory workbook (the worked example by default), with the
 * clock pinned, for component tests.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { dayFromYmd } from "../../../src/domain";
import type { DayNumber, RawRow } from "../../../src/domain";
import { App } from "../../../src/taskpane/App";
import type { Route } from "../../../src/taskpane/navigation";
import { WorkbookStore } from "../../../src/taskpane/state/store";
import { MemoryWorkbookAdapter } from "../../../src/workbook/memory/adapter";
import { seedWorkbook } from "../../../src/workbook/memory/seed";
import { workedExampleRows } from "../../fixtures/workedExample";
import { localDateFromDay } from "../../../src/taskpane/components/dates";

export const day = (y: number, m: number, d: number): DayNumber => dayFromYmd(y, m, d) as DayNumber;

/** The worked example's rows, deep-copied so a test may change them. */
export const exampleTables = (): Record<string, RawRow[]> => JSON.parse(JSON.stringify(workedExampleRows));

export interface PaneOptions {
  /** Tables to seed (default: the worked example). */
  tables?: Record<string, RawRow[]>;
  /** Add what the template lacks before the pane opens (default false: the pane offers it). */
  complete?: boolean;
  /** The pane's today (default 15-01-2027, after every follow-up of the worked example). */
  today?: DayNumber;
  initialRoute?: Route;
}

/** Render the pane and wait until its first read of the workbook has finished (or failed). */
export async function renderPane(options: PaneOptions = {}) {
  const adapter = new MemoryWorkbookAdapter(seedWorkbook(options.tables ?? exampleTables()));
  if (options.complete ?? false) await adapter.ensureTemplate();
  const today = options.today ?? day(2027, 1, 15);
  const store = new WorkbookStore(adapter, { now: () => localDateFromDay(today), refreshDelayMs: 5 });
  const user = userEvent.setup({ delay: null });
  const view = render(<App store={store} initialRoute={options.initialRoute} />);
  // The pane starts reading the workbook as it mounts. Wait for that read here, where React Testing
  // Library expects async updates; otherwise a quick read (an empty workbook) lands between the
  // caller's steps and updates the pane outside act().
  await waitFor(() => expect(store.getState().status).not.toBe("loading"));
  return { adapter, store, user, view, today };
}

/** Wait until the pane has read the workbook and shows the citizens list. */
export async function renderReadyPane(options: PaneOptions = {}) {
  const pane = await renderPane(options);
  const ready = await Promise.race([
    screen.findByRole("navigation", { name: "Hovedmenu" }, { timeout: 5000 }).then(() => "ready"),
    screen.findByRole("button", { name: "Fortsæt uden at ændre noget" }, { timeout: 5000 }).then(() => "partial"),
  ]);
  if (ready === "partial") {
    await pane.user.click(screen.getByRole("button", { name: "Fortsæt uden at ændre noget" }));
    await screen.findByRole("navigation", { name: "Hovedmenu" });
  }
  return pane;
}

/** The rows of a memory table keyed by header (what the sheet holds now). */
export { tableRows } from "../../../src/workbook/memory/seed";

/**
 * A text matcher for text that runs across elements, as a message or card line does where its dates
 * are drawn in pieces of their own: the innermost element whose whole text is (or matches) `expected`.
 * @example within(card).getByText(wholeText("15-01-2027: Delvist opnået (75 %)"))
 */
export const wholeText =
  (expected: string | RegExp) =>
  (_content: string, element: Element | null): boolean => {
    const matches = (e: Element): boolean =>
      typeof expected === "string" ? e.textContent === expected : expected.test(e.textContent ?? "");
    return element !== null && matches(element) && Array.from(element.children).every((c) => !matches(c));
  };
