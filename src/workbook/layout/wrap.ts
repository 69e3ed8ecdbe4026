/**
 * Row heights for tables whose text wraps. Excel grows such rows when it recalculates the layout, but
 * files written by a library are often shown (and printed, e.g. by LibreOffice) at the stored height,
 * so the writer sets a height that fits the wrapped text.
 */
import type { BlockCell } from "../port";
import type { GridTable } from "./grid";
import { isFormulaCell } from "./grid";

/** Points per line of the default 11 pt font, with a little air. */
export const LINE_HEIGHT = 15;

/**
 * How many lines a text needs in a column `width` characters wide, breaking between words.
 * @example wrappedLines("Gennemgå målene under KRAP med medarbejderne", 15) // 4
 */
export function wrappedLines(value: BlockCell, width: number): number {
  if (value === null || value === undefined || isFormulaCell(value)) return 1;
  // A width unit is one digit of the default font; ordinary text runs about 1.1 characters per unit.
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const paragraph of String(value).split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        count += used === 0 ? 0 : 1;
        // A word longer than the line takes several lines of its own.
        count += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * Heights in points of a wrapped table's header row and body rows, from the sheet's column widths.
 * @example wrappedRowHeights(table, [32, 15, 15]) // [30, 60, 45, …]
 */
export function wrappedRowHeights(table: GridTable, widths: readonly number[]): number[] {
  const widthOf = (i: number): number => widths[table.col - 1 + i] ?? 8.43;
  const height = (cells: readonly BlockCell[]): number =>
    LINE_HEIGHT * Math.max(1, ...cells.map((v, i) => wrappedLines(v, widthOf(i))));
  return [height(table.headers), ...table.rows.map(height)];
}

/**
 * Whether a plain cell of a grid wraps its text: a long text in a wide column (the Kvalitetsmodel
 * sheet's markers and criteria). Every writer wraps exactly these cells.
 */
export function wrapsInCell(widths: readonly number[], col: number, value: BlockCell): boolean {
  return (widths[col - 1] ?? 0) >= 50 && typeof value === "string" && value.length > 60;
}

/**
 * Row heights in points for every row of a grid whose wrapped text needs more than one line: the rows
 * of wrapped tables and rows with a wrapping cell. A spreadsheet program that shows the stored height
 * (LibreOffice, printing) then shows every line instead of letting texts run into the next rows.
 * @example gridRowHeights(qualitySheetGrid()).get(5) // 30 — a marker text over two lines
 */
export function gridRowHeights(grid: {
  readonly cells: readonly { readonly row: number; readonly col: number; readonly value: BlockCell }[];
  readonly tables: readonly GridTable[];
  readonly widths: readonly number[];
}): Map<number, number> {
  const heights = new Map<number, number>();
  const raise = (row: number, h: number): void => {
    if (h > (heights.get(row) ?? 0)) heights.set(row, h);
  };
  for (const t of grid.tables) {
    if (t.wrap) wrappedRowHeights(t, grid.widths).forEach((h, i) => raise(t.row + i, h));
  }
  for (const c of grid.cells) {
    if (!wrapsInCell(grid.widths, c.col, c.value)) continue;
    const lines = wrappedLines(c.value, grid.widths[c.col - 1] ?? 8.43);
    if (lines > 1) raise(c.row, LINE_HEIGHT * lines);
  }
  return heights;
}
