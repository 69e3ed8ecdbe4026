/**
 * The template plan: every sheet and table of the workbook contract as it should look in a new
 * workbook — headers, number formats, widths, drop-downs, frozen header rows and starting rows.
 * Pure data derived from the schema; adapters apply it.
 */
import { DEFAULT_SITUATIONS, SCALE, SETTINGS, SHEETS, TABLE_SPECS, tableSpec } from "../../domain";
import type { CellValue, ColumnSpec, TableName, TableSpec } from "../../domain";
import { DEFAULT_METHODS, DEFAULT_SCALE_ROWS, DEFAULT_SETTING_ROWS, DEFAULT_TARGET_GROUPS } from "./defaults";
import { fixedList, numberRange, tableList } from "./validation";
import type { Validation } from "./validation";

/** Excel number format codes (invariant, as Office.js `numberFormat` and ExcelJS `numFmt` take them). */
export const NUMBER_FORMATS = {
  /** Shown as dd-mm-åååå in Danish Excel. */
  date: "dd-mm-yyyy",
  integer: "0",
  text: "@",
  time: "hh:mm",
  general: "General",
} as const;

export interface TemplateColumn {
  readonly key: string;
  readonly name: string;
  readonly numberFormat: string;
  readonly width: number;
  readonly help: string;
  readonly validation?: Validation;
}

export interface TemplateTable {
  readonly table: TableName;
  readonly sheet: string;
  /** Header's first cell on a new sheet (1-based worksheet row and column). */
  readonly row: number;
  readonly column: number;
  readonly columns: readonly TemplateColumn[];
  /** Starting rows in column order; written only when the table itself is created. */
  readonly rows: ReadonlyArray<readonly CellValue[]>;
}

export interface TemplateSheet {
  readonly name: string;
  readonly tables: readonly TemplateTable[];
  /** Rows frozen at the top (the header row). */
  readonly freezeRows: number;
}

/**
 * The number format of a column type: dates as dd-mm-yyyy, whole numbers as 0, identifiers and text
 * as text ("@", so ids like 0012 and text such as "=x" or "1-2" stay as typed).
 */
export function numberFormatOf(column: ColumnSpec): string {
  switch (column.type) {
    case "date":
      return NUMBER_FORMATS.date;
    case "time":
      return NUMBER_FORMATS.time;
    case "integer":
      return NUMBER_FORMATS.integer;
    case "id":
    case "text":
    case "label":
      return NUMBER_FORMATS.text;
    default:
      return NUMBER_FORMATS.general;
  }
}

/** The drop-down or number rule of a contract column, if it has one. */
export function validationOf(table: TableName, column: ColumnSpec): Validation | undefined {
  const key = `${table}.${column.key}`;
  switch (key) {
    case "Borgere.targetGroup":
      return tableList(column.name, "Maalgrupper", "targetGroup", SHEETS.targetGroups, column.help);
    case "Maal.method":
      return tableList(column.name, "Metoder", "method", SHEETS.methods, column.help);
    case "Opfoelgning.assessment":
      return tableList(column.name, "Skala", "label", SHEETS.settings, column.help);
    case "Haendelser.situation":
      return tableList(column.name, "Situationer", "situation", SHEETS.settings, column.help);
    default:
      break;
  }
  if (column.type === "choice" && column.allowed) return fixedList(column.name, column.allowed, column.help);
  if (column.type === "integer" && column.min !== undefined && column.max !== undefined) {
    return numberRange(column.name, "whole", column.min, column.max, column.help);
  }
  if (column.type === "number" && column.min !== undefined && column.max !== undefined) {
    return numberRange(column.name, "decimal", column.min, column.max, column.help);
  }
  return undefined;
}

export const templateColumn = (table: TableName, c: ColumnSpec): TemplateColumn => {
  const validation = validationOf(table, c);
  return {
    key: c.key,
    name: c.name,
    numberFormat: numberFormatOf(c),
    width: c.width,
    help: c.help,
    ...(validation ? { validation } : {}),
  };
};

const rowsOf = (spec: TableSpec, records: ReadonlyArray<Record<string, CellValue>>): CellValue[][] =>
  records.map((r) => spec.columns.map((c) => r[c.key] ?? ""));

const DEFAULT_ROWS: Partial<Record<TableName, ReadonlyArray<Record<string, CellValue>>>> = {
  Metoder: DEFAULT_METHODS,
  Maalgrupper: DEFAULT_TARGET_GROUPS,
  Skala: DEFAULT_SCALE_ROWS,
  Indstillinger: DEFAULT_SETTING_ROWS,
  Situationer: DEFAULT_SITUATIONS.map((situation) => ({ situation })),
};

/** Where each table's header starts on a fresh sheet: A1, except Indstillinger beside Skala and Situationer beside both. */
const ANCHOR: Partial<Record<TableName, { row: number; column: number }>> = {
  Indstillinger: { row: 1, column: SCALE.columns.length + 2 },
  Situationer: { row: 1, column: SCALE.columns.length + SETTINGS.columns.length + 3 },
};

export function templateTable(table: TableName): TemplateTable {
  const spec = tableSpec(table);
  const anchor = ANCHOR[table] ?? { row: 1, column: 1 };
  return {
    table,
    sheet: spec.sheet,
    row: anchor.row,
    column: anchor.column,
    columns: spec.columns.map((c) => templateColumn(table, c)),
    rows: rowsOf(spec, DEFAULT_ROWS[table] ?? []),
  };
}

/**
 * The data sheets of the template in the order they are created (Kvalitetsmodel comes separately,
 * see `qualitySheet.ts`).
 * @example TEMPLATE_SHEETS.map((s) => s.name) // ["Borgere", "Mål", "Opfølgning", "Metoder", "Målgrupper", "Indstillinger"]
 */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = (() => {
  const sheets: TemplateSheet[] = [];
  for (const spec of TABLE_SPECS) {
    let sheet = sheets.find((s) => s.name === spec.sheet);
    if (!sheet) {
      sheet = { name: spec.sheet, tables: [], freezeRows: 1 };
      sheets.push(sheet);
    }
    (sheet.tables as TemplateTable[]).push(templateTable(spec.table));
  }
  return sheets;
})();

/** Every table of the template. */
export const TEMPLATE_TABLES: readonly TemplateTable[] = TEMPLATE_SHEETS.flatMap((s) => s.tables);

/** The settings sheet holds two tables side by side; the Indstillinger table starts after a gap column. */
export const SETTINGS_TABLE_COLUMN = templateTable(SETTINGS.table).column;
