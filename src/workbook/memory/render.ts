/**
 * Writing grids and template steps into the in-memory workbook.
 */
import type { SheetGrid } from "../layout/grid";
import type { TemplateTable } from "../template/plan";
import type { UpgradeStep } from "../template/upgrade";
import type { MemorySheet, MemoryTable, MemoryWorkbook } from "./model";
import { cellKey, findSheet, newSheet } from "./model";

/** Fill a sheet from a grid (the sheet is expected to be empty). */
export function renderGrid(sheet: MemorySheet, grid: SheetGrid): void {
  for (const c of grid.cells) {
    sheet.cells.set(cellKey(c.row, c.col), {
      value: c.value,
      ...(c.format ? { format: c.format } : {}),
      ...(c.style ? { style: c.style } : {}),
    });
  }
  for (const t of grid.tables) {
    if (t.name) {
      sheet.tables.push({
        name: t.name,
        row: t.row,
        col: t.col,
        columns: t.headers.map((name) => ({ name })),
        rows: t.rows.map((r) => [...r]) as MemoryTable["rows"],
        ...(t.formats ? { formats: [...t.formats] } : {}),
      });
    } else {
      t.headers.forEach((h, i) => sheet.cells.set(cellKey(t.row, t.col + i), { value: h, style: "header" }));
      t.rows.forEach((r, ri) =>
        r.forEach((v, ci) => {
          const format = t.formats?.[ci];
          sheet.cells.set(cellKey(t.row + 1 + ri, t.col + ci), { value: v, ...(format ? { format } : {}) });
        }),
      );
    }
  }
  sheet.validations.push(...grid.validations);
  sheet.widths = [...grid.widths];
  sheet.freezeRows = grid.freezeRows ?? 0;
  sheet.charts.push(...(grid.charts ?? []));
  if (grid.print) sheet.print = grid.print;
}

function addTemplateTable(sheet: MemorySheet, t: TemplateTable, row: number, col: number): void {
  const blank = (): MemoryTable["rows"][number] => t.columns.map(() => "");
  sheet.tables.push({
    name: t.table,
    row,
    col,
    columns: t.columns.map((c) => ({
      name: c.name,
      numberFormat: c.numberFormat,
      ...(c.validation ? { validation: c.validation } : {}),
    })),
    // Like Excel, a new table without starting rows keeps one blank row.
    rows: t.rows.length > 0 ? t.rows.map((r) => [...r]) : [blank()],
  });
  t.columns.forEach((c, i) => {
    sheet.widths[col - 1 + i] = c.width;
  });
}

/** Apply one upgrade step; `qualityGrid` renders the Kvalitetsmodel sheet. */
export function applyStep(wb: MemoryWorkbook, step: UpgradeStep, qualityGrid: () => SheetGrid): void {
  switch (step.kind) {
    case "addSheet": {
      const sheet = newSheet(step.sheet);
      sheet.freezeRows = step.freezeRows;
      wb.sheets.push(sheet);
      return;
    }
    case "addTable": {
      const sheet = findSheet(wb, step.sheet);
      if (!sheet) throw new Error(`Arket ${step.sheet} findes ikke.`);
      addTemplateTable(sheet, step.table, step.row, step.col);
      return;
    }
    case "addColumns": {
      const sheet = findSheet(wb, step.existing.sheet);
      const table = sheet?.tables.find((t) => t.name === step.existing.name);
      if (!sheet || !table) throw new Error(`Tabellen ${step.existing.name} findes ikke.`);
      for (const c of step.columns) {
        table.columns.push({
          name: c.name,
          numberFormat: c.numberFormat,
          ...(c.validation ? { validation: c.validation } : {}),
        });
        sheet.widths[table.col + table.columns.length - 2] = c.width;
      }
      for (const r of table.rows) while (r.length < table.columns.length) r.push("");
      return;
    }
    case "addQualitySheet": {
      const sheet = newSheet(step.sheet);
      wb.sheets.push(sheet);
      renderGrid(sheet, qualityGrid());
      return;
    }
  }
}
