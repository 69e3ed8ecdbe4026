/** Helpers for finding things in report sheet blocks in tests. */
import type { Block, BlockCell, SheetContent } from "../../../src/workbook/port";

export type TableBlock = Extract<Block, { kind: "table" }>;

/** The first table block after the heading that starts with `heading`. */
export function tableAfter(sheet: SheetContent, heading: string): TableBlock {
  const start = sheet.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith(heading));
  if (start < 0) throw new Error(`no heading ${heading}`);
  const table = sheet.blocks.slice(start + 1).find((b): b is TableBlock => b.kind === "table");
  if (!table) throw new Error(`no table after ${heading}`);
  return table;
}

/** The row of a table whose first cell is `first`, as a record header → cell. */
export function rowOf(table: TableBlock, first: string, firstColumn = 0): Record<string, BlockCell> {
  const row = table.rows.find((r) => r[firstColumn] === first);
  if (!row) throw new Error(`no row ${first} in table ${table.headers.join(",")}`);
  return Object.fromEntries(table.headers.map((h, i) => [h, row[i]]));
}

/** Every text of a sheet: titles, headings, texts, keys, headers and string cells. */
export function allTexts(sheet: SheetContent): string[] {
  const out: string[] = [sheet.name];
  for (const b of sheet.blocks) {
    switch (b.kind) {
      case "title":
      case "heading":
      case "text":
        out.push(b.text);
        break;
      case "keyValues":
        for (const [k, v] of b.rows) out.push(k, String(v ?? ""));
        break;
      case "table":
        out.push(...b.headers);
        for (const r of b.rows)
          for (const c of r) if (c !== null && c !== undefined) out.push(typeof c === "object" ? c.formula : String(c));
        break;
      case "blank":
        break;
    }
  }
  return out;
}

/** The key-value rows of the first keyValues block, as a record. */
export function keyValues(sheet: SheetContent): Record<string, BlockCell> {
  const kv = sheet.blocks.find((b): b is Extract<Block, { kind: "keyValues" }> => b.kind === "keyValues");
  if (!kv) throw new Error("no keyValues block");
  return Object.fromEntries(kv.rows.map(([k, v]) => [k, v]));
}
