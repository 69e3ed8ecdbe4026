/**
 * The rows left out of every figure, with why. The evaluation sheet lists them (or, when there are
 * many, a summary per sheet and column); the `Grundlag` sheet always lists every one of them.
 */
import type { LeftOutRow } from "../../domain";
import type { Block, BlockCell } from "../port";

/** Up to this many left-out rows are listed one by one on the evaluation sheet. */
export const LEFT_OUT_LIST_LIMIT = 15;
/** How many row numbers a summary line shows before "…". */
const ROW_NUMBERS_SHOWN = 12;

export const LEFT_OUT_HEADERS = ["Ark", "Række", "Kolonne", "Årsag"] as const;

/** Every left-out row, one per line (sheet, worksheet row, column, reason). */
export function leftOutTable(leftOut: readonly LeftOutRow[], name?: string): Block {
  return {
    kind: "table",
    ...(name ? { name } : {}),
    headers: [...LEFT_OUT_HEADERS],
    rows: leftOut.map((r): BlockCell[] => [r.sheet, r.row, r.column ?? "(hele rækken)", r.reason]),
    formats: ["text", "integer", "text", "text"],
  };
}

/** Left-out rows grouped by sheet and column: how many, which rows, and an example reason. */
export function leftOutSummary(leftOut: readonly LeftOutRow[]): Block {
  const groups = new Map<string, { sheet: string; column: string; rows: number[]; reason: string }>();
  for (const r of leftOut) {
    const column = r.column ?? "(hele rækken)";
    const key = `${r.sheet}\u0000${column}`;
    const g = groups.get(key) ?? { sheet: r.sheet, column, rows: [], reason: r.reason };
    g.rows.push(r.row);
    groups.set(key, g);
  }
  const rows: BlockCell[][] = [...groups.values()].map((g) => {
    const sorted = [...g.rows].sort((a, b) => a - b);
    const shown = sorted.slice(0, ROW_NUMBERS_SHOWN).join(", ") + (sorted.length > ROW_NUMBERS_SHOWN ? " …" : "");
    return [g.sheet, g.column, g.rows.length, shown, g.reason];
  });
  return {
    kind: "table",
    headers: ["Ark", "Kolonne", "Antal rækker", "Rækker", "Eksempel på årsag"],
    rows,
    formats: ["text", "text", "integer", "text", "text"],
  };
}
