/**
 * Reading the contract's tables through Office.js, bounded at any size.
 *
 * `readAll`: sync 1 lists the workbook's tables and probes the date system; sync 2 loads each
 * contract table's header, sheet and body row count; then the bodies come in pages below Office's
 * payload limits (pages.ts), only the columns asked for (readColumns.ts). `readTable`, `readRows` and
 * `readRecord` read one table the same way, without listing the workbook.
 */
import { TABLE_SPECS, normaliseHeader, tableSpec } from "../../domain";
import type { CellValue, RawRow, RawTable, TableName } from "../../domain";
import { columnIndexes, idColumn } from "../columns";
import { parseA1 } from "../layout/grid";
import type { SheetTable, TableRows, WorkbookSnapshot } from "../port";
import { columnsToRead, rowOfColumns } from "../readColumns";
import type { ReadOptions } from "../readColumns";
import { bodyIndexOfId } from "../tableReads";
import { dateColumnIndexes, dateIn, probeDateSystem } from "./dateSystem";
import type { DateProbe } from "./dateSystem";
import { estimateRowBytes, readBodies } from "./pages";
import { errorCode } from "./run";
import { escapeFindText, fromExcel } from "./values";

/** A first guess of a report table's row (texts of a leader's action plan); later pages measure. */
const SHEET_TABLE_CELL_BYTES = 120;

/**
 * Any named table on a named sheet (a report's action plan or learning table), every column, its
 * body in pages like the contract's tables: sync 1 finds it, sync 2 its header and size, then pages.
 */
export async function readNamedSheetTable(
  context: Excel.RequestContext,
  sheet: string,
  tableName: string,
): Promise<RawTable | null> {
  const all = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const t = all.items.find(
    (x) =>
      normaliseHeader(x.name) === normaliseHeader(tableName) &&
      normaliseHeader(x.worksheet.name) === normaliseHeader(sheet),
  );
  if (!t) return null;
  const header = t.getHeaderRowRange().load("values, address");
  const body = t.getDataBodyRange().load("rowCount");
  await context.sync();
  const headers = header.values[0].map((h) => String(h ?? ""));
  const headerRow = parseA1(header.address).row;
  const columns = headers.map((_, i) => i);
  const [cells] = await readBodies(
    context,
    [{ table: t, first: 0, count: body.rowCount, columns, estimate: 2 + SHEET_TABLE_CELL_BYTES * columns.length }],
    (_, bodyIndex) => ({ sheet: t.worksheet.name, row: headerRow + 1 + bodyIndex }),
  );
  const rows = cells.map((r) => rowOfColumns(headers, (c) => fromExcel(r[c]), columns));
  return { rows, headerRow, headers };
}

/** What sync 2 learns of a table: where it is, its headers and how many body rows it has. */
export interface TableMeta {
  readonly name: TableName;
  readonly table: Excel.Table;
  readonly sheet: string;
  readonly headers: string[];
  readonly headerRow: number;
  readonly bodyRows: number;
}

interface PendingMeta {
  readonly name: TableName;
  readonly table: Excel.Table;
  readonly ws: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

/** Queue the loads of a table's meta (one sync for any number of tables). */
export function queueMeta(name: TableName, table: Excel.Table): PendingMeta {
  return {
    name,
    table,
    ws: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values, address"),
    body: table.getDataBodyRange().load("rowCount"),
  };
}

export function metaOf(p: PendingMeta): TableMeta {
  return {
    name: p.name,
    table: p.table,
    sheet: p.ws.name,
    headers: p.header.values[0].map((h) => String(h ?? "")),
    headerRow: parseA1(p.header.address).row,
    bodyRows: p.body.rowCount,
  };
}

/** Rows of `meta` from body index `first`, `count` of them, with the asked columns (dates in the 1900 system). */
async function readBodyRows(
  context: Excel.RequestContext,
  metas: ReadonlyArray<{ meta: TableMeta; first: number; count: number; columns: number[] }>,
  offset: number,
): Promise<RawRow[][]> {
  const bodies = await readBodies(
    context,
    metas.map((m) => ({
      table: m.meta.table,
      first: m.first,
      count: m.count,
      columns: m.columns,
      estimate: estimateRowBytes(m.meta.name, m.meta.headers, m.columns),
    })),
    (i, bodyIndex) => ({ sheet: metas[i].meta.sheet, row: metas[i].meta.headerRow + 1 + bodyIndex }),
  );
  return metas.map((m, i) => {
    const dates = dateColumnIndexes(m.meta.name, m.meta.headers);
    return bodies[i].map((cells) =>
      rowOfColumns(
        m.meta.headers,
        (c) => (dates.has(c) ? dateIn(fromExcel(cells[c]), offset) : fromExcel(cells[c])),
        m.columns,
      ),
    );
  });
}

const sheetTable = (meta: TableMeta, rows: RawRow[]): SheetTable => ({
  rows,
  headerRow: meta.headerRow,
  headers: meta.headers,
  sheet: meta.sheet,
});

/** Read every contract table present (see the module comment). */
export async function readContractTables(
  context: Excel.RequestContext,
  options?: ReadOptions,
): Promise<WorkbookSnapshot> {
  const all = context.workbook.tables;
  all.load("items/name");
  const dates = probeDateSystem(context);
  await context.sync();
  const pending: PendingMeta[] = [];
  for (const spec of TABLE_SPECS) {
    const t = all.items.find((x) => normaliseHeader(x.name) === normaliseHeader(spec.table));
    if (t) pending.push(queueMeta(spec.table, t));
  }
  const tables: Partial<Record<TableName, SheetTable>> = {};
  if (pending.length === 0) return { tables };
  await context.sync();
  const metas = pending.map(metaOf);
  const mode = options?.columns ?? "all";
  const rows = await readBodyRows(
    context,
    metas.map((meta) => ({
      meta,
      first: 0,
      count: meta.bodyRows,
      columns: columnsToRead(meta.name, meta.headers, mode),
    })),
    dates.offset(),
  );
  metas.forEach((meta, i) => (tables[meta.name] = sheetTable(meta, rows[i])));
  return { tables };
}

/** Sync 1 of a one-table read: its meta and the date system; null when the table is missing. */
export async function readMeta(
  context: Excel.RequestContext,
  name: TableName,
): Promise<{ meta: TableMeta; dates: DateProbe } | null> {
  const pending = queueMeta(name, context.workbook.tables.getItem(name));
  const dates = probeDateSystem(context);
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "ItemNotFound") return null;
    throw e;
  }
  return { meta: metaOf(pending), dates };
}

