/**
 * Writing one record through Office.js, safe in a co-authored workbook, with the same bytes at any
 * table size.
 *
 * Sync 1 reads the table's headers, body size and last row, and lets Excel search the id column for
 * the id forwards and backwards (`Range.find`, ExcelApi 1.9): nothing of the other rows travels, and
 * two different hits mean the id stands twice. Tables keyed by a label (Metoder, Skala …) are small
 * and read their id column instead, as ids there ignore case.
 *
 * Update: sync 2 finds the row by id again and reads it; if a colleague changed a cell we are about
 * to write since the pane read it, nothing is written (`RecordConflictError`); a formula in a cell we
 * would change is refused. Sync 3 writes only the cells whose value changes, finding the row by id
 * inside that same request, so rows a colleague inserted, sorted or deleted meanwhile can never make
 * us write into the wrong row.
 *
 * Insert: sync 2 adds an empty row (Excel fills the table's formula columns) and writes only the
 * record's own cells; the blank starter row of an otherwise empty table is filled instead. Excel
 * takes no new row into a table whose filter hides rows (FilteredRangeConflict): that is a
 * `FilteredTableError`, unless the user asked to clear the filter first (`clearFilter`). An update
 * writes cells of one row only, which Excel allows in a filtered table, hidden row or not.
 */
import { tableSpec } from "../../domain";
import type { CellValue, TableName } from "../../domain";
import { cellsToWrite, columnIndexes, findIdRows, idColumn, idText, isEmptyCell, planRecord } from "../columns";
import type { RecordPlan } from "../columns";
import { FilteredTableError, RecordConflictError, findConflicts, formulaCellMessage, sameCell } from "../conflict";
import { parseA1 } from "../layout/grid";
import { missingColumnMessage, missingTableMessage, vanishedRowMessage } from "../messages";
import type { EditableTable, RecordValues, UpsertOptions, UpsertResult } from "../port";
import { columnRuns } from "../readColumns";
import { decideUpsert, starterRow } from "../upsertRules";
import { dateColumnIndexes, dateIn, dateOut, probeDateSystem } from "./dateSystem";
import { estimateRowBytes, readBodies } from "./pages";
import type { OwnWrites } from "./events";
import { errorCode, excelStateMessage, rethrowExcelState } from "./run";
import { escapeFindText, fromExcel, isFormulaText, needsTextFormat, toExcelInput } from "./values";

interface TableRead {
  readonly sheet: string;
  readonly headers: string[];
  readonly headerRow: number;
  readonly bodyRows: number;
  readonly lastRow: CellValue[];
  /** Body indexes holding the id. */
  readonly hits: number[];
  /** The id as stored in its cell (for Find), when found. */
  readonly stored: (bodyIndex: number) => string;
  readonly dateOffset: number;
}

const changedMeanwhile = (table: string, sheet: string): string =>
  `Tabellen ${table} på arket ${sheet} blev ændret, mens der blev gemt. Intet er gemt. Genindlæs og prøv igen.`;

const shownIdOf = (table: TableName, values: RecordValues): string => String(values[idColumn(table).key] ?? "").trim();

/** Sync 1 (see the module comment). */
async function readForWrite(
  context: Excel.RequestContext,
  table: EditableTable,
  values: RecordValues,
): Promise<TableRead> {
  const idCol = idColumn(table);
  const shown = shownIdOf(table, values);
  const t = context.workbook.tables.getItem(table);
  const ws = t.worksheet.load("name");
  const header = t.getHeaderRowRange().load("values, address");
  const body = t.getDataBodyRange().load("rowCount");
  const last = t.getDataBodyRange().getLastRow().load("values");
  const dates = probeDateSystem(context);
  const byFind = idCol.type === "id" && shown !== "";
  const idColumnRange = t.columns.getItem(idCol.name);
  let idBody: Excel.Range | null = null;
  let forwards: Excel.Range | null = null;
  let backwards: Excel.Range | null = null;
  if (byFind) {
    // The id column with its header: Find on a range of one cell would search the whole sheet.
    const idRange = idColumnRange.getRange();
    const criteria = { completeMatch: true, matchCase: true };
    forwards = idRange.findOrNullObject(escapeFindText(shown), criteria).load("rowIndex");
    backwards = idRange
      .findOrNullObject(escapeFindText(shown), { ...criteria, searchDirection: "Backwards" as Excel.SearchDirection })
      .load("rowIndex");
  } else {
    idBody = idColumnRange.getDataBodyRange().load("values");
  }
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") rethrowExcelState(e);
    return readForWriteSlowly(context, table);
  }
  const headerRow = parseA1(header.address).row;
  const base = {
    sheet: ws.name,
    headers: header.values[0].map((h) => String(h ?? "")),
    headerRow,
    bodyRows: body.rowCount,
    lastRow: last.values[0] as CellValue[],
    dateOffset: dates.offset(),
  };
  if (idBody) {
    const ids = idBody.values.map((r) => r[0] as CellValue);
    return {
      ...base,
      hits: findIdRows(
        ids.map((v) => [v]),
        0,
        idText(shown, idCol.type),
        idCol.type,
      ),
      stored: (i) => String(ids[i] ?? ""),
    };
  }
  const bodyIndexOf = (r: Excel.Range): number | null => {
    if (r.isNullObject) return null;
    const i = r.rowIndex + 1 - headerRow - 1;
    return i >= 0 ? i : null;
  };
  const f = bodyIndexOf(forwards as Excel.Range);
  const b = bodyIndexOf(backwards as Excel.Range);
  const hits = f === null ? [] : b !== null && b !== f ? [f, b] : [f];
  return { ...base, hits, stored: () => shown };
}

