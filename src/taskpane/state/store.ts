/**
 * The pane's one connection to the workbook: loads it through the port, keeps an in-memory view of
 * every table, re-reads (debounced) when the sheets change, and writes single records.
 *
 * React components never see the port; they read this store through hooks (`context.tsx`) and call
 * its methods. The store never touches Office.js: the port hides where the workbook lives.
 */
import { readWorkbook, todayDay } from "../../domain";
import type { DayNumber, Finding, TableName, WorkbookData } from "../../domain";
import type {
  EditableTable,
  RecordValues,
  TemplateReport,
  TemplateStatus,
  UpsertResult,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../workbook/port";
import { CprRefused, cprRefusal } from "./cprGuard";
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
      const snapshot = template.empty ? { tables: {} } : await this.port.readAll();
      if (serial !== this.readSerial) return;
      this.applySnapshot(snapshot, template);
    } catch (error) {
      if (serial !== this.readSerial) return;
      this.set({ status: "failed", error: messageOf(error) });
    }
  }

  /** Re-read the tables (no template inspection); keeps the current view if the read fails. */
  async refresh(): Promise<void> {
    const serial = ++this.readSerial;
    try {
      const snapshot = await this.port.readAll();
      if (serial !== this.readSerial) return;
      this.applySnapshot(snapshot);
    } catch (error) {
      if (serial !== this.readSerial) return;
      this.set({ error: messageOf(error) });
    }
  }

  /** Re-read once the sheets have been quiet for a moment (many change events become one read). */
  refreshSoon(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh();
    }, this.refreshDelayMs);
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
   * refuses, without writing anything, a record that holds something CPR-like in any field.
   */
  async save(
    table: EditableTable,
    values: RecordValues,
    mode: "insert" | "update" | "upsert" = "upsert",
  ): Promise<UpsertResult> {
    const refusal = cprRefusal(table as TableName, values);
    if (refusal) throw new CprRefused(refusal);
    const result = await this.port.upsert(table, values, { mode });
    const patched = this.state.snapshot ? patchSnapshot(this.state.snapshot, table as TableName, values, result) : null;
    if (patched) {
      this.applySnapshot(patched);
      this.refreshSoon();
    } else {
      await this.refresh();
    }
    return result;
  }

  /** Listen to the sheets (selection and changes) where the host reports them. Returns a stop function. */
  start(): () => void {
    const events = this.port.events;
    if (events) {
      this.unsubscribers.push(events.onTablesChanged(() => this.refreshSoon()));
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
