/**
 * Excel's two date systems. Office.js hands dates over as serial numbers in the workbook's own
 * system; the domain counts from 1900. A workbook set to the 1904 date system (old Mac files) has
 * every serial 1,462 days smaller, so its dates are shifted on the way in and out.
 *
 * The probe costs nothing extra: `DATE(2000,1,1)` evaluated by Excel (`workbook.functions`, ExcelApi
 * 1.2) rides along in the first sync of every batch that reads or writes dates.
 */
import { tableSpec } from "../../domain";
import type { CellValue, TableName } from "../../domain";
import { columnIndexes } from "../columns";

/** Days between the 1900 and the 1904 date system. */
export const DAYS_1904 = 1462;
/** DATE(2000,1,1) in the 1900 system. */
const JAN_1_2000 = 36526;

export interface DateProbe {
  /** Days to add to a serial read from the workbook (0, or 1,462 in a 1904 workbook); after the sync. */
  offset(): number;
}

/** Queue the probe; read `offset()` after the next sync. */
export function probeDateSystem(context: Excel.RequestContext): DateProbe {
  const result = context.workbook.functions.date(2000, 1, 1);
  result.load("value");
  return {
    offset: () => (Number(result.value) === JAN_1_2000 - DAYS_1904 ? DAYS_1904 : 0),
  };
}

/** Table-relative indexes of the table's date columns. */
export function dateColumnIndexes(table: TableName, headers: readonly unknown[]): Set<number> {
  const spec = tableSpec(table);
  const found = columnIndexes(spec, headers);
  const out = new Set<number>();
  for (const c of spec.columns) if (c.type === "date" && found.has(c.key)) out.add(found.get(c.key) as number);
  return out;
}

/** A serial read from a date column, in the 1900 system. */
export const dateIn = (value: CellValue, offset: number): CellValue =>
  offset !== 0 && typeof value === "number" ? value + offset : value;

/** A 1900-system serial to write into a date column of this workbook. */
export const dateOut = (value: CellValue, offset: number): CellValue =>
  offset !== 0 && typeof value === "number" ? value - offset : value;
