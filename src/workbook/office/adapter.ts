/**
 * The Office.js adapter of the workbook port, used inside Excel (desktop, Mac, web).
 *
 * Round trips: `readAll` 2 syncs of table facts, then pages below Office's payload limits (pages.ts),
 * so syncs grow with the bytes read, never with rows; `upsert` 2 syncs, locating the row by id at
 * write time (see upsert.ts); report sheets and the template are written as whole 2-D arrays in
 * chunks below the 5 MB request limit with calculation suspended; never a sync inside a loop
 * except one per chunk.
 */
import type { SheetTableCellChange } from "../sheetTableCell";
import { updateSheetTableCellOffice } from "./sheetTableCell";
import { normaliseHeader } from "../../domain";
import type { CellValue, RawRow, RawTable, TableName } from "../../domain";
import { layoutSheet } from "../layout/blocks";
import type { SheetGrid } from "../layout/grid";
import { missingSheetMessage } from "../messages";
import type {
  EditableTable,
  ReadOptions,
  RecordValues,
  SheetTable,
  TableRows,
  SheetContent,
  TemplateReport,
  TemplateStatus,
  UpsertOptions,
  UpsertResult,
  WorkbookEvents,
  WorkbookPort,
  WorkbookSnapshot,
} from "../port";
import { qualitySheetGrid } from "../template/qualityModel";
import { OwnWrites, officeEvents, removeWithExcel } from "./events";
import type { HandlerRemover } from "./events";
import { writeGrid } from "./grid";
import {
  readColumnCells,
  readContractTables,
  readNamedSheetTable,
  readOneRecord,
  readOneTable,
  readTableRows,
} from "./read";
import { DEFAULT_CHUNK_BYTES, excelRun } from "./run";
import type { ExcelRunner } from "./run";
import { ensureTemplateOffice, inspectTemplateOffice } from "./template";
import { upsertRecord } from "./upsert";

export interface OfficeAdapterOptions {
  /** How batches reach Excel (default `Excel.run`). */
  readonly run?: ExcelRunner;
  /** How event handlers are removed (default: `Excel.run(result.context, …)`). */
  readonly removeHandler?: HandlerRemover;
  /** Largest write request in bytes (default 4 MB, below Excel on the web's 5 MB). */
  readonly maxRequestBytes?: number;
  /** The Kvalitetsmodel sheet the template adds (default: the 2025 model). */
  readonly qualitySheet?: () => SheetGrid;
  /** The clock that ages our own writes' change events (default: the computer's). */
  readonly now?: () => number;
}

export class OfficeWorkbookAdapter implements WorkbookPort {
  readonly events: WorkbookEvents;
  private readonly run: ExcelRunner;
  private readonly maxBytes: number;
  private readonly qualitySheet: () => SheetGrid;
  private readonly own: OwnWrites;

  constructor(options: OfficeAdapterOptions = {}) {
    this.run = options.run ?? excelRun;
    this.maxBytes = options.maxRequestBytes ?? DEFAULT_CHUNK_BYTES;
    this.qualitySheet = options.qualitySheet ?? qualitySheetGrid;
    this.own = new OwnWrites(options.now);
    this.events = officeEvents(this.run, options.removeHandler ?? removeWithExcel, this.own);
  }

  readAll(options?: ReadOptions): Promise<WorkbookSnapshot> {
    return this.run((context) => readContractTables(context, options));
  }

  readTable(table: TableName, options?: ReadOptions): Promise<SheetTable | null> {
    return this.run((context) => readOneTable(context, table, options));
  }

  readRows(table: TableName, first: number, last: number, options?: ReadOptions): Promise<TableRows | null> {
    return this.run((context) => readTableRows(context, table, first, last, options));
  }

  readRecord(table: TableName, id: string): Promise<RawRow | null> {
    return this.run((context) => readOneRecord(context, table, id));
  }

  readColumnAt(table: TableName, key: string, rows: readonly number[]): Promise<ReadonlyMap<number, CellValue> | null> {
    return this.run((context) => readColumnCells(context, table, key, rows));
  }

  inspectTemplate(): Promise<TemplateStatus> {
    return this.run((context) => inspectTemplateOffice(context));
  }

  ensureTemplate(): Promise<TemplateReport> {
    return this.run((context) => ensureTemplateOffice(context, this.qualitySheet, this.maxBytes));
  }

  upsert(table: EditableTable, values: RecordValues, options?: UpsertOptions): Promise<UpsertResult> {
    return this.run((context) => upsertRecord(context, table, values, options, this.own));
  }

  readSheetTable(sheet: string, tableName: string): Promise<RawTable | null> {
    return this.run((context) => readNamedSheetTable(context, sheet, tableName));
  }

  updateSheetTableCell(sheet: string, tableName: string, change: SheetTableCellChange): Promise<void> {
    return this.run((context) => updateSheetTableCellOffice(context, sheet, tableName, change));
  }

  writeSheet(content: SheetContent): Promise<void> {
    const grid = layoutSheet(content);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/position");
      const tables = context.workbook.tables.load("items/name, items/worksheet/name");
      await context.sync();
      const existing = sheets.items.find((s) => normaliseHeader(s.name) === normaliseHeader(content.name));
      for (const gt of grid.tables) {
        if (!gt.name) continue;
        const clash = tables.items.find((t) => normaliseHeader(t.name) === normaliseHeader(gt.name as string));
        if (clash && (!existing || clash.worksheet.name !== existing.name)) {
          throw new Error(
            `Tabelnavnet ${gt.name} bruges allerede på arket ${clash.worksheet.name}. Omdøb eller slet den tabel, og prøv igen.`,
          );
        }
      }
      const name = existing ? existing.name : content.name;
      let ws: Excel.Worksheet;
      if (existing) {
        // Rewritten in place, never deleted and added again: formulas elsewhere that point at this
        // sheet (='Årsevaluering 2026'!B7) keep their reference instead of becoming #REF!.
        ws = existing;
        for (const t of tables.items) if (t.worksheet.name === existing.name) t.delete();
        const charts = ws.charts.load("items/name");
        await context.sync();
        for (const c of charts.items) c.delete();
        ws.freezePanes.unfreeze();
        const all = ws.getRange();
        all.dataValidation.clear();
        all.clear();
      } else {
        ws = context.workbook.worksheets.add(name);
      }
      await writeGrid(context, ws, name, grid, this.maxBytes);
    });
  }

  activateSheet(sheet: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new Error(missingSheetMessage(sheet));
      ws.activate();
      await context.sync();
    });
  }
}
