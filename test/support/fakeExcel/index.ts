/**
 * A hand-written fake of the Excel JavaScript API subset the Office adapter uses, with counted
 * syncs, "property not loaded" errors, request sizes, and hooks to act as another user between syncs.
 */
import { FakeContext } from "./context";
import { FakeWorkbookState, fakeError } from "./model";
import { FakeWorkbook } from "./proxies";

export { FakeWorkbookState } from "./model";
export type { SheetState, TableState, FakeCell, FakeTableChange } from "./model";
import type { FakeTableChange } from "./model";

export interface FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook["application"];
  sync(): Promise<void>;
}

/** What one `run` did: its syncs and, per sync, the request and response sizes (JSON bytes). */
export interface RunRecord {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  suspendedSyncs: number[];
  maxCellsRead: number;
  /** Syncs (1-based) Excel refused above its limits; their sizes are in the lists all the same. */
  refused: number[];
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  /** Syncs per `run`, in order. */
  readonly runs: RunRecord[] = [];
  /** Called before the n-th sync (1-based) of every run: act as another user here. */
  beforeSync?: (syncInRun: number) => void;

  /** Like `Excel.run` (with or without its options first): a fresh request context per batch. */
  run = async <T>(
    first: ((context: FakeRequestContext) => Promise<T>) | { delayForCellEdit?: boolean },
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as (context: FakeRequestContext) => Promise<T>;
    const options = typeof first === "function" ? {} : first;
    // While the user types in a cell, Excel fails a batch unless it was asked to wait.
    if (this.state.cellEditMode && !options.delayForCellEdit) {
      throw fakeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const ctx: FakeContext = new FakeContext(this.state);
    ctx.beforeSync = (n) => this.beforeSync?.(n);
    const workbook = new FakeWorkbook(ctx);
    const record: RunRecord = {
      syncs: 0,
      requestBytes: ctx.requestBytes,
      responseBytes: ctx.responseBytes,
      suspendedSyncs: ctx.suspendedSyncs,
      maxCellsRead: 0,
      refused: ctx.refused,
    };
    this.runs.push(record);
    const context: FakeRequestContext = { workbook, application: workbook.application, sync: () => ctx.sync() };
    try {
      const result = await batch(context);
      // Excel.run sends what is left queued when the batch returns.
      if (ctx.hasPending()) await ctx.sync();
      return result;
    } finally {
      record.syncs = ctx.syncCount;
      record.maxCellsRead = ctx.maxCellsRead;
    }
  };

  /** Syncs of the last run that queued any work (the closing sync of Excel.run is not counted when empty). */
  get lastRun(): RunRecord {
    return this.runs[this.runs.length - 1];
  }

  /** The user selects `address` (e.g. "B7") on a sheet; selection handlers run and are awaited. */
  async select(sheet: string, address: string): Promise<void> {
    const s = this.state.sheet(sheet);
    if (!s) return;
    for (const l of [...this.state.selectionListeners]) {
      if (l.sheet === s || l.sheet === null) await l.handler({ address, worksheetId: s.id ?? `{${s.name}}` });
    }
  }

  /**
   * Another user changes the workbook; table-change handlers get Excel's event for the table
   * (`address` on the table's sheet, default its whole range; "Remote" unless told) and are awaited.
   */
  async changeByOtherUser(
    change: (state: FakeWorkbookState) => void,
    tableName = "",
    event: Partial<Pick<FakeTableChange, "address" | "changeType" | "source">> = {},
  ): Promise<void> {
    change(this.state);
    await this.announce(tableName, event);
  }

  /** Tell the table-change handlers that `tableName` changed (as Excel does after any edit). */
  async announce(
    tableName: string,
    event: Partial<Pick<FakeTableChange, "address" | "changeType" | "source">> = {},
  ): Promise<void> {
    const t = this.state.table(tableName);
    const whole = t ? this.state.address(t.sheet, t.row, t.col, t.rowCount, t.colCount).split("!")[1] : "";
    const e: FakeTableChange = {
      type: "TableChanged",
      tableId: t?.id ?? `{${tableName}}`,
      worksheetId: t?.sheet.id ?? "",
      address: event.address ?? whole,
      changeType: event.changeType ?? "RangeEdited",
      source: event.source ?? "Remote",
    };
    for (const l of [...this.state.tableChangeListeners]) await l(e);
  }
}
