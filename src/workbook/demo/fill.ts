/**
 * Put the demo workbook into any workbook through the port: create the template, then write every
 * record by id (the template's default settings, scale, methods and target groups are updated in place).
 */
import { tableSpec } from "../../domain";
import type { CellValue, RawRow, TableName } from "../../domain";
import type { EditableTable, WorkbookPort } from "../port";
import type { DemoWorkbook } from "./demoWorkbook";
import { formatCount } from "../reports/danishText";

const ORDER: readonly EditableTable[] = [
  "Indstillinger",
  "Skala",
  "Maalgrupper",
  "Metoder",
  "Borgere",
  "Maal",
  "Opfoelgning",
  "Situationer",
  "Haendelser",
  "Risikovurdering",
];

/** A row keyed by Danish headers → a record keyed by the schema's column keys. */
export function recordOf(table: TableName, row: RawRow): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (const c of tableSpec(table).columns) if (c.name in row) record[c.key] = row[c.name];
  return record;
}

/**
 * Write the demo into a workbook (empty or not) through the port.
 * @example await fillWithDemo(new MemoryWorkbookAdapter(), demoWorkbook(), (n) => …);
 */
export async function fillWithDemo(
  port: WorkbookPort,
  demo: DemoWorkbook,
  onProgress?: (message: string) => void,
): Promise<void> {
  await port.ensureTemplate();
  for (const table of ORDER) {
    const rows = demo.tables[table];
    onProgress?.(`Skriver ${formatCount(rows.length)} rækker i tabellen ${table} på arket ${tableSpec(table).sheet} …`);
    for (const row of rows) await port.upsert(table, recordOf(table, row));
  }
}
