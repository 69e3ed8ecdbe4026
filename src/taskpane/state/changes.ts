/**
 * Incremental refresh: what the pane reads again after the sheets change, instead of everything.
 *
 * Change events (the port's `TableChange`) are collected while they come in a burst and then applied
 * at once: a cell edit re-reads those rows, a row insert/delete (or a sort, or rows that no longer
 * line up with our copy) re-reads that one table, a change the host could not place re-reads every
 * table. Reads use the pane's columns (`"lists"`), so free text never travels with a refresh.
 */
import type { TableName } from "../../domain";
import type { SheetTable, TableChange, WorkbookPort, WorkbookSnapshot } from "../../workbook/port";

/** Editing more separate row ranges than this in one burst re-reads the table instead. */
const MAX_RANGES = 8;

interface TablePending {
  whole: boolean;
  ranges: Array<{ first: number; last: number }>;
}

/** Changes gathered during a burst. */
export class ChangeQueue {
  private everything = false;
  private readonly tables = new Map<TableName, TablePending>();

  add(change: TableChange | null): void {
    if (!change) {
      this.everything = true;
      return;
    }
    const p = this.tables.get(change.table) ?? { whole: false, ranges: [] };
    if (change.kind === "rows" || !change.rows) p.whole = true;
    else p.ranges.push({ ...change.rows });
    if (p.ranges.length > MAX_RANGES) p.whole = true;
    this.tables.set(change.table, p);
  }

  get empty(): boolean {
    return !this.everything && this.tables.size === 0;
  }

  /** What to read, and start a new burst. */
  take(): { everything: boolean; tables: Map<TableName, TablePending> } {
    const taken = { everything: this.everything, tables: new Map(this.tables) };
    this.everything = false;
    this.tables.clear();
    return taken;
  }
}

/**
 * Merge overlapping or touching row ranges.
 * @example mergeRanges([{ first: 5, last: 6 }, { first: 7, last: 7 }, { first: 2, last: 2 }]) // [{ first: 2, last: 2 }, { first: 5, last: 7 }]
 */
export function mergeRanges(
  ranges: ReadonlyArray<{ first: number; last: number }>,
): Array<{ first: number; last: number }> {
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  const out: Array<{ first: number; last: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.first <= last.last + 1) last.last = Math.max(last.last, r.last);
    else out.push({ ...r });
  }
  return out;
}

const sameHeaders = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  !!a && a.length === b.length && a.every((h, i) => h === b[i]);

/** Re-read one table's edited rows into `current`; null when they no longer line up (read the table). */
async function patchRows(
  port: WorkbookPort,
  table: TableName,
  current: SheetTable,
  ranges: ReadonlyArray<{ first: number; last: number }>,
): Promise<SheetTable | null> {
  const rows = current.rows.slice();
  for (const r of mergeRanges(ranges)) {
    const read = await port.readRows(table, r.first, r.last, { columns: "lists" });
    if (!read) return null;
    if (read.bodyRows !== current.rows.length || read.headerRow !== current.headerRow) return null;
    if (!sameHeaders(current.headers, read.headers) || read.sheet !== current.sheet) return null;
    read.rows.forEach((row, i) => (rows[read.firstRow - current.headerRow - 1 + i] = row));
  }
  return { ...current, rows };
}

/**
 * The snapshot after the gathered changes, reading only what changed; null when everything must be
 * read again.
 */
export async function applyChanges(
  port: WorkbookPort,
  snapshot: WorkbookSnapshot,
  pending: ReturnType<ChangeQueue["take"]>,
): Promise<WorkbookSnapshot | null> {
  if (pending.everything) return null;
  const tables = { ...snapshot.tables } as Partial<Record<TableName, SheetTable>>;
  for (const [table, p] of pending.tables) {
    const current = tables[table];
    const patched =
      current && !p.whole && current.headerRow !== undefined && current.headers
        ? await patchRows(port, table, current as SheetTable, p.ranges)
        : null;
    if (patched) {
      tables[table] = patched;
      continue;
    }
    const read = await port.readTable(table, { columns: "lists" });
    if (read) tables[table] = read;
    else delete tables[table];
  }
  return { tables };
}