/**
 * When the table or its id column is not found by exact name: tell which is missing, or read the id
 * column by position where its header only differs by spaces (more round trips on this rare path).
 */
async function readForWriteSlowly(context: Excel.RequestContext, table: EditableTable): Promise<TableRead> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  await context.sync();
  if (t.isNullObject) throw new Error(missingTableMessage(table));
  const ws = t.worksheet.load("name");
  const header = t.getHeaderRowRange().load("values, address");
  const dates = probeDateSystem(context);
  await context.sync();
  const headers = header.values[0].map((h) => String(h ?? ""));
  const idIndex = columnIndexes(tableSpec(table), headers).get(idColumn(table).key);
  if (idIndex === undefined) throw new Error(missingColumnMessage(ws.name, idColumn(table).name));
  return readIdsByPosition(context, table, ws.name, headers, parseA1(header.address).row, idIndex, dates.offset());
}

/**
 * The id column read whole (small tables, or the rare paths), in pages below Office's limits like
 * every body read: ids compared as the reader does.
 */
async function readIdsByPosition(
  context: Excel.RequestContext,
  table: EditableTable,
  sheet: string,
  headers: string[],
  headerRow: number,
  idIndex: number,
  dateOffset: number,
  shown?: string,
): Promise<TableRead> {
  const t = context.workbook.tables.getItem(table);
  const body = t.getDataBodyRange();
  const count = body.load("rowCount");
  const last = body.getLastRow().load("values");
  await context.sync();
  const [cells] = await readBodies(
    context,
    [
      {
        table: t,
        first: 0,
        count: count.rowCount,
        columns: [idIndex],
        estimate: estimateRowBytes(table, headers, [idIndex]),
      },
    ],
    (_, bodyIndex) => ({ sheet, row: headerRow + 1 + bodyIndex }),
  );
  const ids = cells.map((r) => r[idIndex] as CellValue);
  const idCol = idColumn(table);
  return {
    sheet,
    headers,
    headerRow,
    bodyRows: count.rowCount,
    lastRow: last.values[0] as CellValue[],
    dateOffset,
    hits:
      shown === undefined
        ? []
        : findIdRows(
            ids.map((v) => [v]),
            0,
            idText(shown, idCol.type),
            idCol.type,
          ),
    stored: (i) => String(ids[i] ?? ""),
  };
}

/** The cells to write, dates in the workbook's own date system. */
function outgoing(
  plan: RecordPlan,
  cells: ReadonlyArray<readonly [number, CellValue]>,
  dates: Set<number>,
  offset: number,
) {
  return cells.map(([i, v]) => [i, dates.has(i) ? dateOut(v, offset) : v] as const);
}

