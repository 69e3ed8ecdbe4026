/**
 * How the Office adapter reaches Excel: `Excel.run` inside Excel, a fake in tests; and the Danish
 * words for Excel's own states that stop a batch (a protected sheet, cell-edit mode, payload limits,
 * a filter in the way).
 */

/** Runs one batch against a request context, like `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The real thing: `Excel.run` (only available inside Excel after Office.onReady). While the user is
 * typing in a cell, Excel holds the batch until they leave the cell instead of failing it.
 */
export const excelRun: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** Office.js error code of a failed batch, if any. */
export const errorCode = (e: unknown): string => String((e as { code?: unknown })?.code ?? "");

/** Largest payload of one write request: Excel on the web refuses requests over 5 MB. */
export const DEFAULT_CHUNK_BYTES = 4_000_000;

/**
 * A Danish sentence for an Excel state that stopped the batch, or null for other errors.
 * @example excelStateMessage({ code: "AccessDenied" }, "Mål") // "Arket Mål er beskyttet …"
 */
export function excelStateMessage(e: unknown, sheet?: string): string | null {
  const where = sheet ? `Arket ${sheet}` : "Arket";
  switch (errorCode(e)) {
    case "AccessDenied":
      return `${where} er beskyttet, så SMORTE kan ikke skrive i det. Intet er gemt. Fjern beskyttelsen (Gennemse > Fjern arkbeskyttelse), eller bed den, der har beskyttet arket, om det, og prøv igen.`;
    case "InvalidOperationInCellEditMode":
      return "Excel er i gang med at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.";
    case "FilteredRangeConflict":
      return `${where} har et filter, der skjuler rækker, så Excel kan ikke tilføje rækken. Intet er gemt. Ryd filteret (Data > Ryd), og gem igen.`;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Excel kunne ikke sende så mange data på én gang. Intet er ændret. Prøv igen; hvis det bliver ved, så gør lange tekster i arkene kortere.";
    default:
      return null;
  }
}

/** Rethrow `e`, in Danish where it is one of Excel's own states. */
export function rethrowExcelState(e: unknown, sheet?: string): never {
  const message = excelStateMessage(e, sheet);
  if (message) throw Object.assign(new Error(message), { code: errorCode(e) });
  throw e;
}
