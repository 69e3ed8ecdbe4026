/**
 * Writing one record through Office.js in two round trips, safe in a co-authored workbook.
 *
 * Sync 1 reads the table's headers, its id column and its last row together. Sync 2 writes — and an
 * update finds its row by id inside that same request (`Range.find` runs in Excel when the request
 * is processed), so rows a colleague inserted, sorted or deleted after sync 1 can never make us
 * write into the wrong row. If the id has gone, `find` fails before anything is written and the
 * user gets a Danish message. Every target cell is resolved (loaded) before the first write, so a
 * column deleted meanwhile also fails without a partial write.
 */
import { tableSpec } from "../../domain";
import type { CellValue } from "../../domain";
import { cellsToWrite, columnIndexes, findIdRows, idColumn, isEmptyCell, newRow, planRecord } from "../columns";
import { parseA1 } from "../layout/grid";
import { missingColumnMessage, missingTableMessage, vanishedRowMessage } from "../messages";
import type { EditableTable, RecordValues, UpsertOptions, UpsertResult } from "../port";
import { decideUpsert, lastRowIfBlank } from "../upsertRules";
import { errorCode } from "./run";
import { escapeFindText, needsTextFormat, toExcelInput } from "./values";

interface TableRead {
  readonly sheet: string;
  readonly headers: string[];
  readonly headerRow: number;
  readonly idCells: CellValue[];
  readonly lastRow: CellValue[];
}

const changedMeanwhile = (table: string, sheet: string): string =>
  `Tabellen ${table} på arket ${sheet} blev ændret, mens der blev gemt. Intet er gemt. Genindlæs og prøv igen.`;

/** Sync 1: headers, id column and last row of the table, in one request. */
async function readForWrite(context: Excel.RequestContext, table: EditableTable): Promise<TableRead> {
  const idName = idColumn(table).name;
  const t = context.workbook.tables.getItem(table);
  const ws = t.worksheet.load("name");
  const header = t.getHeaderRowRange().load("values, address");
  const idBody = t.columns.getItem(idName).getDataBodyRange().load("values");
  const last = t.getDataBodyRange().getLastRow().load("values");
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== "ItemNotFound") throw e;
    return readForWriteSlowly(context, table);
  }
  return {
    sheet: ws.name,
    headers: header.values[0].map((h) => String(h ?? "")),
    headerRow: parseA1(header.address).row,
    idCells: idBody.values.map((r) => r[0] as CellValue),
    lastRow: last.values[0] as CellValue[],
  };
}

/**
 * When the table or its id column is not found by exact name: tell which is missing, or read the id
 * column by position where its header only differs by spaces (one more round trip on this rare path).
 */
async function readForWriteSlowly(context: Excel.RequestContext, table: EditableTable): Promise<TableRead> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  await context.sync();
  if (t.isNullObject) throw new Error(missingTableMessage(table));
  const ws = t.worksheet.load("name");
  const header = t.getHeaderRowRange().load("values, address");
  const body = t.getDataBodyRange().load("values");
  await context.sync();
  const headers = header.values[0].map((h) => String(h ?? ""));
  const idIndex = columnIndexes(tableSpec(table), headers).get(idColumn(table).key);
  if (idIndex === undefined) throw new Error(missingColumnMessage(ws.name, idColumn(table).name));
  return {
    sheet: ws.name,
    headers,
    headerRow: parseA1(header.address).row,
    idCells: body.values.map((r) => r[idIndex] as CellValue),
    lastRow: (body.values[body.values.length - 1] ?? []) as CellValue[],
  };
}

/** After a failed write: is the id still in the table's id column? (error path only: one more sync) */
async function idStillThere(context: Excel.RequestContext, table: EditableTable, stored: string): Promise<boolean> {
  const t = context.workbook.tables.getItemOrNullObject(table);
  await context.sync();
  if (t.isNullObject) return false;
  const header = t.getHeaderRowRange().load("values");
  const body = t.getDataBodyRange().load("values");
  await context.sync();
  const idIndex = columnIndexes(tableSpec(table), header.values[0]).get(idColumn(table).key);
  return idIndex !== undefined && body.values.some((r) => String(r[idIndex] ?? "") === stored);
}

/** Insert or update one record (see the module comment for the co-authoring rule). */
export async function upsertRecord(
  context: Excel.RequestContext,
  table: EditableTable,
  values: RecordValues,
  options?: UpsertOptions,
): Promise<UpsertResult> {
  const read = await readForWrite(context, table);
  const plan = planRecord(table, read.sheet, read.headers, values);
  const idCol = idColumn(table);
  const hits = findIdRows(
    read.idCells.map((v) => [v]),
    0,
    plan.id,
    idCol.type,
  );
  const decision = decideUpsert(table, read.sheet, plan, hits, read.headerRow, options, () =>
    lastRowIfBlank(read.idCells.length, () => read.lastRow.every((v) => isEmptyCell(v))),
  );
  const t = context.workbook.tables.getItem(table);

  if (decision.action === "updated") {
    // The id column with its header: Find on a range of one cell would search the whole sheet.
    const idRange = t.columns.getItem(read.headers[plan.idIndex]).getRange();
    const stored = String(read.idCells[decision.bodyIndex] ?? "");
    const found = idRange.find(escapeFindText(stored), { completeMatch: true, matchCase: true });
    found.load("rowIndex");
    const row = found.getEntireRow();
    const targets = cellsToWrite(plan, "updated").map(([i, v]) => {
      const cell = row.getIntersection(t.columns.getItem(read.headers[i]).getDataBodyRange());
      cell.load("address");
      return [cell, v] as const;
    });
    for (const [cell, v] of targets) {
      if (needsTextFormat(v)) cell.numberFormat = [["@"]];
      cell.values = [[toExcelInput(v)]];
    }
    try {
      await context.sync();
    } catch {
      // Nothing was written (every target was resolved first). Tell which change stopped us.
      throw new Error(
        (await idStillThere(context, table, stored))
          ? changedMeanwhile(table, read.sheet)
          : vanishedRowMessage(read.sheet, idCol.name, plan.shownId),
      );
    }
    return { action: "updated", row: found.rowIndex + 1 };
  }

  const cells = cellsToWrite(plan, "inserted");
  // Text Excel would parse is written after its cell is formatted as text, in the same request.
  const asText = cells.filter(([, v]) => needsTextFormat(v));
  const full = newRow(read.headers.length, { ...plan, cells: cells.filter(([, v]) => !needsTextFormat(v)) }).map(
    toExcelInput,
  );
  let written: Excel.Range;
  if (decision.reuseBodyIndex !== null) {
    // A fresh table's blank last row: fill it rather than leave a gap.
    written = t.getDataBodyRange().getLastRow();
    written.values = [full];
  } else {
    t.rows.add(null as unknown as undefined, [full]);
    written = t.getDataBodyRange().getLastRow();
  }
  for (const [i, v] of asText) {
    const cell = written.getCell(0, i);
    cell.numberFormat = [["@"]];
    cell.values = [[v as string]];
  }
  written.load("rowIndex");
  try {
    await context.sync();
  } catch {
    throw new Error(changedMeanwhile(table, read.sheet));
  }
  return { action: "inserted", row: written.rowIndex + 1 };
}
