/**
 * Creating or upgrading a workbook, as a pure plan: given what the workbook holds (sheets, tables,
 * headers, where they sit), what must be added. The plan only ever adds — new sheets, new tables in
 * free space, missing columns at the right end of a table — so the user's data and extra columns are
 * never changed or moved. Starting rows are written only into tables that are created now.
 */
import { SHEETS, normaliseHeader } from "../../domain";
import type { TableName } from "../../domain";
import { missingColumns } from "../columns";
import { addedColumnLine, addedSheetLine, addedTableLine, blockedColumnMessage } from "../messages";
import type { TemplateReport, TemplateStatus } from "../port";
import type { TemplateColumn, TemplateTable } from "./plan";
import { TEMPLATE_SHEETS, templateColumn } from "./plan";
import { tableSpec } from "../../domain";

/** A table found in the workbook (any table, not only the contract's). */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
  /** Header row and first column, 1-based. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  /** Number of body rows. */
  readonly bodyRows: number;
}

export interface WorkbookState {
  readonly sheets: readonly string[];
  readonly tables: readonly ExistingTable[];
  /** Last used column of each sheet (by sheet name as it is in the workbook); 0 or absent = empty. */
  readonly lastUsedColumn: Readonly<Record<string, number>>;
}

export type UpgradeStep =
  | { readonly kind: "addSheet"; readonly sheet: string; readonly freezeRows: number }
  | {
      readonly kind: "addTable";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly table: TemplateTable;
    }
  | {
      readonly kind: "addColumns";
      readonly table: TableName;
      /** The existing table as found (its actual name, sheet and position). */
      readonly existing: ExistingTable;
      /** First new column (1-based worksheet column), right after the table's last column. */
      readonly col: number;
      readonly columns: readonly TemplateColumn[];
    }
  | { readonly kind: "addQualitySheet"; readonly sheet: string };

export interface UpgradePlan {
  readonly steps: readonly UpgradeStep[];
  readonly report: TemplateReport;
}

const sameName = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

/** The contract table named `table` among the workbook's tables (table names are case-insensitive). */
export const findTable = (state: WorkbookState, table: TableName): ExistingTable | undefined =>
  state.tables.find((t) => sameName(t.name, table));

const findSheet = (state: WorkbookState, sheet: string): string | undefined =>
  state.sheets.find((s) => sameName(s, sheet));

/**
 * What of the contract is missing, without changing anything.
 * @example inspectState({ sheets: [], tables: [], lastUsedColumn: {} }).empty // true
 */
export function inspectState(state: WorkbookState): TemplateStatus {
  const missingTables: TableName[] = [];
  const missingCols: Array<{ table: TableName; column: string }> = [];
  const missingSheets: string[] = [];
  let found = 0;
  for (const sheet of TEMPLATE_SHEETS) {
    let needsSheet = false;
    for (const t of sheet.tables) {
      const existing = findTable(state, t.table);
      if (!existing) {
        missingTables.push(t.table);
        needsSheet = true;
        continue;
      }
      found += 1;
      for (const c of missingColumns(tableSpec(t.table), existing.headers))
        missingCols.push({ table: t.table, column: c.name });
    }
    if (needsSheet && !findSheet(state, sheet.name)) missingSheets.push(sheet.name);
  }
  if (!findSheet(state, SHEETS.qualityModel)) missingSheets.push(SHEETS.qualityModel);
  return {
    complete: missingTables.length === 0 && missingCols.length === 0 && missingSheets.length === 0,
    empty: found === 0,
    missingSheets,
    missingTables,
    missingColumns: missingCols,
  };
}

/**
 * The steps that bring a workbook up to the contract. `rightIsFree(table, count)` tells whether the
 * `count` columns just right of an existing table are empty over the table's rows (header and body);
 * where they are not, the columns are not added and the report says why.
 */
export function planUpgrade(
  state: WorkbookState,
  rightIsFree: (table: ExistingTable, count: number) => boolean,
): UpgradePlan {
  const steps: UpgradeStep[] = [];
  const added: string[] = [];
  const problems: string[] = [];
  const lastCol: Record<string, number> = {};
  for (const [sheet, col] of Object.entries(state.lastUsedColumn)) lastCol[normaliseHeader(sheet)] = col;

  for (const sheet of TEMPLATE_SHEETS) {
    let sheetName = findSheet(state, sheet.name);
    for (const t of sheet.tables) {
      const existing = findTable(state, t.table);
      if (existing) {
        const missing = missingColumns(tableSpec(t.table), existing.headers);
        if (missing.length === 0) continue;
        if (!rightIsFree(existing, missing.length)) {
          for (const c of missing) problems.push(blockedColumnMessage(existing.name, existing.sheet, c.name));
          continue;
        }
        steps.push({
          kind: "addColumns",
          table: t.table,
          existing,
          col: existing.col + existing.headers.length,
          columns: missing.map((c) => templateColumn(t.table, c)),
        });
        for (const c of missing) added.push(addedColumnLine(c.name, existing.name, existing.sheet));
        continue;
      }
      if (!sheetName) {
        sheetName = sheet.name;
        steps.push({ kind: "addSheet", sheet: sheetName, freezeRows: sheet.freezeRows });
        added.push(addedSheetLine(sheetName));
      }
      const key = normaliseHeader(sheetName);
      const used = lastCol[key] ?? 0;
      // A table goes at its template place on an empty sheet, else right of everything with a gap column.
      const col = used === 0 ? t.column : Math.max(t.column, used + 2);
      steps.push({ kind: "addTable", sheet: sheetName, row: t.row, col, table: t });
      lastCol[key] = col + t.columns.length - 1;
      added.push(addedTableLine(t.table, sheetName));
    }
  }
  if (!findSheet(state, SHEETS.qualityModel)) {
    steps.push({ kind: "addQualitySheet", sheet: SHEETS.qualityModel });
    added.push(addedSheetLine(SHEETS.qualityModel));
  }
  return { steps, report: problems.length > 0 ? { added, problems } : { added } };
}
