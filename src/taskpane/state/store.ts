/**
 * The pane's one connection to the workbook: loads it through the port, keeps an in-memory view of
 * every table (the lists' columns: free text is read when a record is opened), re-reads only what
 * changed when the sheets change (changes.ts; a burst of events becomes one read), and writes single
 * records with an optimistic check against what it read.
 *
 * React components never see the port; they read this store through hooks (`context.tsx`) and call
 * its methods. The store never touches Office.js: the port hides where the workbook lives.
 */
import { normaliseHeader, readWorkbook, tableSpec, todayDay } from "../../domain";
import type { DayNumber, Finding, RawRow, TableName, WorkbookData } from "../../domain";
import { isFilteredTable, isRecordConflict } from "../../workbook/conflict";
import type { FilteredTableError, RecordConflictError } from "../../workbook/conflict";
import { idColumn, idText } from "../../workbook/columns";
import type {
  EditableTable,
  RecordValues,
  TemplateReport,
  TemplateStatus,
  UpsertResult,
  WorkbookPort,
  WorkbookSnapshot,
  TableChange,
} from "../../workbook/port";
import { ChangeQueue, applyChanges } from "./changes";
import { CprRefused, cprRefusal } from "./cprGuard";
import { FutureFollowUpRefused, futureFollowUpRefusal } from "./followUpDate";
import { patchSnapshot } from "./patch";

export type LoadStatus = "loading" | "ready" | "failed";

export interface PaneState {
  readonly status: LoadStatus;
  /** What of the SMORTE contract the workbook has (null until inspected). */
  readonly template: TemplateStatus | null;
  /** The tables as last read (or as patched after our own write). */
  readonly snapshot: WorkbookSnapshot | null;
  /** The typed records the domain read from the snapshot. */
  readonly data: WorkbookData | null;
  /** Every finding the domain reported while reading (errors and warnings, with sheet/row/column). */
  readonly findings: readonly Finding[];
  /** Danish text of the last load failure, when `status` is "failed". */
  readonly error: string | null;
  /** Grows by one every time `data` changes; lets views memoise derived data cheaply. */
  readonly version: number;
  /** A save refused because a colleague changed the record meanwhile (ConflictNotice shows it). */
  readonly conflict: RecordConflictError | null;
  /**
   * A new record Excel would not take because a filter hides rows of its table: the pane asks whether
   * to clear the filter and save (FilterQuestion); the save waits for the answer.
   */
  readonly filtered: FilteredTableError | null;
}

export type SelectedTable = "Borgere" | "Maal" | "Opfoelgning";
export type SelectionHandler = (table: SelectedTable, id: string) => void;

export interface StoreOptions {
  /** Wait this long after the last sheet change before re-reading (default 600 ms). */
  readonly refreshDelayMs?: number;
  /** The clock (default: the computer's). The preview pins it to the demo data's "today". */
  readonly now?: () => Date;
}

const INITIAL: PaneState = {
  status: "loading",
  template: null,
  snapshot: null,
  data: null,
  findings: [],
  error: null,
  version: 0,
  conflict: null,
  filtered: null,
};

/** Turn anything thrown by a port or the domain into a Danish sentence for a MessageBar. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Der opstod en ukendt fejl. Prøv igen; hvis fejlen bliver ved, så luk og åbn ruden.";
}

/**
 * @example
 * const store = new WorkbookStore(port);
 * await store.load();
 * store.getState().data?.citizens.length; // 60
 * await store.save("Borgere", { citizenId: "B0061", targetGroup: "Autismespektrum" }, "insert");
 */
export class WorkbookStore {
  private state: PaneState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly selectionHandlers = new Set<SelectionHandler>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribers: Array<() => void> = [];
  private readonly refreshDelayMs: number;
  private readonly clock: () => Date;
  /** Guards against an older read overwriting a newer one. */
  private readSerial = 0;
  /** Changes reported by the sheets and not yet read. */
  private readonly changes = new ChangeQueue();
  /** Records opened in full (free text included), by table and id, as last read. */
  private readonly opened = new Map<string, RawRow>();