/** Insert or update one record (see the module comment). */
export async function upsertRecord(
  context: Excel.RequestContext,
  table: EditableTable,
  values: RecordValues,
  options: UpsertOptions | undefined,
  own: OwnWrites,
): Promise<UpsertResult> {
  let read = await readForWrite(context, table, values);
  const plan = planRecord(table, read.sheet, read.headers, values);
  const idCol = idColumn(table);
  if (read.hits.length === 0 && (options?.mode ?? "upsert") === "update" && idCol.type === "id") {
    // Not found as typed: look again the reader's way (spaces around the id), before saying it is gone.
    read = await readIdsByPosition(
      context,
      table,
      read.sheet,
      read.headers,
      read.headerRow,
      plan.idIndex,
      read.dateOffset,
      plan.shownId,
    );
  }
  const decision = decideUpsert(table, read.sheet, plan, read.hits, read.headerRow, options, () =>
    starterRow(read.bodyRows, () => read.lastRow.every((v) => isEmptyCell(v))),
  );
  const t = context.workbook.tables.getItem(table);
  const dates = dateColumnIndexes(table, read.headers);

  if (decision.action === "updated") {
    const stored = read.stored(decision.bodyIndex);
    const idRange = t.columns.getItem(read.headers[plan.idIndex]).getRange();
    const criteria = { completeMatch: true, matchCase: true };
    // Sync 2: the row as it is now.
    const now = idRange.find(escapeFindText(stored), criteria).getEntireRow().getIntersection(t.getDataBodyRange());
    now.load("values, formulas, rowIndex");
    try {
      await context.sync();
    } catch (e) {
      if (excelStateMessage(e)) rethrowExcelState(e, read.sheet);
      throw new Error(vanishedRowMessage(read.sheet, idCol.name, plan.shownId));
    }
    const nowValues = now.values[0];
    const nowFormulas = now.formulas[0];
    const current = (i: number): CellValue => {
      const v = fromExcel(nowValues[i]);
      return dates.has(i) ? dateIn(v, read.dateOffset) : v;
    };
    const conflicts = findConflicts(table, read.headers, current, values, options?.expected);
    if (conflicts.length > 0) throw new RecordConflictError(table, plan.shownId, read.sheet, conflicts);
    const changes = cellsToWrite(plan, "updated").filter(([i, v]) => !sameCell(current(i), v));
    const rowNumber = now.rowIndex + 1;
    for (const [i] of changes) {
      if (isFormulaText(nowFormulas[i])) throw new Error(formulaCellMessage(read.sheet, read.headers[i], rowNumber));
    }
    if (changes.length === 0) return { action: "updated", row: rowNumber };
    // Sync 3: find the row again inside the write request and write the changed cells only.
    const found = idRange.find(escapeFindText(stored), criteria);
    found.load("rowIndex");
    const row = found.getEntireRow();
    const targets = outgoing(plan, changes, dates, read.dateOffset).map(([i, v]) => {
      const cell = row.getIntersection(t.columns.getItem(read.headers[i]).getDataBodyRange());
      cell.load("address");
      return [cell, v] as const;
    });
    for (const [cell, v] of targets) {
      if (needsTextFormat(v)) cell.numberFormat = [["@"]];
      cell.values = [[toExcelInput(v)]];
    }
    own.note(table, rowNumber);
    try {
      await context.sync();
    } catch (e) {
      if (excelStateMessage(e)) rethrowExcelState(e, read.sheet);
      // Nothing was written (every target was resolved first). Tell which change stopped us.
      throw new Error(
        (await idStillThere(context, table, stored))
          ? changedMeanwhile(table, read.sheet)
          : vanishedRowMessage(read.sheet, idCol.name, plan.shownId),
      );
    }
    own.note(table, found.rowIndex + 1);
    return { action: "updated", row: found.rowIndex + 1 };
  }

  const cells = outgoing(plan, cellsToWrite(plan, "inserted"), dates, read.dateOffset).filter(
    ([, v]) => !isEmptyCell(v),
  );
  let written: Excel.Range;
  if (decision.reuseBodyIndex !== null) {
    // A fresh table's one blank row: fill it rather than leave a gap above the record.
    written = t.getDataBodyRange().getLastRow();
  } else {
    // Excel takes no new row into a table whose filter hides rows; the user may ask to clear it.
    if (options?.clearFilter) t.clearFilters();
    // An empty row: Excel fills the table's formula columns, and we write only the record's cells.
    t.rows.add(null as unknown as undefined);
    written = t.getDataBodyRange().getLastRow();
  }
  const plain = cells.filter(([, v]) => !needsTextFormat(v)).sort((a, b) => a[0] - b[0]);
  const byIndex = new Map(plain.map(([i, v]) => [i, v]));
  for (const [c, w] of columnRuns(plain.map(([i]) => i))) {
    const run = Array.from({ length: w }, (_, k) => toExcelInput(byIndex.get(c + k) as CellValue));
    written.getCell(0, c).getResizedRange(0, w - 1).values = [run];
  }
  // Text Excel would parse is written after its cell is formatted as text, in the same request.
  for (const [i, v] of cells.filter(([, x]) => needsTextFormat(x))) {
    const cell = written.getCell(0, i);
    cell.numberFormat = [["@"]];
    cell.values = [[v as string]];
  }
  written.load("rowIndex");
  own.note(table, read.headerRow + read.bodyRows, read.headerRow + read.bodyRows + 1);
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) === "FilteredRangeConflict") throw new FilteredTableError(table, read.sheet);
    if (excelStateMessage(e)) rethrowExcelState(e, read.sheet);
    throw new Error(changedMeanwhile(table, read.sheet));
  }
  own.note(table, written.rowIndex + 1);
  return { action: "inserted", row: written.rowIndex + 1 };
}

/** After a failed write: is the id still in the table's id column? (error path only) */
async function idStillThere(context: Excel.RequestContext, table: EditableTable, stored: string): Promise<boolean> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  await context.sync();
  if (t.isNullObject) return false;
  const idRange = t.columns.getItem(idColumn(table).name).getRange();
  const found = idRange.findOrNullObject(escapeFindText(stored), { completeMatch: true, matchCase: true });
  found.load("rowIndex");
  try {
    await context.sync();
  } catch {
    return false;
  }
  return !found.isNullObject;
}
