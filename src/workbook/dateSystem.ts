/**
 * Excel's two date systems, for every adapter. A workbook set to the 1904 date system (old Mac files,
 * and files LibreOffice or openpyxl write so) holds every date serial 1,462 days smaller than the
 * 1900 system the domain counts in. Dates are shifted on the way in (the contract's date columns,
 * by the schema, whatever their number format) and on the way out (report cells formatted as dates).
 */
import { tableSpec } from "../domain";
import type { CellValue, RawRow, RawTable, TableName } from "../domain";
import { columnIndexes } from "./columns";
import type { Block, SheetContent } from "./port";

/** Days between the 1900 and the 1904 date system. */
export const DAYS_1904 = 1462;

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

/**
 * A contract table read from a 1904 workbook with its date columns' numbers in the 1900 system.
 * Dates written as text ("01-03-2026") are the same in both systems and stay as they are.
 * @example tableFrom1904("Opfoelgning", { rows: [{ Dato: 44620 }], headers: ["Dato"] }).rows[0].Dato // 46082
 */
export function tableFrom1904<T extends RawTable>(table: TableName, raw: T): T {
  const headers = raw.headers ?? Object.keys(raw.rows[0] ?? {});
  const dates = dateColumnIndexes(table, headers);
  if (dates.size === 0) return raw;
  const keys = [...dates].map((i) => headers[i]).filter((h): h is string => typeof h === "string");
  const rows = raw.rows.map((row) => {
    const next: RawRow = { ...row };
    for (const k of keys) next[k] = dateIn(row[k] as CellValue, DAYS_1904) as RawRow[string];
    return next;
  });
  return { ...raw, rows };
}

const shiftRow = (row: readonly unknown[], formats: readonly (string | undefined)[]): unknown[] =>
  row.map((v, i) => (formats[i] === "date" && typeof v === "number" ? v - DAYS_1904 : v));

/**
 * A report sheet for a 1904 workbook: every number in a date-formatted cell (1900 serials from the
 * domain) written in the workbook's own system, so it shows the same day.
 */
export function contentFor1904(content: SheetContent): SheetContent {
  const blocks = content.blocks.map((b): Block => {
    if (b.kind === "table" && b.formats?.includes("date"))
      return { ...b, rows: b.rows.map((r) => shiftRow(r, b.formats ?? []) as typeof r) };
    if (b.kind === "keyValues" && b.formats?.includes("date")) {
      const formats = b.formats;
      return { ...b, rows: b.rows.map(([k, v], i) => [k, shiftRow([v], [formats[i]])[0]] as (typeof b.rows)[number]) };
    }
    return b;
  });
  return { ...content, blocks };
}
