/**
 * The .xlsx adapter of the workbook port (Node only, ExcelJS), used by the command line: open a file,
 * read the contract's tables, write records, the template and report sheets, save to a path.
 *
 * A file opened from disk starts "light": the contract's tables are read straight from the package's
 * XML (fast, little memory), report sheets written meanwhile are kept aside and grafted into a copy of
 * the original package on save, so the user's sheets are copied byte for byte. The first call that
 * edits data (upsert, ensureTemplate) loads the full ExcelJS model instead.
 *
 * ExcelJS cannot draw charts: report sheets' charts are added to the written package afterwards
 * (`charts/addCharts.ts`), in both modes.
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { TABLE_SPECS, normaliseHeader } from "../../domain";
import type { CellValue, RawRow, RawTable, TableName } from "../../domain";
import { cellsToWrite, idColumn, idText, planRecord } from "../columns";
import { layoutSheet } from "../layout/blocks";
import { isFormulaCell } from "../layout/grid";
import type { SheetGrid } from "../layout/grid";
import { missingSheetMessage, missingTableMessage } from "../messages";
import type {
  BlockCell,
  EditableTable,
  RecordValues,
  SheetContent,
  TemplateReport,
  TemplateStatus,
  UpsertOptions,
  UpsertResult,
  WorkbookPort,
  WorkbookSnapshot,
  ReadOptions,
  SheetTable,
  TableRows,
} from "../port";
import { qualitySheetGrid } from "../template/qualityModel";
import { inspectState, planUpgrade } from "../template/upgrade";
import type { WorkbookState } from "../template/upgrade";
import { decideUpsert, starterRow } from "../upsertRules";
import { cellsAt, recordOf, rowsOf, selectColumns } from "../tableReads";
import { RecordConflictError, findConflicts, formulaCellMessage, sameCell } from "../conflict";
import { checkedColumn, missingSheetTableMessage } from "../sheetTableCell";
import type { SheetTableCellChange } from "../sheetTableCell";
import { holdsFormula, looksLikeInput, readCell, writeCell } from "./cells";
import { DAYS_1904, contentFor1904, dateColumnIndexes, tableFrom1904 } from "../dateSystem";
import { addCharts } from "./charts/addCharts";
import { graftSheets } from "./package/graft";
import { PackageLimitError } from "./package/limits";
import { XlsxPackage } from "./package/xlsxPackage";
import { applyStep, renderGrid } from "./render";
import { allTables, bodyOf, findXTable, headersOf, isRectFree, rawTableOf, resize, tablesOfSheet } from "./tables";
import type { XTable } from "./tables";

/** Ids of a table's id column → body indexes, kept while this adapter is the only writer. */
interface IdIndex {
  readonly idIndex: number;
  readonly byId: Map<string, number[]>;
}

/** Rows with values below a contract table that belong to no table (see `rowsBelowTables`). */
export interface RowsBelowTable {
  readonly table: TableName;
  readonly sheet: string;
  /** Worksheet row numbers, ascending. */
  readonly rows: readonly number[];
}

export interface XlsxAdapterOptions {
  /** The Kvalitetsmodel sheet the template adds (default: the 2025 model). */
  readonly qualitySheet?: () => SheetGrid;
}

export class XlsxWorkbookAdapter implements WorkbookPort {
  private wb: ExcelJS.Workbook | null;
  /** Light mode: the original file's bytes and a read-only view of them. */
  private original: Uint8Array | null = null;
  private pkg: XlsxPackage | null = null;
  /** Report sheets written in light mode, in order, grafted on save. */
  private pending: SheetGrid[] = [];
  private active: string | null = null;
  /** Full mode: the report sheets written, by normalised name, whose charts are added on save. */
  private readonly written = new Map<string, SheetGrid>();
  private readonly qualitySheet: () => SheetGrid;
  private readonly idIndexes = new Map<string, IdIndex>();
  /** Rows below the contract tables, found while `readAll` had the sheets at hand (light mode). */
  private below: RowsBelowTable[] | null = null;
  /** The workbook counts dates from 1904: dates are shifted in and out (`../dateSystem.ts`). */
  private date1904 = false;
  /** Full model: ExcelJS recognised the 1904 flag and converted date-formatted cells itself. */
  private excelDated1904 = false;

