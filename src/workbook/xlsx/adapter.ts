/**
 * The .xlsx adapter of the workbook port (Node only, ExcelJS), used by the command line: open a file,
 * read the contract's tables, write records, the template and report sheets, save to a path.
 *
 * ExcelJS cannot draw charts: a report sheet's chart is written as its data table only.
 */
import ExcelJS from "exceljs";
import { TABLE_SPECS, normaliseHeader } from "../../domain";
import type { RawTable, TableName } from "../../domain";
import { cellsToWrite, idColumn, idText, planRecord } from "../columns";
import { layoutSheet } from "../layout/blocks";
import type { SheetGrid } from "../layout/grid";
import { missingSheetMessage, missingTableMessage } from "../messages";
import type {
  EditableTable,
  RecordValues,
  SheetContent,
  TemplateReport,
  TemplateStatus,
  UpsertOptions,
  UpsertResult,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { qualitySheetGrid } from "../template/qualityModel";
import { inspectState, planUpgrade } from "../template/upgrade";
import type { WorkbookState } from "../template/upgrade";
import { decideUpsert, lastRowIfBlank } from "../upsertRules";
import { looksLikeInput, readCell, writeCell } from "./cells";
import { applyStep, renderGrid } from "./render";
import { allTables, bodyOf, findXTable, headersOf, isRectFree, rawTableOf, resize, tablesOfSheet } from "./tables";
import type { XTable } from "./tables";

/** Ids of a table's id column → body indexes, kept while this adapter is the only writer. */
interface IdIndex {
  readonly idIndex: number;
  readonly byId: Map<string, number[]>;
}

export interface XlsxAdapterOptions {
  /** The Kvalitetsmodel sheet the template adds (default: the 2025 model). */
  readonly qualitySheet?: () => SheetGrid;
}

export class XlsxWorkbookAdapter implements WorkbookPort {
  readonly workbook: ExcelJS.Workbook;
  private readonly qualitySheet: () => SheetGrid;
  private readonly idIndexes = new Map<string, IdIndex>();

  constructor(workbook: ExcelJS.Workbook = new ExcelJS.Workbook(), options: XlsxAdapterOptions = {}) {
    this.workbook = workbook;
    this.qualitySheet = options.qualitySheet ?? qualitySheetGrid;
  }

  /** Open an .xlsx file. Throws a Danish message when the file cannot be read. */
  static async open(path: string, options?: XlsxAdapterOptions): Promise<XlsxWorkbookAdapter> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.readFile(path);
    } catch (e) {
      throw new Error(`Filen ${path} kan ikke læses som en Excel-projektmappe (.xlsx): ${(e as Error).message}`);
    }
    return new XlsxWorkbookAdapter(wb, options);
  }

  /** Open a workbook from the bytes of an .xlsx file. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, options?: XlsxAdapterOptions): Promise<XlsxWorkbookAdapter> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbookAdapter(wb, options);
  }

  /** Save to a path (the caller chooses a new path to leave the input unchanged). */
  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async readAll(): Promise<WorkbookSnapshot> {
    const tables: Partial<Record<TableName, RawTable & { sheet: string }>> = {};
    const all = allTables(this.workbook);
    for (const spec of TABLE_SPECS) {
      const t = all.find((x) => normaliseHeader(x.model.name) === normaliseHeader(spec.table));
      if (t) tables[spec.table] = { ...rawTableOf(t), sheet: t.ws.name };
    }
    return { tables };
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

  async inspectTemplate(): Promise<TemplateStatus> {
    return inspectState(this.state());
  }

  async ensureTemplate(): Promise<TemplateReport> {
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
    const decision = decideUpsert(table, t.ws.name, plan, hits, t.row, options, () =>
      lastRowIfBlank(t.bodyRows, isBlank),
    );
    let bodyIndex: number;
    if (decision.action === "updated") bodyIndex = decision.bodyIndex;
    else if (decision.reuseBodyIndex !== null) bodyIndex = decision.reuseBodyIndex;
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
    for (const [i, v] of cellsToWrite(plan, decision.action)) {
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
    const ws = this.sheet(sheetName);
    if (!ws) return null;
    const t = tablesOfSheet(ws).find((x) => normaliseHeader(x.model.name) === normaliseHeader(tableName));
    return t ? rawTableOf(t) : null;
  }

  async writeSheet(content: SheetContent): Promise<void> {
    this.idIndexes.clear();
    const grid = layoutSheet(content);
    const existing = this.sheet(content.name);
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
    const name = existing ? existing.name : content.name;
    if (existing) {
      orderNo = (existing as unknown as { orderNo: number }).orderNo;
      this.workbook.removeWorksheet(existing.id);
    }
    const ws = this.workbook.addWorksheet(name);
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    renderGrid(ws, grid);
  }

  async activateSheet(sheetName: string): Promise<void> {
    const ws = this.sheet(sheetName);
    if (!ws) throw new Error(missingSheetMessage(sheetName));
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
    ] as ExcelJS.WorkbookView[];
  }
}
