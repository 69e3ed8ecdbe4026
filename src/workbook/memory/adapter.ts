/**
 * The in-memory adapter of the workbook port: the same contract semantics as Excel (tables found by
 * name anywhere, columns by header name, extra columns kept, upsert by id, report sheets replaced
 * whole), for tests and the browser preview. Simulated selection and colleagues' edits drive events.
 */
import { TABLE_SPECS, normaliseHeader, tableSpec } from "../../domain";
import type { CellValue, RawRow, RawTable, TableName } from "../../domain";
import { cellsToWrite, columnIndexes, findIdRows, idColumn, isEmptyCell, planRecord } from "../columns";
import { layoutSheet } from "../layout/blocks";
import { isFormulaCell, plainValue } from "../layout/grid";
import type { SheetGrid } from "../layout/grid";
import { missingSheetMessage, missingTableMessage } from "../messages";
import type {
  EditableTable,
  ReadOptions,
  RecordValues,
  SheetContent,
  SheetTable,
  TableChange,
  TableRows,
  TemplateReport,
  TemplateStatus,
  UpsertOptions,
  UpsertResult,
  WorkbookEvents,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { qualitySheetGrid } from "../template/qualityModel";
import { inspectState, planUpgrade } from "../template/upgrade";
import type { WorkbookState } from "../template/upgrade";
import { decideUpsert, starterRow } from "../upsertRules";
import { cellsAt, recordOf, rowsOf, selectColumns } from "../tableReads";
import { RecordConflictError, findConflicts, formulaCellMessage, sameCell } from "../conflict";
import { checkedColumn, missingSheetTableMessage } from "../sheetTableCell";
import type { SheetTableCellChange } from "../sheetTableCell";
import type { MemorySheet, MemoryTable, MemoryWorkbook } from "./model";
import { emptyWorkbook, findMemoryTable, findSheet, isFree, lastUsedColumn, newSheet } from "./model";
import { applyStep, renderGrid } from "./render";

type RecordTable = "Borgere" | "Maal" | "Opfoelgning";
const RECORD_TABLES: readonly RecordTable[] = ["Borgere", "Maal", "Opfoelgning"];

/** Rows of a memory table keyed by header text (formula cells as their formula text). */
export function rawTableOf(table: MemoryTable): RawTable {
  const headers = table.columns.map((c) => c.name);
  const rows = table.rows.map((r) => {
    const row: RawRow = {};
    headers.forEach((h, i) => {
      row[h] = plainValue(r[i] ?? "");
    });
    return row;
  });
  return { rows, headerRow: table.row, headers };
}

export interface MemoryAdapterOptions {
  /** The Kvalitetsmodel sheet the template adds (default: the 2025 model). */
  readonly qualitySheet?: () => SheetGrid;
}

export class MemoryWorkbookAdapter implements WorkbookPort {
  readonly workbook: MemoryWorkbook;
  readonly events: WorkbookEvents;
  private readonly selectHandlers = new Set<(table: RecordTable, id: string) => void>();
  private readonly changeHandlers = new Set<(change: TableChange | null) => void>();
  private readonly qualitySheet: () => SheetGrid;

  constructor(workbook: MemoryWorkbook = emptyWorkbook(), options: MemoryAdapterOptions = {}) {
    this.workbook = workbook;
    this.qualitySheet = options.qualitySheet ?? qualitySheetGrid;
    this.events = {
      onSelectRecord: (handler) => {
        this.selectHandlers.add(handler);
        return () => this.selectHandlers.delete(handler);
      },
      onTablesChanged: (handler) => {
        this.changeHandlers.add(handler);
        return () => this.changeHandlers.delete(handler);
      },
    };
  }

  async readAll(options?: ReadOptions): Promise<WorkbookSnapshot> {
    const tables: Partial<Record<TableName, SheetTable>> = {};
    for (const spec of TABLE_SPECS) {
      const t = this.whole(spec.table);
      if (t) tables[spec.table] = selectColumns(spec.table, t, options);
    }
    return { tables };
  }

  private whole(table: TableName): SheetTable | null {
    const found = findMemoryTable(this.workbook, table);
    if (!found) return null;
    const raw = rawTableOf(found.table);
    return { ...raw, headerRow: found.table.row, headers: raw.headers ?? [], sheet: found.sheet.name };
  }

  async readTable(table: TableName, options?: ReadOptions): Promise<SheetTable | null> {
    const t = this.whole(table);
    return t ? selectColumns(table, t, options) : null;
  }

  async readRows(table: TableName, first: number, last: number, options?: ReadOptions): Promise<TableRows | null> {
    const t = this.whole(table);
    return t ? rowsOf(table, t, first, last, options) : null;
  }

  async readRecord(table: TableName, id: string): Promise<RawRow | null> {
    const t = this.whole(table);
    return t ? recordOf(table, t, id) : null;
  }

  async readColumnAt(
    table: TableName,
    key: string,
    rows: readonly number[],
  ): Promise<ReadonlyMap<number, CellValue> | null> {
    const t = this.whole(table);
    return t ? cellsAt(table, t, key, rows) : null;
  }

  private state(): WorkbookState {
    const lastUsed: Record<string, number> = {};
    for (const s of this.workbook.sheets) lastUsed[s.name] = lastUsedColumn(s);
    return {
      sheets: this.workbook.sheets.map((s) => s.name),
      tables: this.workbook.sheets.flatMap((s) =>
        s.tables.map((t) => ({
          name: t.name,
          sheet: s.name,
          row: t.row,
          col: t.col,
          headers: t.columns.map((c) => c.name),
          bodyRows: t.rows.length,
        })),
      ),
      lastUsedColumn: lastUsed,
    };
  }

  async inspectTemplate(): Promise<TemplateStatus> {
    return inspectState(this.state());
  }

  async ensureTemplate(): Promise<TemplateReport> {
    const plan = planUpgrade(this.state(), (t, count) => {
      const sheet = findSheet(this.workbook, t.sheet) as MemorySheet;
      return isFree(sheet, t.row, t.col + t.headers.length, t.bodyRows + 1, count);
    });
    for (const step of plan.steps) applyStep(this.workbook, step, this.qualitySheet);
    return plan.report;
  }

  async upsert(table: EditableTable, values: RecordValues, options?: UpsertOptions): Promise<UpsertResult> {
    const found = findMemoryTable(this.workbook, table);
    if (!found) throw new Error(missingTableMessage(table));
    const { sheet, table: t } = found;
    const headers = t.columns.map((c) => c.name);
    const plan = planRecord(table, sheet.name, headers, values);
    const hits = findIdRows(t.rows, plan.idIndex, plan.id, idColumn(table).type);
    const decision = decideUpsert(table, sheet.name, plan, hits, t.row, options, () =>
      starterRow(t.rows.length, (i) => t.rows[i].every((v) => isEmptyCell(v))),
    );
    let index: number;
    if (decision.action === "updated") {
      index = decision.bodyIndex;
      const current = t.rows[index];
      const conflicts = findConflicts(table, headers, (i) => plainValue(current[i] ?? ""), values, options?.expected);
      if (conflicts.length > 0) throw new RecordConflictError(table, plan.shownId, sheet.name, conflicts);
    } else if (decision.reuseBodyIndex !== null) {
      index = decision.reuseBodyIndex;
    } else {
      t.rows.push(headers.map(() => ""));
      index = t.rows.length - 1;
    }
    const row = t.rows[index];
    let writes = cellsToWrite(plan, decision.action);
    if (decision.action === "updated") {
      // As in Excel: only the cells that change are written, and a formula there is not written over.
      writes = writes.filter(([i, v]) => !sameCell(plainValue(row[i] ?? ""), v));
      for (const [i] of writes) {
        if (isFormulaCell(row[i])) throw new Error(formulaCellMessage(sheet.name, headers[i], t.row + 1 + index));
      }
    }
    for (const [i, v] of writes) row[i] = v;
    return { action: decision.action, row: t.row + 1 + index };
  }

  async readSheetTable(sheetName: string, tableName: string): Promise<RawTable | null> {
    const sheet = findSheet(this.workbook, sheetName);
    const found = findMemoryTable(this.workbook, tableName);
    if (!sheet || !found || found.sheet !== sheet) return null;
    return rawTableOf(found.table);
  }

  async updateSheetTableCell(sheetName: string, tableName: string, change: SheetTableCellChange): Promise<void> {
    const sheet = findSheet(this.workbook, sheetName);
    const found = findMemoryTable(this.workbook, tableName);
    if (!sheet || !found || found.sheet !== sheet) throw new Error(missingSheetTableMessage(sheetName, tableName));
    const t = found.table;
    const row = change.row >= 0 && change.row < t.rows.length ? t.rows[change.row] : null;
    const current = row
      ? {
          values: row.map((v) => plainValue(v ?? "")),
          formulas: row.map((v) => isFormulaCell(v)),
          sheetRow: t.row + 1 + change.row,
        }
      : null;
    const column = checkedColumn(
      sheet.name,
      tableName,
      t.columns.map((c) => c.name),
      current,
      change,
    );
    (row as CellValue[])[column] = change.value;
  }

  async writeSheet(content: SheetContent): Promise<void> {
    const grid = layoutSheet(content);
    const existing = findSheet(this.workbook, content.name);
    for (const t of grid.tables) {
      const clash = t.name ? findMemoryTable(this.workbook, t.name) : undefined;
      if (clash && clash.sheet !== existing) {
        throw new Error(
          `Tabelnavnet ${t.name} bruges allerede på arket ${clash.sheet.name}. Omdøb eller slet den tabel, og prøv igen.`,
        );
      }
    }
    const sheet = newSheet(existing ? existing.name : content.name);
    renderGrid(sheet, grid);
    if (existing) this.workbook.sheets[this.workbook.sheets.indexOf(existing)] = sheet;
    else this.workbook.sheets.push(sheet);
  }

  async activateSheet(sheetName: string): Promise<void> {
    const sheet = findSheet(this.workbook, sheetName);
    if (!sheet) throw new Error(missingSheetMessage(sheetName));
    this.workbook.activeSheet = sheet.name;
  }

  /**
   * Test helper: the user selects a cell on `sheetName` at worksheet `row`. When the row is a data
   * row of Borgere, Maal or Opfoelgning with an id, onSelectRecord handlers get the record's id.
   */
  simulateSelection(sheetName: string, row: number): void {
    const sheet = findSheet(this.workbook, sheetName);
    if (!sheet) return;
    for (const name of RECORD_TABLES) {
      const t = sheet.tables.find((x) => normaliseHeader(x.name) === normaliseHeader(name));
      if (!t || row <= t.row || row > t.row + t.rows.length) continue;
      const idIndex = columnIndexes(
        tableSpec(name),
        t.columns.map((c) => c.name),
      ).get(idColumn(name).key);
      const id = idIndex === undefined ? "" : String(t.rows[row - t.row - 1][idIndex] ?? "").trim();
      if (id !== "") for (const h of this.selectHandlers) h(name, id);
      return;
    }
  }

  /**
   * Test helper: a colleague (or the user typing in the sheet) changes the workbook; onTablesChanged
   * handlers are told afterwards.
   */
  simulateExternalChange(change: (workbook: MemoryWorkbook) => void, what: TableChange | null = null): void {
    change(this.workbook);
    for (const h of this.changeHandlers) h(what);
  }
}