  constructor(
    readonly port: WorkbookPort,
    options: StoreOptions = {},
  ) {
    this.refreshDelayMs = options.refreshDelayMs ?? 600;
    this.clock = options.now ?? (() => new Date());
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Today's date as the store sees it (tests and the preview pin it). */
  todayDay(): DayNumber {
    return todayDay(this.clock());
  }

  /** The current time as the store sees it (for "Udarbejdet" on report sheets). */
  now(): Date {
    return this.clock();
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private applySnapshot(snapshot: WorkbookSnapshot, template: TemplateStatus | null = this.state.template): void {
    const { data, findings } = readWorkbook(snapshot.tables, { today: this.todayDay() });
    this.set({
      status: "ready",
      template,
      snapshot,
      data,
      findings,
      error: null,
      version: this.state.version + 1,
    });
  }

  /** Inspect the template and read every table (the port reads them in at most 2 round trips). */
  async load(): Promise<void> {
    const serial = ++this.readSerial;
    this.set({ status: this.state.data ? this.state.status : "loading", error: null });
    try {
      const template = await this.port.inspectTemplate();
      const snapshot = template.empty ? { tables: {} } : await this.port.readAll({ columns: "lists" });
      if (serial !== this.readSerial) return;
      this.applySnapshot(snapshot, template);
    } catch (error) {
      if (serial !== this.readSerial) return;
      this.set({ status: "failed", error: messageOf(error) });
    }
  }

  /** Re-read the tables (no template inspection); keeps the current view if the read fails. */
  async refresh(): Promise<void> {
    this.changes.take();
    const serial = ++this.readSerial;
    try {
      const snapshot = await this.port.readAll({ columns: "lists" });
      if (serial !== this.readSerial) return;
      this.applySnapshot(snapshot);
    } catch (error) {
      if (serial !== this.readSerial) return;
      this.set({ error: messageOf(error) });
    }
  }

  /** Re-read every table once the sheets have been quiet for a moment. */
  refreshSoon(): void {
    this.changed(null);
  }

  /**
   * The sheets changed (null: in a way the host could not place). Gathered until the sheets have
   * been quiet for a moment, then only what changed is read again.
   */
  changed(change: TableChange | null): void {
    this.changes.add(change);
    // Records opened in full from a changed table may be stale now: open them again when needed.
    for (const key of [...this.opened.keys()])
      if (!change || key.startsWith(`${change.table}\u0000`)) this.opened.delete(key);
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.readChanges();
    }, this.refreshDelayMs);
  }

  /** Read what the gathered changes touched (see changes.ts). */
  async readChanges(): Promise<void> {
    if (this.changes.empty) return;
    const snapshot = this.state.snapshot;
    if (!snapshot) return this.refresh();
    const pending = this.changes.take();
    const serial = ++this.readSerial;
    try {
      const next = await applyChanges(this.port, snapshot, pending);
      if (serial !== this.readSerial) return;
      if (!next) return this.refresh();
      this.applySnapshot(next);
    } catch (error) {
      if (serial !== this.readSerial) return;
      this.set({ error: messageOf(error) });
    }
  }

  /**
   * Every column of one record (free text included), read when the record is opened. Null when no
   * row has the id (or the host cannot read single records).
   */
  async openRecord(table: TableName, id: string): Promise<RawRow | null> {
    const row = await this.port.readRecord(table, id);
    const key = `${table}\u0000${idText(id, idColumn(table).type)}`;
    if (row) this.opened.set(key, row);
    else this.opened.delete(key);
    return row;
  }

  /** The record as the pane read it, keyed by column key (free text where the record was opened). */
  private expectedOf(table: TableName, values: RecordValues): RecordValues | undefined {
    const t = this.state.snapshot?.tables[table];
    const idCol = idColumn(table);
    const id = idText(values[idCol.key], idCol.type);
    const headers = t?.headers ?? [];
    const idHeader = headers.find((h) => normaliseHeader(h) === normaliseHeader(idCol.name));
    const listed = idHeader ? t?.rows.find((r) => idText(r[idHeader], idCol.type) === id) : undefined;
    const opened = this.opened.get(`${table}\u0000${id}`);
    const row = { ...(listed ?? {}), ...(opened ?? {}) };
    if (!listed && !opened) return undefined;
    const expected: Record<string, RawRow[string]> = {};
    for (const c of tableSpec(table).columns) {
      const h = Object.keys(row).find((k) => normaliseHeader(k) === normaliseHeader(c.name));
      if (h !== undefined) expected[c.key] = row[h];
    }
    return expected;
  }