  constructor(workbook: ExcelJS.Workbook = new ExcelJS.Workbook(), options: XlsxAdapterOptions = {}) {
    this.wb = workbook;
    this.qualitySheet = options.qualitySheet ?? qualitySheetGrid;
  }

  /** Open an .xlsx file. Throws a Danish message when the file cannot be read. */
  static async open(path: string, options?: XlsxAdapterOptions): Promise<XlsxWorkbookAdapter> {
    let data: Uint8Array;
    try {
      data = new Uint8Array(await readFile(path));
    } catch (e) {
      throw new Error(`Filen ${path} kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`);
    }
    try {
      return await XlsxWorkbookAdapter.fromBuffer(data, options);
    } catch (e) {
      if (e instanceof PackageLimitError) throw e;
      throw new Error(`Filen ${path} kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`);
    }
  }

  /** Open a workbook from the bytes of an .xlsx file (light mode, see the module comment). */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, options?: XlsxAdapterOptions): Promise<XlsxWorkbookAdapter> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const pkg = await XlsxPackage.load(bytes);
    const adapter = new XlsxWorkbookAdapter(undefined, options);
    adapter.wb = null;
    adapter.original = bytes;
    adapter.pkg = pkg;
    adapter.date1904 = pkg.date1904;
    return adapter;
  }

  /** The full ExcelJS model (loaded from the original bytes on first use; pending sheets applied). */
  async excel(): Promise<ExcelJS.Workbook> {
    if (this.wb) return this.wb;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(this.original as Uint8Array) as unknown as ArrayBuffer);
    repairTableStyles(wb);
    this.wb = wb;
    // ExcelJS takes only date1904="1" as the 1904 flag, not "true" (what LibreOffice writes): then it
    // dated the date-formatted cells in the 1900 system, and those are shifted on reading too.
    this.excelDated1904 = wb.properties.date1904 === true;
    this.date1904 ||= this.excelDated1904;
    if (this.date1904) wb.properties.date1904 = true;
    const pending = this.pending;
    const active = this.active;
    this.pending = [];
    this.active = null;
    this.pkg = null;
    this.original = null;
    for (const grid of pending) this.replaceSheetFull(grid);
    if (active) await this.activateSheet(active);
    return wb;
  }

  /** The ExcelJS model; only for workbooks created in memory or already fully loaded. */
  get workbook(): ExcelJS.Workbook {
    if (!this.wb) throw new Error("Arbejdsbogen er åbnet let; brug excel() for at indlæse hele modellen.");
    return this.wb;
  }

  /** Save to a path (the caller chooses a new path to leave the input unchanged). */
  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.wb) return addCharts(new Uint8Array(await this.wb.xlsx.writeBuffer()), [...this.written.values()]);
    return addCharts(await graftSheets(this.original as Uint8Array, this.pending, this.active), this.pending);
  }

  /** Every column is in the file already; `options` only leaves columns out of the rows. */
  async readAll(options?: ReadOptions): Promise<WorkbookSnapshot> {
    const whole = await this.readWhole();
    const tables: Partial<Record<TableName, SheetTable>> = {};
    for (const [name, t] of Object.entries(whole.tables) as Array<[TableName, RawTable & { sheet: string }]>) {
      tables[name] = selectColumns(name, this.sheetTable(t), options);
    }
    return { tables };
  }

  private sheetTable(t: RawTable & { sheet: string }): SheetTable {
    return { ...t, headerRow: t.headerRow ?? 1, headers: t.headers ?? Object.keys(t.rows[0] ?? {}) };
  }

  async readTable(table: TableName, options?: ReadOptions): Promise<SheetTable | null> {
    const t = (await this.readWhole()).tables[table];
    return t ? selectColumns(table, this.sheetTable(t), options) : null;
  }

  async readRows(table: TableName, first: number, last: number, options?: ReadOptions): Promise<TableRows | null> {
    const t = (await this.readWhole()).tables[table];
    return t ? rowsOf(table, this.sheetTable(t), first, last, options) : null;
  }

  async readRecord(table: TableName, id: string): Promise<RawRow | null> {
    const t = (await this.readWhole()).tables[table];
    return t ? recordOf(table, this.sheetTable(t), id) : null;
  }

  async readColumnAt(
    table: TableName,
    key: string,
    rows: readonly number[],
  ): Promise<ReadonlyMap<number, CellValue> | null> {
    const t = (await this.readWhole()).tables[table];
    return t ? cellsAt(table, this.sheetTable(t), key, rows) : null;
  }

  private async readWhole(): Promise<WorkbookSnapshot> {
    const tables: Partial<Record<TableName, RawTable & { sheet: string }>> = {};
    if (this.pkg) {
      const pkg = this.pkg;
      const wanted = TABLE_SPECS.map((spec) => [spec.table, pkg.table(spec.table)] as const).filter(([, t]) => t);
      const read = await pkg.readTables(wanted.map(([, t]) => t!));
      for (const [name, t] of wanted) {
        const raw = read.get(t!) as RawTable;
        tables[name] = { ...(this.date1904 ? tableFrom1904(name, raw) : raw), sheet: t!.sheet };
      }
      this.below = await this.lightRowsBelow(pkg);
      pkg.release();
      return { tables };
    }
    const all = allTables(this.workbook);
    for (const spec of TABLE_SPECS) {
      const t = all.find((x) => normaliseHeader(x.model.name) === normaliseHeader(spec.table));
      if (!t) continue;
      const shift = this.date1904
        ? {
            columns: dateColumnIndexes(spec.table, headersOf(t)),
            plain: DAYS_1904,
            formatted: this.excelDated1904 ? 0 : DAYS_1904,
          }
        : undefined;
      tables[spec.table] = { ...rawTableOf(t, shift), sheet: t.ws.name };
    }
    return { tables };
  }

  private async lightState(pkg: XlsxPackage): Promise<WorkbookState> {
    const lastUsed = await pkg.lastUsedColumns();
    const tables = [];
    for (const t of pkg.tables) {
      tables.push({
        name: t.name,
        sheet: t.sheet,
        row: t.row,
        col: t.col,
        headers: await pkg.headersOf(t),
        bodyRows: t.rowCount - t.headerRows - t.totalsRows,
      });
    }
    pkg.release();
    const sheets = [...pkg.sheets.map((s) => s.name)];
    for (const g of this.pending)
      if (!sheets.some((n) => normaliseHeader(n) === normaliseHeader(g.name))) sheets.push(g.name);
    return { sheets, tables, lastUsedColumn: lastUsed };
  }

  private state(): WorkbookState {
    const lastUsed: Record<string, number> = {};
    for (const ws of this.workbook.worksheets) {
      let last = 0;
      ws.eachRow((row) => {
        row.eachCell((cell, col) => {
          if (col > last && readCell(cell.value) !== "") last = col;
        });
      });
      for (const t of tablesOfSheet(ws)) last = Math.max(last, t.col + t.width - 1);
      lastUsed[ws.name] = last;
    }
    return {
      sheets: this.workbook.worksheets.map((ws) => ws.name),
      tables: allTables(this.workbook).map((t) => ({
        name: t.model.name,
        sheet: t.ws.name,
        row: t.row,
        col: t.col,
        headers: headersOf(t),
        bodyRows: t.bodyRows,
      })),
      lastUsedColumn: lastUsed,
    };
  }

  /**
   * Rows that hold values in a contract table's columns below the table but belong to no table (typed
   * under it after a blank row; Excel does not add them to the table). Their data take no part in
   * anything, so the command line warns about them.
   */
  async rowsBelowTables(): Promise<RowsBelowTable[]> {
    if (this.pkg) return this.below ?? (this.below = await this.lightRowsBelow(this.pkg));
    const out: RowsBelowTable[] = [];
    const all = allTables(this.workbook);
    for (const spec of TABLE_SPECS) {
      const t = all.find((x) => normaliseHeader(x.model.name) === normaliseHeader(spec.table));
      if (!t) continue;
      const end = t.row + t.bodyRows + (t.model.totalsRow ? 1 : 0);
      const others = all.filter((o) => o.ws === t.ws && o !== t);
      const inOther = (row: number, col: number): boolean =>
        others.some(
          (o) =>
            row >= o.row &&
            row <= o.row + o.bodyRows + (o.model.totalsRow ? 1 : 0) &&
            col >= o.col &&
            col < o.col + o.width,
        );
      const rows: number[] = [];
      t.ws.eachRow((row, n) => {
        if (n <= end) return;
        for (let c = t.col; c < t.col + t.width; c++) {
          if (!inOther(n, c) && String(readCell(row.getCell(c).value)).trim() !== "") {
            rows.push(n);
            return;
          }
        }
      });
      if (rows.length > 0) out.push({ table: spec.table, sheet: t.ws.name, rows });
    }
    return out;
  }

  private async lightRowsBelow(pkg: XlsxPackage): Promise<RowsBelowTable[]> {
    const out: RowsBelowTable[] = [];
    for (const spec of TABLE_SPECS) {
      const t = pkg.table(spec.table);
      if (!t) continue;
      const rows = await pkg.rowsBelow(t);
      if (rows.length > 0) out.push({ table: spec.table, sheet: t.sheet, rows });
    }
    return out;
  }

  /**
   * What the workbook holds: its sheets, every Excel table (any name) with where it sits and its
   * headers, and each sheet's last used column. The command line uses it to explain a missing table.
   */
  async workbookState(): Promise<WorkbookState> {
    return this.pkg ? this.lightState(this.pkg) : this.state();
  }

  async inspectTemplate(): Promise<TemplateStatus> {
    return inspectState(this.pkg ? await this.lightState(this.pkg) : this.state());
  }

  async ensureTemplate(): Promise<TemplateReport> {
    await this.excel();
    this.idIndexes.clear();
    const plan = planUpgrade(this.state(), (t, count) => {
      const ws = this.sheet(t.sheet) as ExcelJS.Worksheet;
      return isRectFree(ws, t.row, t.col + t.headers.length, t.bodyRows + 1, count);
    });
    for (const step of plan.steps) applyStep(this.workbook, step, this.qualitySheet);
    return plan.report;
  }

  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const key = normaliseHeader(name);
    return this.workbook.worksheets.find((ws) => normaliseHeader(ws.name) === key);
  }

  private idIndexOf(table: EditableTable, t: XTable, idIndex: number): IdIndex {
    const key = normaliseHeader(t.model.name);
    const cached = this.idIndexes.get(key);
    if (cached && cached.idIndex === idIndex) return cached;
    const type = idColumn(table).type;
    const byId = new Map<string, number[]>();
    bodyOf(t, [idIndex]).forEach(([v], i) => {
      const id = idText(v, type);
      const list = byId.get(id);
      if (list) list.push(i);
      else byId.set(id, [i]);
    });
    const index = { idIndex, byId };
    this.idIndexes.set(key, index);
    return index;
  }

  async upsert(table: EditableTable, values: RecordValues, options?: UpsertOptions): Promise<UpsertResult> {
    await this.excel();
    const t = findXTable(this.workbook, table);
    if (!t) throw new Error(missingTableMessage(table));
    const plan = planRecord(table, t.ws.name, headersOf(t), values);
    const index = this.idIndexOf(table, t, plan.idIndex);
    const hits = index.byId.get(plan.id) ?? [];
    const isBlank = (i: number): boolean => {
      const row = t.ws.getRow(t.row + 1 + i);
      for (let c = 0; c < t.width; c++) if (readCell(row.getCell(t.col + c).value) !== "") return false;
      return true;
    };
    const decision = decideUpsert(table, t.ws.name, plan, hits, t.row, options, () => starterRow(t.bodyRows, isBlank));
    let bodyIndex: number;
    if (decision.action === "updated") {
      bodyIndex = decision.bodyIndex;
      const current = t.ws.getRow(t.row + 1 + bodyIndex);
      const conflicts = findConflicts(
        table,
        headersOf(t),
        (i) => readCell(current.getCell(t.col + i).value),
        values,
        options?.expected,
      );
      if (conflicts.length > 0) throw new RecordConflictError(table, plan.shownId, t.ws.name, conflicts);
    } else if (decision.reuseBodyIndex !== null) bodyIndex = decision.reuseBodyIndex;
    else {
      bodyIndex = t.bodyRows;
      const row = t.row + 1 + bodyIndex;
      if (!isRectFree(t.ws, row, t.col, 1, t.width)) {
        throw new Error(
          `Der er ikke plads til en ny række under tabellen ${t.model.name} på arket ${t.ws.name} (række ${row} er i brug). ` +
            "Flyt det, der står under tabellen, og prøv igen.",
        );
      }
      // A new row takes the number formats of the row above, as Excel does when a table grows.
      if (bodyIndex > 0) {
        for (let c = 0; c < t.width; c++) {
          const above = t.ws.getCell(row - 1, t.col + c).numFmt;
          if (above) t.ws.getCell(row, t.col + c).numFmt = above;
        }
      }
      resize(t, t.bodyRows + 1, t.width);
    }
    const row = t.row + 1 + bodyIndex;
    let writes = cellsToWrite(plan, decision.action);
    if (decision.action === "updated") {
      // As in Excel: only the cells that change are written, and a formula there is not written over.
      writes = writes.filter(([i, v]) => !sameCell(readCell(t.ws.getCell(row, t.col + i).value), v));
      for (const [i] of writes) {
        if (holdsFormula(t.ws.getCell(row, t.col + i).value)) {
          throw new Error(formulaCellMessage(t.ws.name, headersOf(t)[i], row));
        }
      }
    }
    for (const [i, v] of writes) {
      const cell = t.ws.getCell(row, t.col + i);
      cell.value = writeCell(v) as ExcelJS.CellValue;
      if (looksLikeInput(v)) cell.numFmt = "@";
    }
    if (decision.action === "inserted") {
      const list = index.byId.get(plan.id);
      if (list) list.push(bodyIndex);
      else index.byId.set(plan.id, [bodyIndex]);
    }
    return { action: decision.action, row };
  }

  async readSheetTable(sheetName: string, tableName: string): Promise<RawTable | null> {
    if (!this.wb) {
      const grid = this.pending.find((g) => normaliseHeader(g.name) === normaliseHeader(sheetName));
      if (grid) {
        const gt = grid.tables.find((t) => t.name && normaliseHeader(t.name) === normaliseHeader(tableName));
        if (!gt) return null;
        const headers = [...gt.headers];
        // A formula written here has no calculated value until a spreadsheet program opens the file;
        // read as the ExcelJS model reads it back (its missing result: empty), not as its text.
        const value = (c: BlockCell | undefined): CellValue => (c === undefined || isFormulaCell(c) ? "" : c);
        const rows = gt.rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, value(r[i])])));
        return { rows, headerRow: gt.row, headers };
      }
      const pkg = this.pkg as XlsxPackage;
      const t = pkg.table(tableName);
      if (!t || normaliseHeader(t.sheet) !== normaliseHeader(sheetName)) return null;
      return pkg.readTable(t);
    }
    const ws = this.sheet(sheetName);
    if (!ws) return null;
    const t = tablesOfSheet(ws).find((x) => normaliseHeader(x.model.name) === normaliseHeader(tableName));
    return t ? rawTableOf(t) : null;
  }

  async updateSheetTableCell(sheetName: string, tableName: string, change: SheetTableCellChange): Promise<void> {
    await this.excel();
    const ws = this.sheet(sheetName);
    const t = ws
      ? tablesOfSheet(ws).find((x) => normaliseHeader(x.model.name) === normaliseHeader(tableName))
      : undefined;
    if (!ws || !t) throw new Error(missingSheetTableMessage(sheetName, tableName));
    const sheetRow = t.row + 1 + change.row;
    const values = change.row >= 0 && change.row < t.bodyRows ? bodyOf(t)[change.row] : undefined;
    const stored = t.ws.findRow(sheetRow);
    const current = values
      ? {
          values,
          formulas: values.map((_, c) => holdsFormula(stored?.getCell(t.col + c).value)),
          sheetRow,
        }
      : null;
    const column = checkedColumn(ws.name, tableName, headersOf(t), current, change);
    t.ws.getCell(sheetRow, t.col + column).value = writeCell(change.value) as ExcelJS.CellValue;
  }

  async writeSheet(content: SheetContent): Promise<void> {
    this.idIndexes.clear();
    const grid = layoutSheet(this.date1904 ? contentFor1904(content) : content);
    if (!this.wb) {
      this.checkTableNamesLight(grid);
      const at = this.pending.findIndex((g) => normaliseHeader(g.name) === normaliseHeader(content.name));
      const existing = (this.pkg as XlsxPackage).sheet(content.name);
      const named = { ...grid, name: existing ? existing.name : at >= 0 ? this.pending[at].name : content.name };
      if (at >= 0) this.pending[at] = named;
      else this.pending.push(named);
      return;
    }
    this.replaceSheetFull(grid);
  }

  /** Table names are unique in a workbook: refuse a name used on another sheet. */
  private checkTableNamesLight(grid: SheetGrid): void {
    const pkg = this.pkg as XlsxPackage;
    for (const gt of grid.tables) {
      if (!gt.name) continue;
      const clash = pkg.table(gt.name);
      const replaced = (sheet: string): boolean => normaliseHeader(sheet) === normaliseHeader(grid.name);
      const pendingClash = this.pending.find(
        (g) =>
          !replaced(g.name) &&
          g.tables.some((t) => t.name && normaliseHeader(t.name) === normaliseHeader(gt.name as string)),
      );
      const sheet =
        clash &&
        !replaced(clash.sheet) &&
        !this.pending.some((g) => normaliseHeader(g.name) === normaliseHeader(clash.sheet))
          ? clash.sheet
          : pendingClash?.name;
      if (sheet) {
        throw new Error(
          `Tabelnavnet ${gt.name} bruges allerede på arket ${sheet}. Omdøb eller slet den tabel, og prøv igen.`,
        );
      }
    }
  }

  private replaceSheetFull(grid: SheetGrid): void {
    const existing = this.sheet(grid.name);
    for (const gt of grid.tables) {
      if (!gt.name) continue;
      const clash = findXTable(this.workbook, gt.name);
      if (clash && clash.ws !== existing) {
        throw new Error(
          `Tabelnavnet ${gt.name} bruges allerede på arket ${clash.ws.name}. Omdøb eller slet den tabel, og prøv igen.`,
        );
      }
    }
    let orderNo: number | undefined;
    const name = existing ? existing.name : grid.name;
    if (existing) {
      orderNo = (existing as unknown as { orderNo: number }).orderNo;
      this.workbook.removeWorksheet(existing.id);
    }
    const ws = this.workbook.addWorksheet(name);
    this.written.set(normaliseHeader(name), { ...grid, name });
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    renderGrid(ws, grid);
  }

  async activateSheet(sheetName: string): Promise<void> {
    if (!this.wb) {
      const known = [...(this.pkg as XlsxPackage).sheets.map((x) => x.name), ...this.pending.map((g) => g.name)];
      const name = known.find((n) => normaliseHeader(n) === normaliseHeader(sheetName));
      if (!name) throw new Error(missingSheetMessage(sheetName));
      this.active = name;
      return;
    }
    const ws = this.sheet(sheetName);
    if (!ws) throw new Error(missingSheetMessage(sheetName));
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
    ] as ExcelJS.WorkbookView[];
  }
}

/**
 * ExcelJS cannot write a table it read without `tableStyleInfo` (LibreOffice writes tables so): such a
 * table gets the empty style Excel assumes, so saving keeps it unstyled instead of failing.
 */
function repairTableStyles(wb: ExcelJS.Workbook): void {
  for (const t of allTables(wb)) {
    const model = t.model as { style?: unknown };
    model.style ??= {
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
  }
}
