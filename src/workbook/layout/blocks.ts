/**
 * Laying out a report sheet: blocks go top to bottom from A1, one row per title/heading/text/key,
 * a table's header row then its body, a blank block as an empty row. A chart sits beside its data
 * table and the blocks after it start below the chart (`charts.ts`); every sheet gets an A4 page
 * set-up (`print.ts`).
 */
import type { BlockCell, SheetContent } from "../port";
import { fixedList } from "../template/validation";
import { CHART_ROWS, CHART_WIDTH_CHARS, chartHasData, layoutCharts } from "./charts";
import type { GridCell, GridTable, GridValidation, SheetGrid } from "./grid";
import { isFormulaCell } from "./grid";
import { printSetup } from "./print";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Excel's width of a column nobody sized. */
const DEFAULT_WIDTH = 8.43;

const textLength = (v: BlockCell): number => {
  if (v === null || v === undefined || isFormulaCell(v)) return 0;
  return String(v).length;
};

/**
 * The grid of a report sheet.
 * @example layoutSheet({ name: "R", blocks: [{ kind: "title", text: "Årsevaluering 2026" }] }).cells[0]
 * // { row: 1, col: 1, value: "Årsevaluering 2026", style: "title" }
 */
export function layoutSheet(content: SheetContent): SheetGrid {
  const cells: GridCell[] = [];
  const tables: GridTable[] = [];
  const validations: GridValidation[] = [];
  const tableOfBlock = new Map<number, GridTable>();
  const widest: number[] = [];
  const measure = (col: number, v: BlockCell): void => {
    widest[col - 1] = Math.max(widest[col - 1] ?? 0, textLength(v) + 2);
  };
  const specs = (content.charts ?? []).filter((spec) => chartHasData(spec, content.blocks));
  const anchors: Array<{ row: number; col: number }> = [];
  let row = 1;
  content.blocks.forEach((block, index) => {
    switch (block.kind) {
      case "title":
      case "heading":
        cells.push({ row, col: 1, value: block.text, style: block.kind });
        row += 1;
        break;
      case "text":
        cells.push({ row, col: 1, value: block.text });
        row += 1;
        break;
      case "keyValues":
        block.rows.forEach(([key, value], i) => {
          cells.push({ row, col: 1, value: key, style: "key" });
          const format = block.formats?.[i];
          cells.push({ row, col: 2, value, ...(format ? { format } : {}) });
          measure(1, key);
          measure(2, value);
          row += 1;
        });
        break;
      case "table": {
        // An Excel table needs at least one body row; an empty plan gets one empty row to type in.
        const rows = block.name && block.rows.length === 0 ? [block.headers.map((): BlockCell => "")] : block.rows;
        const table: GridTable = {
          ...(block.name ? { name: block.name } : {}),
          row,
          col: 1,
          headers: block.headers,
          rows,
          ...(block.formats ? { formats: block.formats } : {}),
          ...(block.wrap ? { wrap: true } : {}),
        };
        tables.push(table);
        tableOfBlock.set(index, table);
        block.headers.forEach((h, c) => measure(c + 1, h));
        for (const r of rows) r.forEach((v, c) => measure(c + 1, v));
        for (const [header, values] of Object.entries(block.lists ?? {})) {
          const c = block.headers.indexOf(header);
          if (c < 0) continue;
          validations.push({
            row: row + 1,
            col: c + 1,
            rowCount: Math.max(rows.length, 1),
            colCount: 1,
            validation: fixedList(header, values),
          });
        }
        row += 1 + rows.length;
        // Charts over this table sit beside it, one below the other; the next blocks start below them.
        let top = table.row;
        specs.forEach((spec, i) => {
          if (spec.dataBlock !== index) return;
          anchors[i] = { row: top, col: table.col + block.headers.length + 1 };
          top += CHART_ROWS + 1;
        });
        row = Math.max(row, top === table.row ? row : top);
        break;
      }
      case "blank":
        row += 1;
        break;
    }
  });
  const cols = widest.length;
  const widths =
    content.widths ??
    Array.from({ length: cols }, (_, i) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest[i] ?? MIN_WIDTH)));
  const charts = layoutCharts(content.name, specs, tableOfBlock, anchors);
  const widthUpTo = (col: number): number =>
    Array.from({ length: col - 1 }, (_, i) => widths[i] ?? DEFAULT_WIDTH).reduce((a, b) => a + b, 0);
  const printWidth = Math.max(
    widthUpTo(widths.length + 1),
    ...charts.map((c) => widthUpTo(c.anchor.col) + CHART_WIDTH_CHARS),
  );
  const headerTable =
    content.print?.headerBlock !== undefined ? tableOfBlock.get(content.print.headerBlock) : undefined;
  const print = printSetup(content.name, printWidth, content.print, headerTable ? headerTable.row : 1);
  return { name: content.name, cells, tables, validations, widths, charts, print };
}