  private filterAnswer: ((clear: boolean) => void) | null = null;

  private askToClearFilter(error: FilteredTableError): Promise<boolean> {
    this.filterAnswer?.(false);
    this.set({ filtered: error });
    return new Promise((resolve) => {
      this.filterAnswer = (clear) => {
        this.filterAnswer = null;
        this.set({ filtered: null });
        resolve(clear);
      };
    });
  }

  /** The user's answer to the filter question: clear the table's filter and save, or leave it (the save fails). */
  answerFilter(clear: boolean): void {
    this.filterAnswer?.(clear);
  }

  /** Dismiss the conflict notice and read the record's table again (both of its choices do). */
  async resolveConflict(): Promise<void> {
    const conflict = this.state.conflict;
    this.set({ conflict: null });
    if (!conflict) return;
    this.opened.delete(`${conflict.table}\u0000${idText(conflict.id, idColumn(conflict.table).type)}`);
    this.changes.add({ table: conflict.table, kind: "rows", source: "remote" });
    await this.readChanges();
  }

  /** Create the SMORTE workbook, or add what it lacks, then load it again. */
  async ensureTemplate(): Promise<TemplateReport> {
    const report = await this.port.ensureTemplate();
    await this.load();
    return report;
  }

  /**
   * Write one record. The port finds the row by id at write time; the view is patched at once and
   * re-read shortly after, so formulas or formats the workbook applies come back too.
   * Throws the port's Danish error unchanged (the form shows it and keeps what the user typed), and
   * refuses, without writing anything, a record that holds something CPR-like in any field, and a
   * follow-up dated after today.
   */
  async save(
    table: EditableTable,
    values: RecordValues,
    mode: "insert" | "update" | "upsert" = "upsert",
  ): Promise<UpsertResult> {
    const refusal = cprRefusal(table as TableName, values);
    if (refusal) throw new CprRefused(refusal);
    const future = futureFollowUpRefusal(table, values, this.todayDay());
    if (future) throw new FutureFollowUpRefused(future);
    const expected = mode === "insert" ? undefined : this.expectedOf(table, values);
    let result: UpsertResult;
    const options = expected ? { mode, expected } : { mode };
    try {
      result = await this.port.upsert(table, values, options);
    } catch (error) {
      if (isRecordConflict(error)) this.set({ conflict: error });
      if (!isFilteredTable(error)) throw error;
      // The filter is shared by every co-author: clear it only when the user says so.
      if (!(await this.askToClearFilter(error))) throw error;
      result = await this.port.upsert(table, values, { ...options, clearFilter: true });
    }
    this.opened.delete(`${table}\u0000${idText(values[idColumn(table).key], idColumn(table).type)}`);
    const patched = this.state.snapshot ? patchSnapshot(this.state.snapshot, table as TableName, values, result) : null;
    if (patched) {
      this.applySnapshot(patched);
      // Read the written row back shortly, so formulas or formats the workbook applies come back too.
      this.changed({ table, kind: "cells", rows: { first: result.row, last: result.row }, source: "local" });
    } else {
      await this.refresh();
    }
    return result;
  }

  /** Listen to the sheets (selection and changes) where the host reports them. Returns a stop function. */
  start(): () => void {
    const events = this.port.events;
    if (events) {
      this.unsubscribers.push(events.onTablesChanged((change) => this.changed(change)));
      this.unsubscribers.push(
        events.onSelectRecord((table, id) => {
          for (const handler of this.selectionHandlers) handler(table, id);
        }),
      );
    }
    return () => this.stop();
  }

  stop(): void {
    while (this.unsubscribers.length) this.unsubscribers.pop()?.();
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** Be told when the user selects a row of Borgere, Mål or Opfølgning in the sheet. */
  onSelect(handler: SelectionHandler): () => void {
    this.selectionHandlers.add(handler);
    return () => this.selectionHandlers.delete(handler);
  }
}
