/**
 * Inspecting and creating/upgrading the template through Office.js. What the workbook holds is read
 * in two round trips (three when a table needs new columns: then Excel says whether the cells right
 * of it are used), each the same size at 100 rows as at 1,000,000: addresses, headers and used
 * ranges, never a table's body. The pure upgrade plan decides; the steps are written in one request
 * with calculation suspended, then the new columns' number formats and the Kvalitetsmodel sheet in
 * chunks below the request limit.
 */
import { parseA1 } from "../layout/grid";
import type { SheetGrid } from "../layout/grid";
import type { TemplateReport, TemplateStatus } from "../port";
import { inspectState, planUpgrade } from "../template/upgrade";
import type { ExistingTable, UpgradeStep, WorkbookState } from "../template/upgrade";
import { missingColumns } from "../columns";
import { tableSpec, TABLE_SPECS, normaliseHeader } from "../../domain";
import { pointsFromCharacters, setValidation, sheetAddress, writeGrid } from "./grid";
import { needsTextFormat, toExcelInput } from "./values";
import { a1 } from "../layout/grid";

/** What the workbook holds: sheets, tables (with headers and place) and each sheet's last used column. */
export async function loadState(context: Excel.RequestContext): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const used = sheets.items.map((ws) => ({ name: ws.name, range: ws.getUsedRangeOrNullObject(true).load("address") }));
  const found = tables.items.map((t) => ({
    t,
    range: t.getRange().load("address"),
    header: t.getHeaderRowRange().load("values"),
  }));
  await context.sync();
  const lastUsedColumn: Record<string, number> = {};
  for (const u of used) {
    lastUsedColumn[u.name] = u.range.isNullObject
      ? 0
      : (() => {
          const r = parseA1(u.range.address);
          return r.col + r.colCount - 1;
        })();
  }
  const existing: ExistingTable[] = found.map(({ t, range, header }) => {
    const r = parseA1(range.address);
    return {
      name: t.name,
      sheet: t.worksheet.name,
      row: r.row,
      col: r.col,
      headers: header.values[0].map((h) => String(h ?? "")),
      bodyRows: r.rowCount - 1,
    };
  });
  for (const t of existing)
    lastUsedColumn[t.sheet] = Math.max(lastUsedColumn[t.sheet] ?? 0, t.col + t.headers.length - 1);
  return { sheets: sheets.items.map((s) => s.name), tables: existing, lastUsedColumn };
}

export async function inspectTemplateOffice(context: Excel.RequestContext): Promise<TemplateStatus> {
  return inspectState(await loadState(context));
}

/**
 * For tables that lack columns: are the cells just right of them empty (one more round trip)? Excel
 * answers with the used part of those cells (`getUsedRangeOrNullObject`, ExcelApi 1.4): a null object
 * when all are empty, so nothing of the rows travels.
 */
async function freeRightOf(context: Excel.RequestContext, state: WorkbookState): Promise<Map<string, boolean>> {
  const checks: Array<{ table: ExistingTable; count: number; used: Excel.Range }> = [];
  for (const spec of TABLE_SPECS) {
    const t = state.tables.find((x) => normaliseHeader(x.name) === normaliseHeader(spec.table));
    if (!t) continue;
    const count = missingColumns(tableSpec(spec.table), t.headers).length;
    if (count === 0) continue;
    const ws = context.workbook.worksheets.getItem(t.sheet);
    const range = ws.getRangeByIndexes(t.row - 1, t.col - 1 + t.headers.length, t.bodyRows + 1, count);
    checks.push({ table: t, count, used: range.getUsedRangeOrNullObject(true).load("address") });
  }
  const free = new Map<string, boolean>();
  if (checks.length === 0) return free;
  await context.sync();
  for (const c of checks) {
    const empty = c.used.isNullObject;
    const firstCol = c.table.col + c.table.headers.length;
    const lastRow = c.table.row + c.table.bodyRows;
    const clash = state.tables.some(
      (o) =>
        o !== c.table &&
        o.sheet === c.table.sheet &&
        o.col <= firstCol + c.count - 1 &&
        o.col + o.headers.length - 1 >= firstCol &&
        o.row <= lastRow &&
        o.row + o.bodyRows >= c.table.row,
    );
    free.set(c.table.name, empty && !clash);
  }
  return free;
}

/** A new column's body to format: `count` rows from worksheet row index `row` (0-based) in column `col`. */
interface ColumnFormat {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly count: number;
  readonly format: string;
}

