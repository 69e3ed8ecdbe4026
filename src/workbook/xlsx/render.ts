/**
 * Writing grids (report sheets, the Kvalitetsmodel sheet) and template steps into an ExcelJS workbook.
 * ExcelJS has no chart API: the adapter adds a grid's charts to the package it writes (`charts/`).
 */
import type ExcelJS from "exceljs";
import { FORMAT_CODES, a1 } from "../layout/grid";
import type { CellStyle, SheetGrid } from "../layout/grid";
import type { TemplateColumn } from "../template/plan";
import type { UpgradeStep } from "../template/upgrade";
import type { Validation } from "../template/validation";
import { listFormula } from "../template/validation";
import { footerCodes } from "../layout/print";
import { gridRowHeights, wrapsInCell } from "../layout/wrap";
import { looksLikeInput, writeCell } from "./cells";
import { findXTable, resize } from "./tables";
import type { XTable } from "./tables";

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;

const FONTS: Record<CellStyle, Partial<ExcelJS.Font>> = {
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 12 },
  header: { bold: true },
  key: { bold: true },
  note: { italic: true },
};

interface DataValidations {
  add(address: string, validation: unknown): void;
}
const validationsOf = (ws: ExcelJS.Worksheet): DataValidations =>
  (ws as unknown as { dataValidations: DataValidations }).dataValidations;

/** An ExcelJS data validation from a template rule. */
export function excelJsValidation(v: Validation): Record<string, unknown> {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.style,
    errorTitle: v.errorTitle,
    error: v.errorMessage,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.promptTitle ?? "", prompt: v.prompt } : {}),
  };
  const r = v.rule;
  if (r.kind === "list" || r.kind === "tableList") return { type: "list", formulae: [listFormula(r)], ...common };
  return { type: r.kind, operator: "between", formulae: [r.min, r.max], ...common };
}

/** Put a validation on a rectangle. */
export function addValidation(ws: ExcelJS.Worksheet, row: number, col: number, rowCount: number, v: Validation): void {
  validationsOf(ws).add(a1(row, col, Math.max(1, rowCount), 1), excelJsValidation(v));
}

/** Fill an empty worksheet from a grid. */
export function renderGrid(ws: ExcelJS.Worksheet, grid: SheetGrid): void {
  for (const c of grid.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = writeCell(c.value) as ExcelJS.CellValue;
    if (c.format) cell.numFmt = FORMAT_CODES[c.format];
    else if (looksLikeInput(c.value)) cell.numFmt = "@";
    if (c.style) cell.font = FONTS[c.style];
  }
  for (const t of grid.tables) {
    const rows = t.rows.map((r) => r.map((v) => writeCell(v)));
    if (t.name) {
      ws.addTable({
        name: t.name,
        ref: a1(t.row, t.col),
        headerRow: true,
        style: TABLE_STYLE,
        columns: t.headers.map((name) => ({ name, filterButton: true })),
        rows,
      } as unknown as ExcelJS.TableProperties);
    } else {
      t.headers.forEach((h, i) => {
        const cell = ws.getCell(t.row, t.col + i);
        cell.value = h;
        cell.font = FONTS.header;
        cell.border = { bottom: { style: "thin" } };
      });
      rows.forEach((r, ri) =>
        r.forEach((v, ci) => (ws.getCell(t.row + 1 + ri, t.col + ci).value = v as ExcelJS.CellValue)),
      );
    }
    t.rows.forEach((r, ri) =>
      r.forEach((v, ci) => {
        const format = t.formats?.[ci];
        const cell = ws.getCell(t.row + 1 + ri, t.col + ci);
        if (format) cell.numFmt = FORMAT_CODES[format];
        else if (looksLikeInput(v)) cell.numFmt = "@";
        if (t.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      }),
    );
  }
  for (const v of grid.validations) {
    for (let c = 0; c < v.colCount; c++) addValidation(ws, v.row, v.col + c, v.rowCount, v.validation);
  }
  grid.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Wrapped tables: headers wrap too; every row with wrapped text gets a height that fits it.
  for (const t of grid.tables) {
    if (!t.wrap) continue;
    t.headers.forEach((_, ci) => (ws.getCell(t.row, t.col + ci).alignment = { wrapText: true, vertical: "bottom" }));
  }
  // Long texts in the quality model wrap within their column; the other cells of a tall row sit at its top.
  const tall = gridRowHeights(grid);
  for (const c of grid.cells) {
    if (wrapsInCell(grid.widths, c.col, c.value))
      ws.getCell(c.row, c.col).alignment = { wrapText: true, vertical: "top" };
    else if (tall.has(c.row)) ws.getCell(c.row, c.col).alignment = { vertical: "top" };
  }
  for (const [row, h] of tall) ws.getRow(row).height = h;
  // A4, one page wide and as many pages tall as needed; orientation, repeated rows and footer from the grid.
  const print = grid.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: print?.orientation ?? "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print?.repeatRows ? { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` } : {}),
  };
  if (print) ws.headerFooter = { ...ws.headerFooter, oddFooter: footerCodes(print.footer) };
  if (grid.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: grid.freezeRows }];
}

function formatColumn(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  col: number,
  bodyRows: number,
  c: TemplateColumn,
): void {
  if (c.numberFormat !== "General") {
    for (let r = 0; r < bodyRows; r++) ws.getCell(headerRow + 1 + r, col).numFmt = c.numberFormat;
  }
  if (c.validation) addValidation(ws, headerRow + 1, col, bodyRows, c.validation);
  ws.getColumn(col).width = c.width;
  const header = ws.getCell(headerRow, col);
  header.font = { bold: true };
}

/** Apply one template step. */
export function applyStep(wb: ExcelJS.Workbook, step: UpgradeStep, qualityGrid: () => SheetGrid): void {
  switch (step.kind) {
    case "addSheet": {
      wb.addWorksheet(step.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: step.freezeRows }] });
      return;
    }
    case "addTable": {
      const ws = wb.worksheets.find((w) => w.name === step.sheet);
      if (!ws) throw new Error(`Arket ${step.sheet} findes ikke.`);
      const t = step.table;
      const rows = t.rows.length > 0 ? t.rows.map((r) => r.map((v) => writeCell(v))) : [t.columns.map(() => null)];
      ws.addTable({
        name: t.table,
        ref: a1(step.row, step.col),
        headerRow: true,
        style: TABLE_STYLE,
        columns: t.columns.map((c) => ({ name: c.name, filterButton: true })),
        rows,
      } as unknown as ExcelJS.TableProperties);
      t.columns.forEach((c, i) => formatColumn(ws, step.row, step.col + i, rows.length, c));
      return;
    }
    case "addColumns": {
      const t = findXTable(wb, step.existing.name) as XTable;
      step.columns.forEach((c, i) => {
        t.ws.getCell(t.row, step.col + i).value = c.name;
        t.model.columns.push({ name: c.name, filterButton: true });
        formatColumn(t.ws, t.row, step.col + i, t.bodyRows, c);
      });
      resize(t, t.bodyRows, t.width + step.columns.length);
      return;
    }
    case "addQualitySheet": {
      renderGrid(wb.addWorksheet(step.sheet), qualityGrid());
      return;
    }
  }
}
