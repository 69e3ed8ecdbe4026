/**
 * Sheet events for the task pane.
 *
 * Selection: one handler on the workbook's worksheet collection (`worksheets.onSelectionChanged`,
 * ExcelApi 1.9), so sheets added later (the template) or renamed keep working; the handler reads the
 * first selected cell's row only (a whole-column selection does not load the table) and maps it to
 * the record's id in one round trip.
 *
 * Changes: `tables.onChanged` with its `changeType`, `tableId`, `source` and `address`: a cell edit in
 * a contract table is reported with its rows, a row or column insert/delete as a change of the table,
 * tables outside the contract (report sheets) are ignored, and our own writes are not echoed.
 */
import { TABLE_SPECS, normaliseHeader, tableSpec } from "../../domain";
import type { TableName } from "../../domain";
import { columnIndexes, idColumn } from "../columns";
import { parseA1 } from "../layout/grid";
import type { TableChange, WorkbookEvents } from "../port";
import type { ExcelRunner } from "./run";

type RecordTable = "Borgere" | "Maal" | "Opfoelgning";
const RECORD_TABLES: readonly RecordTable[] = ["Borgere", "Maal", "Opfoelgning"];

/** Removes a registered handler (inside Excel: `Excel.run(result.context, …)`). */
export type HandlerRemover = (result: OfficeExtension.EventHandlerResult<unknown>) => Promise<void>;

export const removeWithExcel: HandlerRemover = (result) =>
  Excel.run(result.context, async (context) => {
    result.remove();
    await context.sync();
  });

/** Rows our own writes touched, so their change events are not echoed back as a colleague's. */
export class OwnWrites {
  private readonly entries: Array<{ table: TableName; first: number; last: number; until: number }> = [];
  constructor(
    private readonly now: () => number = () => Date.now(),
    /** How long after a write its events may still arrive. */
    private readonly windowMs = 3000,
  ) {}

  note(table: TableName, first: number, last: number = first): void {
    this.entries.push({ table, first, last, until: this.now() + this.windowMs });
  }

  /** Is this change one of ours (this user's session, inside rows we just wrote)? */
  isOwn(change: TableChange): boolean {
    const t = this.now();
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i].until < t) this.entries.splice(i, 1);
    if (change.source !== "local" || !change.rows) return false;
    const rows = change.rows;
    return this.entries.some((e) => e.table === change.table && rows.first >= e.first && rows.last <= e.last);
  }
}

/** Worksheet rows of an event's address ("B5", "B5:D7", "5:5"); null when it is not one range. */
export function rowsOfAddress(address: string): { first: number; last: number } | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  if (local === "" || local.includes(",")) return null;
  const rowsOnly = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rowsOnly) return { first: Number(rowsOnly[1]), last: Number(rowsOnly[2]) };
  try {
    const r = parseA1(local.replace(/\$/g, ""));
    return { first: r.row, last: r.row + r.rowCount - 1 };
  } catch {
    return null;
  }
}

/** An Office change event as a change of a contract table (null: read everything again). */
export function changeOf(e: { changeType?: string; source?: string; address?: string }, table: TableName): TableChange {
  const source = e.source === "Remote" ? "remote" : "local";
  const rows = e.address ? rowsOfAddress(e.address) : null;
  if (e.changeType === "RangeEdited" && rows) return { table, kind: "cells", rows, source };
  return { table, kind: "rows", source, ...(rows ? { rows } : {}) };
}

/** The id of the record in the first selected cell's row, if that row is a data row of one of `tables`. */
async function selectedRecord(
  run: ExcelRunner,
  worksheetId: string,
  address: string,
): Promise<{ table: RecordTable; id: string } | null> {
  const first = address.split(",")[0].trim();
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(worksheetId);
    // One cell: a whole column ("B:B") or a big block must not pull the table's rows.
    const selected = ws.getRange(first).getCell(0, 0).load("rowIndex");
    ws.load("id");
    const all = context.workbook.tables.load("items/name, items/worksheet/id");
    await context.sync();
    const probes = RECORD_TABLES.flatMap((name) => {
      const t = all.items.find((x) => normaliseHeader(x.name) === normaliseHeader(name));
      if (!t || t.worksheet.id !== ws.id) return [];
      return [
        {
          name,
          header: t.getHeaderRowRange().load("values"),
          row: selected.getEntireRow().getIntersectionOrNullObject(t.getDataBodyRange()).load("values, rowIndex"),
        },
      ];
    });
    if (probes.length === 0) return null;
    await context.sync();
    for (const p of probes) {
      if (p.row.isNullObject || p.row.rowIndex !== selected.rowIndex) continue;
      const idIndex = columnIndexes(tableSpec(p.name), p.header.values[0]).get(idColumn(p.name).key);
      if (idIndex === undefined) return null;
      const id = String(p.row.values[0][idIndex] ?? "").trim();
      return id === "" ? null : { table: p.name, id };
    }
    return null;
  });
}

export function officeEvents(run: ExcelRunner, remove: HandlerRemover, own: OwnWrites): WorkbookEvents {
  return {
    onSelectRecord(handler) {
      let registered: OfficeExtension.EventHandlerResult<unknown> | null = null;
      let stopped = false;
      const ready = run(async (context) => {
        registered = context.workbook.worksheets.onSelectionChanged.add(
          async (e: Excel.WorksheetSelectionChangedEventArgs) => {
            if (stopped) return;
            const hit = await selectedRecord(run, e.worksheetId, e.address);
            if (hit && !stopped) handler(hit.table, hit.id);
          },
        ) as OfficeExtension.EventHandlerResult<unknown>;
        await context.sync();
      });
      return () => {
        stopped = true;
        void ready.then(() => (registered ? remove(registered) : undefined));
      };
    },
    onTablesChanged(handler) {
      let result: OfficeExtension.EventHandlerResult<unknown> | null = null;
      let stopped = false;
      /** Table ids of the contract's tables; refreshed when an unknown id shows up. */
      let names = new Map<string, TableName | null>();
      const learnIds = (): Promise<void> =>
        run(async (context) => {
          const all = context.workbook.tables.load("items/id, items/name");
          await context.sync();
          const next = new Map<string, TableName | null>();
          for (const t of all.items) {
            const spec = TABLE_SPECS.find((s) => normaliseHeader(s.table) === normaliseHeader(t.name));
            next.set(t.id, spec ? spec.table : null);
          }
          names = next;
        });
      const ready = run(async (context) => {
        result = context.workbook.tables.onChanged.add(async (e: Excel.TableChangedEventArgs) => {
          if (stopped) return;
          if (!names.has(e.tableId)) {
            try {
              await learnIds();
            } catch {
              names.set(e.tableId, null);
              handler(null);
              return;
            }
          }
          const table = names.get(e.tableId);
          if (table === undefined) return handler(null);
          // A report sheet's table, or a user's own table: nothing the pane shows.
          if (table === null) return;
          const change = changeOf(e, table);
          if (own.isOwn(change)) return;
          handler(change);
        }) as OfficeExtension.EventHandlerResult<unknown>;
        await context.sync();
      }).then(learnIds);
      return () => {
        stopped = true;
        void ready.then(() => (result ? remove(result) : undefined));
      };
    },
  };
}