export async function readOneTable(
  context: Excel.RequestContext,
  name: TableName,
  options?: ReadOptions,
): Promise<SheetTable | null> {
  const read = await readMeta(context, name);
  if (!read) return null;
  const { meta } = read;
  const columns = columnsToRead(name, meta.headers, options?.columns ?? "all");
  const [rows] = await readBodyRows(context, [{ meta, first: 0, count: meta.bodyRows, columns }], read.dates.offset());
  return sheetTable(meta, rows);
}

export async function readTableRows(
  context: Excel.RequestContext,
  name: TableName,
  first: number,
  last: number,
  options?: ReadOptions,
): Promise<TableRows | null> {
  const read = await readMeta(context, name);
  if (!read) return null;
  const { meta } = read;
  const from = Math.max(first, meta.headerRow + 1);
  const to = Math.min(last, meta.headerRow + meta.bodyRows);
  const columns = columnsToRead(name, meta.headers, options?.columns ?? "all");
  const [rows] =
    to >= from
      ? await readBodyRows(
          context,
          [{ meta, first: from - meta.headerRow - 1, count: to - from + 1, columns }],
          read.dates.offset(),
        )
      : [[]];
  return {
    sheet: meta.sheet,
    headerRow: meta.headerRow,
    headers: meta.headers,
    firstRow: from,
    rows,
    bodyRows: meta.bodyRows,
  };
}

/**
 * Every column of one record: sync 1 meta; sync 2 finds the id in the id column (Excel searches, so
 * nothing of the other rows travels); sync 3 reads that row.
 */
export async function readOneRecord(
  context: Excel.RequestContext,
  name: TableName,
  id: string,
): Promise<RawRow | null> {
  const read = await readMeta(context, name);
  if (!read) return null;
  const { meta } = read;
  const idIndex = columnIndexes(tableSpec(name), meta.headers).get(idColumn(name).key);
  if (idIndex === undefined || meta.bodyRows === 0) return null;
  const idRange = meta.table
    .getDataBodyRange()
    .getCell(0, idIndex)
    .getResizedRange(meta.bodyRows - 1, 0);
  let bodyIndex: number;
  if (meta.bodyRows === 1) {
    const only = idRange.load("values");
    await context.sync();
    bodyIndex = bodyIndexOfId(name, meta.headers, [only.values[0][0]], id);
  } else {
    const found = idRange.findOrNullObject(escapeFindText(id.trim()), { completeMatch: true, matchCase: false });
    found.load("rowIndex");
    await context.sync();
    bodyIndex = found.isNullObject ? -1 : found.rowIndex + 1 - meta.headerRow - 1;
  }
  if (bodyIndex < 0) return null;
  const columns = columnsToRead(name, meta.headers, "all");
  const [rows] = await readBodyRows(context, [{ meta, first: bodyIndex, count: 1, columns }], read.dates.offset());
  const row = rows[0];
  const idHeader = meta.headers[idIndex];
  return row && bodyIndexOfId(name, meta.headers, [row[idHeader]], id) === 0 ? row : null;
}

/**
 * One schema column's cells at worksheet rows `rows` of a table: sync 1 its meta; then pages in
 * which each run of adjacent rows is one range of that column (readBodies keeps request and
 * response below the budget), so a citizen's 800 notes scattered over 100,000 rows are one sync.
 */
export async function readColumnCells(
  context: Excel.RequestContext,
  name: TableName,
  key: string,
  rows: readonly number[],
): Promise<ReadonlyMap<number, CellValue> | null> {
  const read = await readMeta(context, name);
  if (!read) return null;
  const { meta } = read;
  const index = columnIndexes(tableSpec(name), meta.headers).get(key);
  if (index === undefined) return null;
  const first = meta.headerRow + 1;
  const last = meta.headerRow + meta.bodyRows;
  const wanted = [...new Set(rows)].filter((r) => r >= first && r <= last).sort((a, b) => a - b);
  const runs: Array<{ from: number; count: number }> = [];
  for (const r of wanted) {
    const run = runs[runs.length - 1];
    if (run && run.from + run.count === r) run.count += 1;
    else runs.push({ from: r, count: 1 });
  }
  const bodies = await readBodyRows(
    context,
    runs.map((run) => ({ meta, first: run.from - first, count: run.count, columns: [index] })),
    read.dates.offset(),
  );
  const header = meta.headers[index];
  const out = new Map<number, CellValue>();
  runs.forEach((run, i) => bodies[i].forEach((row, k) => out.set(run.from + k, row[header] ?? "")));
  return out;
}
