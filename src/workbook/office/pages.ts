/**
 * Reading table bodies through Office.js in pages below Office's limits. Excel on the web refuses a
 * response above 5 MB (`ResponsePayloadSizeLimitExceeded`) and a read above 5,000,000 cells; each
 * sync here asks for at most `READ_BUDGET.bytes` (4 MB, a margin below) and `READ_BUDGET.cells`.
 *
 * Pages are sized by bytes, not rows: the first page of a table from an estimate per column (and at
 * most a quarter of the budget, so ids or texts four times longer than guessed still fit), every
 * later one from the bytes per row the previous page actually took. Several small tables share one
 * sync. When a page still comes back too large (a block of long notes), it is halved and asked again.
 * So the number of syncs grows with the data's bytes, never with the number of rows.
 */
import { tableSpec } from "../../domain";
import type { TableName } from "../../domain";
import { columnIndexes } from "../columns";
import { columnRuns } from "../readColumns";
import { errorCode } from "./run";

export const READ_BUDGET = { bytes: 3_500_000, cells: 4_000_000 } as const;

/**
 * What one range costs in the request as Office's JSON: its object paths (the body, `getCell`,
 * `getResizedRange`) and its load action, about 100 bytes each, with a margin. Many small reads
 * (scattered rows) are bounded by this, not by their response.
 */
const REQUEST_BYTES_PER_RANGE = 500;

/** One table's body rows to read: `count` rows from body index `first`, the columns at `columns`. */
export interface BodyRead {
  readonly table: Excel.Table;
  readonly first: number;
  readonly count: number;
  readonly columns: readonly number[];
  /** Estimated JSON bytes per row (see `estimateRowBytes`). */
  readonly estimate: number;
}

/** A first guess of a row's JSON size from its columns' kinds; later pages use what was measured. */
export function estimateRowBytes(table: TableName, headers: readonly unknown[], columns: readonly number[]): number {
  const spec = tableSpec(table);
  const byIndex = new Map<number, (typeof spec.columns)[number]>();
  for (const [key, i] of columnIndexes(spec, headers))
    byIndex.set(
      i,
      spec.columns.find((c) => c.key === key)!,
    );
  let bytes = 2;
  for (const i of columns) {
    const c = byIndex.get(i);
    bytes += !c ? 200 : c.lazy || c.freeText ? 400 : c.type === "text" ? 48 : 20;
  }
  return bytes;
}

const PAYLOAD_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "RequestPayloadSizeLimitExceeded",
]);

/** Danish message when even one row is beyond what Excel can send. */
export const rowTooLargeMessage = (sheet: string, row: number): string =>
  `Række ${row} på arket ${sheet} indeholder mere tekst, end Excel kan sende til SMORTE på én gang. ` +
  `Gør teksten i rækken kortere, og åbn ruden igen.`;

/**
 * Read every `reads[i]` and return its rows (each row indexed by table column; only the asked
 * columns are filled). `where(i, bodyIndex)` names sheet and worksheet row for a message.
 */
export async function readBodies(
  context: Excel.RequestContext,
  reads: readonly BodyRead[],
  where: (read: number, bodyIndex: number) => { sheet: string; row: number },
  budget: { bytes: number; cells: number } = READ_BUDGET,
): Promise<unknown[][][]> {
  const out: unknown[][][] = reads.map(() => []);
  const done = reads.map(() => 0);
  const estimate = reads.map((r) => Math.max(8, r.estimate));
  // Until a read has measured a page, its estimate may be far off (long ids, long texts): its first
  // page asks for a quarter of the budget, so even a fourfold underestimate stays inside it.
  const learnt = reads.map(() => false);
  const runs = reads.map((r) => columnRuns(r.columns));
  const widths = reads.map((r) => Math.max(1, r.columns.length));
  for (;;) {
    const batch: Array<{ read: number; n: number; ranges: Excel.Range[] }> = [];
    let bytes = 0;
    let cells = 0;
    let request = 0;
    for (let i = 0; i < reads.length; i++) {
      const left = reads[i].count - done[i];
      if (left <= 0 || runs[i].length === 0) continue;
      const asks = runs[i].length * REQUEST_BYTES_PER_RANGE;
      if (batch.length > 0 && request + asks > budget.bytes) break;
      const room = learnt[i] ? budget.bytes - bytes : Math.min(budget.bytes - bytes, budget.bytes / 4);
      let n = Math.min(left, Math.floor(room / estimate[i]), Math.floor((budget.cells - cells) / widths[i]));
      if (n < 1) {
        if (batch.length > 0) break;
        n = 1;
      }
      const start = reads[i].first + done[i];
      const body = reads[i].table.getDataBodyRange();
      const ranges = runs[i].map(([c, w]) =>
        body
          .getCell(start, c)
          .getResizedRange(n - 1, w - 1)
          .load("values"),
      );
      batch.push({ read: i, n, ranges });
      bytes += n * estimate[i];
      cells += n * widths[i];
      request += asks;
    }
    if (batch.length === 0) return out;
    try {
      // One sync per page of up to 3.5 MB: the number of syncs follows the bytes, never the rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!PAYLOAD_ERRORS.has(errorCode(e))) throw e;
      // Too much came back at once: ask for half as many rows per byte next time.
      const single = batch.length === 1 && batch[0].n === 1;
      if (single) {
        const b = batch[0];
        const w = where(b.read, reads[b.read].first + done[b.read]);
        throw new Error(rowTooLargeMessage(w.sheet, w.row));
      }
      for (const b of batch)
        estimate[b.read] = Math.max(estimate[b.read] * 2, Math.ceil(budget.bytes / Math.max(1, b.n / 2)));
      continue;
    }
    for (const b of batch) {
      let measured = 0;
      const rows: unknown[][] = Array.from({ length: b.n }, () => []);
      b.ranges.forEach((range, k) => {
        const values = range.values;
        measured += JSON.stringify(values).length;
        const [c] = runs[b.read][k];
        for (let r = 0; r < b.n; r++) {
          const src = values[r] ?? [];
          const dst = rows[r];
          for (let j = 0; j < src.length; j++) dst[c + j] = src[j];
        }
      });
      for (const r of rows) out[b.read].push(r);
      done[b.read] += b.n;
      learnt[b.read] = true;
      // Next page from what this one measured, with a fifth on top for rows that run longer.
      estimate[b.read] = Math.max(8, Math.ceil((measured / b.n) * 1.2));
    }
  }
}
