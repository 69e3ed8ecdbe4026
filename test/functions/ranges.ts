/**
 * Test helper: tables as Excel hands a structured reference such as `Maal[#Alle]` to a custom
 * function — a 2-D range whose first row is the header.
 */
import type { RawRow } from "../../src/domain";

/** Rows keyed by header → [header, ...rows]; a header missing from a row is an empty cell. */
export function toRange(rows: readonly RawRow[], headers?: readonly string[]): unknown[][] {
  const names = headers ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [[...names], ...rows.map((row) => names.map((name) => row[name] ?? ""))];
}

/** The same range with only some columns, in the given order. */
export const onlyColumns = (rows: readonly RawRow[], headers: readonly string[]): unknown[][] => toRange(rows, headers);
