import type { RawTable, TableName } from "../../../src/domain";
import type { WorkbookPort } from "../../../src/workbook/port";

export type ReadTables = Record<TableName, RawTable & { sheet: string }>;

/** All tables of a snapshot (throws in the test if one is read but missing). */
export async function readAllTables(port: WorkbookPort): Promise<ReadTables> {
  const snap = await port.readAll();
  return snap.tables as ReadTables;
}

/** Rows with entirely empty rows left out (a fresh Excel table keeps one blank row). */
export const filledRows = (t: RawTable): RawTable["rows"] =>
  t.rows.filter((r) => Object.values(r).some((v) => v !== "" && v !== null && v !== undefined));