function queueStep(context: Excel.RequestContext, step: UpgradeStep, formats: ColumnFormat[]): void {
  const sheets = context.workbook.worksheets;
  switch (step.kind) {
    case "addSheet": {
      const ws = sheets.add(step.sheet);
      ws.freezePanes.freezeRows(step.freezeRows);
      return;
    }
    case "addTable": {
      const ws = sheets.getItem(step.sheet);
      const t = step.table;
      const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => "")];
      const range = ws.getRangeByIndexes(step.row - 1, step.col - 1, 1 + body.length, t.columns.length);
      // Formats first, so text columns ("@") take the values as text.
      range.numberFormat = [
        t.columns.map(() => "General"),
        ...body.map((r) => t.columns.map((c, i) => (needsTextFormat(r[i]) ? "@" : c.numberFormat))),
      ];
      range.values = [t.columns.map((c) => c.name), ...body.map((r) => r.map((v) => toExcelInput(v)))];
      const table = ws.tables.add(
        sheetAddress(step.sheet, a1(step.row, step.col, 1 + body.length, t.columns.length)),
        true,
      );
      table.name = t.table;
      t.columns.forEach((c, i) => {
        if (c.validation) setValidation(table.columns.getItemAt(i).getDataBodyRange(), c.validation);
        ws.getRangeByIndexes(0, step.col - 1 + i, 1, 1).format.columnWidth = pointsFromCharacters(c.width);
      });
      return;
    }
    case "addColumns": {
      const ws = sheets.getItem(step.existing.sheet);
      const table = context.workbook.tables.getItem(step.existing.name);
      const body = Math.max(step.existing.bodyRows, 1);
      step.columns.forEach((c, i) => {
        table.columns.add(null as unknown as undefined, undefined, c.name);
        const col = step.col - 1 + i;
        formats.push({ sheet: step.existing.sheet, row: step.existing.row, col, count: body, format: c.numberFormat });
        if (c.validation) setValidation(ws.getRangeByIndexes(step.existing.row, col, body, 1), c.validation);
        ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pointsFromCharacters(c.width);
      });
      return;
    }
    case "addQualitySheet":
      return;
  }
}

/** Create the SMORTE workbook or add what is missing. */
export async function ensureTemplateOffice(
  context: Excel.RequestContext,
  qualityGrid: () => SheetGrid,
  maxBytes: number,
): Promise<TemplateReport> {
  const state = await loadState(context);
  const free = await freeRightOf(context, state);
  const plan = planUpgrade(state, (t) => free.get(t.name) ?? false);
  const formats: ColumnFormat[] = [];
  for (const step of plan.steps) queueStep(context, step, formats);
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  await writeColumnFormats(context, formats, maxBytes);
  const quality = plan.steps.find((s) => s.kind === "addQualitySheet");
  if (quality) {
    const ws = context.workbook.worksheets.add(quality.sheet);
    await writeGrid(context, ws, quality.sheet, qualityGrid(), maxBytes);
  }
  return plan.report;
}

/** JSON bytes of one row of a one-column format array (`["dd-mm-yyyy"],`). */
const formatRowBytes = (format: string): number => JSON.stringify([format]).length + 1;

/**
 * The new columns' number formats, one 2-D array per column cut into row chunks whose requests stay
 * below `maxBytes` (a column of 1,000,000 dates is about 15 MB): one sync per full chunk, never per row.
 */
async function writeColumnFormats(
  context: Excel.RequestContext,
  formats: readonly ColumnFormat[],
  maxBytes: number,
): Promise<void> {
  const budget = Math.max(1, maxBytes - 2_000);
  let bytes = 0;
  for (const f of formats) {
    const perRow = formatRowBytes(f.format);
    const ws = context.workbook.worksheets.getItem(f.sheet);
    for (let done = 0; done < f.count;) {
      const n = Math.max(1, Math.min(f.count - done, Math.floor((budget - bytes) / perRow)));
      ws.getRangeByIndexes(f.row + done, f.col, n, 1).numberFormat = Array.from({ length: n }, () => [f.format]);
      done += n;
      bytes += n * perRow;
      if (bytes + perRow > budget) {
        context.application.suspendApiCalculationUntilNextSync();
        // One request per chunk of formats below the request limit, not per row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        bytes = 0;
      }
    }
  }
  if (bytes > 0) await context.sync();
}
