/** @jest-environment jsdom */
/**
 * The shared-runtime entry: the React task pane is fetched and rendered only when the pane is shown,
 * never for a workbook that merely calculates SMORTE formulas in a hidden runtime.
 */
import { waitFor } from "@testing-library/dom";

// The functions module registers custom functions as a side effect; its own tests cover it.
jest.mock("../../src/functions/functions", () => ({}));

/** Stands in for the task pane module, so these tests see when and how often it is mounted. */
const mountTaskpane = jest.fn((root: HTMLElement) => {
  root.innerHTML = "<h1>SMORTE</h1>";
});
const MOUNT = "../../src/taskpane/mount";

type Runtime = typeof import("../../src/runtime");
type VisibilityHandler = (message: { visibilityMode: string }) => void;

interface OfficeStub {
  onReady: jest.Mock;
  context: { requirements: { isSetSupported: jest.Mock } };
  addin: { onVisibilityModeChanged: jest.Mock };
  VisibilityMode: { taskpane: string; hidden: string };
}

const LOADING = "Indlæser SMORTE …";
/** Office.HostType.Excel, without touching the Office global (absent in these tests). */
const EXCEL = "Excel" as unknown as Office.HostType;

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
}

/** Load runtime.ts afresh (module state is per load), with or without an Office global. */
function loadRuntime(office?: OfficeStub): Runtime {
  const g = globalThis as unknown as { Office?: OfficeStub };
  if (office) g.Office = office;
  else delete g.Office;
  let runtime: Runtime | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    runtime = require("../../src/runtime") as Runtime;
  });
  return runtime as Runtime;
}

function officeStub(): { office: OfficeStub; ready: () => VoidFunction; visibility: () => VisibilityHandler } {
  let readyCallback: ((info: { host: string }) => void) | undefined;
  let visibilityHandler: VisibilityHandler | undefined;
  const office: OfficeStub = {
    onReady: jest.fn((callback: (info: { host: string }) => void) => {
      readyCallback = callback;
      return new Promise(() => undefined);
    }),
    context: { requirements: { isSetSupported: jest.fn(() => true) } },
    addin: {
      onVisibilityModeChanged: jest.fn(async (handler: VisibilityHandler) => {
        visibilityHandler = handler;
        return async () => undefined;
      }),
    },
    VisibilityMode: { taskpane: "Taskpane", hidden: "Hidden" },
  };
  return {
    office,
    ready: () => () => readyCallback?.({ host: "Excel" }),
    visibility: () => visibilityHandler as VisibilityHandler,
  };
}

beforeEach(() => {
  document.body.innerHTML = `<div id="root"><p>${LOADING}</p></div>`;
  setVisibility("visible");
  mountTaskpane.mockClear();
  jest.resetModules(); // the lazy import resolves outside isolateModules, in the shared registry
  jest.doMock(MOUNT, () => ({ mountTaskpane }));
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.dontMock(MOUNT);
});

const root = (): HTMLElement => document.getElementById("root") as HTMLElement;

describe("the shared runtime entry", () => {
  test("outside Office (a browser preview) the pane is rendered straight away, into #root", async () => {
    const runtime = loadRuntime();
    runtime.start({ host: null });
    await runtime.showTaskpane();
    expect(mountTaskpane).toHaveBeenCalledTimes(1);
    expect(mountTaskpane).toHaveBeenCalledWith(root());
  });

  test("the real task pane module renders into #root and replaces the loading text", async () => {
    jest.dontMock(MOUNT);
    const runtime = loadRuntime();
    runtime.start({ host: null });
    await runtime.showTaskpane();
    await waitFor(() => expect(root().textContent).not.toContain(LOADING));
    expect(root().children.length).toBeGreaterThan(0);
  });

  test("a hidden runtime (formulas only) does not load the pane until Office shows it", async () => {
    setVisibility("hidden");
    const stub = officeStub();
    const runtime = loadRuntime(stub.office);
    expect(stub.office.onReady).toHaveBeenCalledTimes(1);
    stub.ready()();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mountTaskpane).not.toHaveBeenCalled();
    expect(root().textContent).toBe(LOADING);
    expect(stub.office.addin.onVisibilityModeChanged).toHaveBeenCalledTimes(1);

    stub.visibility()({ visibilityMode: "Hidden" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mountTaskpane).not.toHaveBeenCalled();

    stub.visibility()({ visibilityMode: "Taskpane" });
    await runtime.showTaskpane();
    expect(mountTaskpane).toHaveBeenCalledTimes(1);
  });

  test("a runtime that starts with the pane visible renders it at once", async () => {
    const stub = officeStub();
    const runtime = loadRuntime(stub.office);
    stub.ready()();
    await runtime.showTaskpane();
    expect(mountTaskpane).toHaveBeenCalledTimes(1);
  });

  test("the page becoming visible also renders the pane, once (also where the visibility event is missing)", async () => {
    setVisibility("hidden");
    const stub = officeStub();
    stub.office.context.requirements.isSetSupported.mockReturnValue(false);
    const runtime = loadRuntime(stub.office);
    stub.ready()();
    expect(stub.office.addin.onVisibilityModeChanged).not.toHaveBeenCalled();
    setVisibility("visible");
    document.dispatchEvent(new Event("visibilitychange"));
    document.dispatchEvent(new Event("visibilitychange"));
    await runtime.showTaskpane();
    await runtime.showTaskpane();
    expect(mountTaskpane).toHaveBeenCalledTimes(1);
  });

  test("if the pane cannot be loaded the user gets a Danish message, and the next show tries again", async () => {
    jest.doMock(MOUNT, () => {
      throw new Error("network down");
    });
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const runtime = loadRuntime();
    await runtime.showTaskpane();
    expect(document.getElementById("root")?.textContent).toMatch(/^SMORTE kunne ikke indlæses\. Luk ruden/);
    expect(error).toHaveBeenCalled();
    error.mockRestore();

    jest.doMock(MOUNT, () => ({ mountTaskpane }));
    await runtime.showTaskpane();
    expect(mountTaskpane).toHaveBeenCalledTimes(1);
  });

  test("visibleAtStartup: outside Office always; inside Office only when the document is visible", () => {
    const runtime = loadRuntime();
    setVisibility("hidden");
    expect(runtime.visibleAtStartup({ host: null }, document)).toBe(true);
    expect(runtime.visibleAtStartup({ host: EXCEL }, document)).toBe(false);
    setVisibility("visible");
    expect(runtime.visibleAtStartup({ host: EXCEL }, document)).toBe(true);
  });
});
