/**
 * Seeding the in-memory workbook from raw rows, and reading it back in tests.
 */
import { normaliseHeader, tableSpec, TABLE_SPECS } from "../../domain";
import type { CellValue, RawRow, TableName } from "../../domain";
import { FORMAT_CODES, parseA1, plainValue } from "../layout/grid";
import type { BlockCell } from "../port";
import { templateTable } from "../template/plan";
import type { MemoryTable, MemoryWorkbook, SeedTable } from "./model";
import { cellKey, emptyWorkbook, findMemoryTable, findSheet, newSheet } from "./model";

const isContractTable = (name: string): name is TableName => TABLE_SPECS.some((t) => t.table === name);

/** A seeded table with everything defaulted: where it goes, its headers, and its rows as arrays. */
export interface ResolvedSeedTable {
  readonly name: string;
  readonly sheet: string;
  /** Worksheet row and column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly headers: string[];
  /** Body rows in header order; missing values are "". */
  readonly rows: CellValue[][];
}

/**
 * The seed's tables with the defaults every adapter's test workbook shares: contract tables go to
 * their own sheet and the template's place (A1; Indstillinger at D1 beside Skala), other tables to a
 * sheet of their name at A1; headers default to the keys of the rows (row objects keyed by header
 * text) or, for a contract table, to the schema's headers.
 * @example resolveSeed({ Borgere: [{ BorgerID: "B01" }] })[0] // { name: "Borgere", sheet: "Borgere", row: 1, col: 1, headers: ["BorgerID"], rows: [["B01"]] }
 */
export function resolveSeed(tables: Readonly<Record<string, SeedTable | ReadonlyArray<RawRow>>>): ResolvedSeedTable[] {
  return Object.entries(tables).map(([name, given]) => {
    const seed: SeedTable = Array.isArray(given) ? { rows: given as RawRow[] } : (given as SeedTable);
    const contract = isContractTable(name);
    const anchor =
      seed.at ?? (contract ? { row: templateTable(name).row, col: templateTable(name).column } : { row: 1, col: 1 });
    let headers = seed.headers ? [...seed.headers] : [];
    if (headers.length === 0) {
      for (const r of seed.rows) {
        if (Array.isArray(r)) continue;
        for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
      }
    }
    if (headers.length === 0 && contract) headers = tableSpec(name).columns.map((c) => c.name);
    const rows = seed.rows.map((r): CellValue[] =>
      Array.isArray(r)
        ? headers.map((_, i) => (r as CellValue[])[i] ?? "")
        : headers.map((h) => (r as RawRow)[h] ?? ""),
    );
    return {
      name,
      sheet: seed.sheet ?? (contract ? tableSpec(name).sheet : name),
      row: anchor.row,
      col: anchor.col,
      headers,
      rows,
    };
  });
}

/**
 * A memory workbook holding the given tables, placed and defaulted as `resolveSeed` says.
 * @example seedWorkbook({ Borgere: { rows: [{ BorgerID: "B01", Målgruppe: "Autismespektrum" }] } })
 */
export function seedWorkbook(tables: Readonly<Record<string, SeedTable | ReadonlyArray<RawRow>>>): MemoryWorkbook {
  const wb = emptyWorkbook();
  for (const t of resolveSeed(tables)) {
    let sheet = findSheet(wb, t.sheet);
    if (!sheet) {
      sheet = newSheet(t.sheet);
      wb.sheets.push(sheet);
    }
    sheet.tables.push({
      name: t.name,
      row: t.row,
      col: t.col,
      columns: t.headers.map((h) => ({ name: h })),
      rows: t.rows.length > 0 ? t.rows : [t.headers.map(() => "")],
    });
  }
  return wb;
}

/** A table's body rows keyed by header text, or null when the workbook has no such table. */
export function tableRows(wb: MemoryWorkbook, name: string): RawRow[] | null {
  const found = findMemoryTable(wb, name);
  if (!found) return null;
  const headers = found.table.columns.map((c) => c.name);
  return found.table.rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, plainValue(r[i] ?? "")])));
}

/** The table's headers in sheet order. */
export const tableHeaders = (wb: MemoryWorkbook, name: string): string[] | null =>
  findMemoryTable(wb, name)?.table.columns.map((c) => c.name) ?? null;

export const sheetNames = (wb: MemoryWorkbook): string[] => wb.sheets.map((s) => s.name);

/**
 * A cell as stored — a value or a formula cell — wherever it is: a loose cell or a table's header or
 * body; with its number format code ("General" when none). Empty cells read as "".
 * @example storedCell(wb, "Borgere", "A2").value // "B01"
 */
export function storedCell(
  wb: MemoryWorkbook,
  sheetName: string,
  address: string,
): { value: BlockCell; numberFormat: string } {
  const sheet = findSheet(wb, sheetName);
  const general = "General";
  if (!sheet) return { value: "", numberFormat: general };
  const { row, col } = parseA1(address);
  for (const t of sheet.tables) {
    const c = col - t.col;
    if (c < 0 || c >= t.columns.length) continue;
    if (row === t.row) return { value: t.columns[c].name, numberFormat: general };
    const r = row - t.row - 1;
    if (r >= 0 && r < t.rows.length) {
      const format = t.formats?.[c];
      return {
        value: t.rows[r][c] ?? "",
        numberFormat: t.columns[c].numberFormat ?? (format ? FORMAT_CODES[format] : general),
      };
    }
  }
  const cell = sheet.cells.get(cellKey(row, col));
  if (!cell) return { value: "", numberFormat: general };
  return { value: cell.value, numberFormat: cell.format ? FORMAT_CODES[cell.format] : general };
}

/** What a cell holds as a plain value (formulas as their formula text). @example cellAt(wb, "Borgere", "A2") // "B01" */
export const cellAt = (wb: MemoryWorkbook, sheetName: string, address: string): CellValue =>
  plainValue(storedCell(wb, sheetName, address).value);

/** A table of the workbook with its sheet, for tests that move or edit it. */
export function memoryTable(wb: MemoryWorkbook, name: string): MemoryTable {
  const found = findMemoryTable(wb, name);
  if (!found) throw new Error(`Tabellen ${name} findes ikke i hukommelses-arbejdsbogen.`);
  return found.table;
}

/** Index of a header in a memory table, case-insensitively. */
export const headerIndex = (table: MemoryTable, header: string): number =>
  table.columns.findIndex((c) => normaliseHeader(c.name) === normaliseHeader(header));
