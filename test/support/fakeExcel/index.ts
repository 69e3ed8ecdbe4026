/**
 * A hand-written fake of the Excel JavaScript API subset the Office adapter uses, with counted
 * syncs, "property not loaded" errors, request sizes, and hooks to act as another user between syncs.
 */
import { FakeContext } from "./context";
import { FakeWorkbookState } from "./model";
import { FakeWorkbook } from "./proxies";

export { FakeWorkbookState } from "./model";
export type { SheetState, TableState, FakeCell } from "./model";

export interface FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  sync(): Promise<void>;
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  /** Syncs per `run`, in order. */
  readonly runs: Array<{ syncs: number; requestBytes: number[]; suspendedSyncs: number[] }> = [];
  /** Called before the n-th sync (1-based) of every run: act as another user here. */
  beforeSync?: (syncInRun: number) => void;

  /** Like `Excel.run`: a fresh request context per batch. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const ctx: FakeContext = new FakeContext(this.state);
    ctx.beforeSync = (n) => this.beforeSync?.(n);
    const workbook = new FakeWorkbook(ctx);
    const record = { syncs: 0, requestBytes: ctx.requestBytes, suspendedSyncs: ctx.suspendedSyncs };
    this.runs.push(record);
    const context: FakeRequestContext = { workbook, application: workbook.application, sync: () => ctx.sync() };
    try {
      const result = await batch(context);
      // Excel.run sends what is left queued when the batch returns.
      if (ctx.hasPending()) await ctx.sync();
      return result;
    } finally {
      record.syncs = ctx.syncCount;
    }
  };

  /** Syncs of the last run that queued any work (the closing sync of Excel.run is not counted when empty). */
  get lastRun(): { syncs: number; requestBytes: number[]; suspendedSyncs: number[] } {
    return this.runs[this.runs.length - 1];
  }

  /** The user selects `address` (e.g. "B7") on a sheet; selection handlers run and are awaited. */
  async select(sheet: string, address: string): Promise<void> {
    const s = this.state.sheet(sheet);
    for (const l of [...this.state.selectionListeners]) {
      if (l.sheet === s) await l.handler({ address, worksheetId: `{${s?.name}}` });
    }
  }

  /** Another user changes the workbook; table-change handlers run and are awaited. */
  async changeByOtherUser(change: (state: FakeWorkbookState) => void, tableName = ""): Promise<void> {
    change(this.state);
    for (const l of [...this.state.tableChangeListeners])
      await l({ tableId: `{${tableName}}`, address: "", changeType: "RangeEdited" });
  }
}
