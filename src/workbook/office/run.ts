/**
 * How the Office adapter reaches Excel: `Excel.run` inside Excel, a fake in tests.
 */

/** Runs one batch against a request context, like `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real thing: `Excel.run` (only available inside Excel after Office.onReady). */
export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/** Office.js error code of a failed batch, if any. */
export const errorCode = (e: unknown): string => String((e as { code?: unknown })?.code ?? "");

/** Largest payload of one write request: Excel on the web refuses requests over 5 MB. */
export const DEFAULT_CHUNK_BYTES = 4_000_000;
