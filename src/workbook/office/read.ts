/**
 * Reading the contract's tables through Office.js in two round trips however many rows there are:
 * sync 1 lists the workbook's tables; sync 2 loads each contract table's whole range (header, body)
 * with its address and sheet in one batch.
 */
import { TABLE_SPECS, normaliseHeader } from "../../domain";
import type { RawRow, RawTable, TableName } from "../../domain";
import { parseA1 } from "../layout/grid";
import type { WorkbookSnapshot } from "../port";
import { fromExcel } from "./values";

/** A table's rows keyed by header text, from the values of its whole range (header first). */
export function rawTableFromValues(values: readonly unknown[][], address: string, showTotals: boolean): RawTable {
  const headers = (values[0] ?? []).map((h) => String(h ?? ""));
  const body = values.slice(1, showTotals ? values.length - 1 : values.length);
  const rows = body.map((r) => {
    const row: RawRow = {};
    headers.forEach((h, i) => {
      row[h] = fromExcel(r[i]);
    });
    return row;
  });
  return { rows, headerRow: parseA1(address).row, headers };
}

/** Read every contract table present (two syncs; one when the workbook has none). */
export async function readContractTables(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const all = context.workbook.tables;
  all.load("items/name");
  await context.sync();
  const wanted: Array<{ table: TableName; t: Excel.Table; range: Excel.Range }> = [];
  for (const spec of TABLE_SPECS) {
    const t = all.items.find((x) => normaliseHeader(x.name) === normaliseHeader(spec.table));
    if (!t) continue;
    t.load("showTotals");
    t.worksheet.load("name");
    wanted.push({ table: spec.table, t, range: t.getRange().load("values, address") });
  }
  const tables: Partial<Record<TableName, RawTable & { sheet: string }>> = {};
  if (wanted.length === 0) return { tables };
  await context.sync();
  for (const w of wanted) {
    tables[w.table] = {
      ...rawTableFromValues(w.range.values, w.range.address, w.t.showTotals),
      sheet: w.t.worksheet.name,
    };
  }
  return { tables };
}
