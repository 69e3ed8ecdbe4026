/**
 * Sheet events for the task pane: which record the user selected (a worksheet's onSelectionChanged
 * on the sheets of Borgere, Maal and Opfoelgning, mapped to the row's id in one round trip) and that
 * a table changed (the workbook's tables' onChanged; callers debounce and read again).
 */
import { normaliseHeader, tableSpec } from "../../domain";
import { columnIndexes, idColumn } from "../columns";
import type { WorkbookEvents } from "../port";
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

/** The id of the record in the first selected row, if that row is a data row of one of `tables`. */
async function selectedRecord(
  run: ExcelRunner,
  sheet: string,
  address: string,
  tables: readonly RecordTable[],
): Promise<{ table: RecordTable; id: string } | null> {
  const first = address.split(",")[0].trim();
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const selected = ws.getRange(first).load("rowIndex");
    const probes = tables.map((name) => {
      const t = context.workbook.tables.getItem(name);
      return {
        name,
        header: t.getHeaderRowRange().load("values"),
        row: selected.getEntireRow().getIntersectionOrNullObject(t.getDataBodyRange()).load("values, rowIndex"),
      };
    });
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

export function officeEvents(run: ExcelRunner, remove: HandlerRemover): WorkbookEvents {
  return {
    onSelectRecord(handler) {
      const registered: Array<OfficeExtension.EventHandlerResult<unknown>> = [];
      let stopped = false;
      const ready = run(async (context) => {
        const all = context.workbook.tables.load("items/name, items/worksheet/name");
        await context.sync();
        const bySheet = new Map<string, RecordTable[]>();
        for (const name of RECORD_TABLES) {
          const t = all.items.find((x) => normaliseHeader(x.name) === normaliseHeader(name));
          if (!t) continue;
          bySheet.set(t.worksheet.name, [...(bySheet.get(t.worksheet.name) ?? []), name]);
        }
        for (const [sheet, tables] of bySheet) {
          const ws = context.workbook.worksheets.getItem(sheet);
          registered.push(
            ws.onSelectionChanged.add(async (e: Excel.WorksheetSelectionChangedEventArgs) => {
              if (stopped) return;
              const hit = await selectedRecord(run, sheet, e.address, tables);
              if (hit && !stopped) handler(hit.table, hit.id);
            }) as OfficeExtension.EventHandlerResult<unknown>,
          );
        }
        await context.sync();
      });
      return () => {
        stopped = true;
        void ready.then(() => Promise.all(registered.map((r) => remove(r))));
      };
    },
    onTablesChanged(handler) {
      let result: OfficeExtension.EventHandlerResult<unknown> | null = null;
      let stopped = false;
      const ready = run(async (context) => {
        result = context.workbook.tables.onChanged.add(async () => {
          if (!stopped) handler();
        }) as OfficeExtension.EventHandlerResult<unknown>;
        await context.sync();
      });
      return () => {
        stopped = true;
        void ready.then(() => (result ? remove(result) : undefined));
      };
    },
  };
}
