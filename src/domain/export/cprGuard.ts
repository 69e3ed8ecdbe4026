/**
 * The last check before anything leaves the offer: no field of an export row may hold something
 * CPR-like. The readers already turn such labels into errors, so this only fires if a value slipped
 * past them; the export is then refused as a whole, and the message names where, never what.
 */
import { holdsCpr } from "../cpr";
import { EXPORT_COLUMNS } from "../schema";
import type { ExportRow } from "../types";

/** Where each exported text comes from, for the message. */
const SOURCE: Partial<Record<(typeof EXPORT_COLUMNS)[number], string>> = {
  region: "arket Indstillinger (Region)",
  offerId: "arket Indstillinger (TilbudsID)",
  targetGroup: "arkene Maalgrupper og Borgere (Målgruppe)",
  method: "arkene Metoder og Maal (Metode)",
};

/** An export refused because a field would carry something CPR-like; the message never repeats it. */
export class ExportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportRefusedError";
  }
}

/**
 * Throw `ExportRefusedError` when any exported field of `rows` holds something CPR-like.
 * @example assertNoCprInExport(rows) // throws for a row whose method is "Autisme 190989-5555"
 */
export function assertNoCprInExport(rows: readonly ExportRow[]): void {
  rows.forEach((row, index) => {
    for (const column of EXPORT_COLUMNS) {
      if (!holdsCpr(row[column] as unknown)) continue;
      const from = SOURCE[column] ? `; værdien kommer fra ${SOURCE[column]}` : "";
      throw new ExportRefusedError(
        `Eksporten er ikke lavet: række ${index + 1} i eksporten, kolonnen ${column}, ser ud til at indeholde et ` +
          `CPR-nummer${from}. Ret værdien i arbejdsbogen (kør check), og prøv igen. Intet er gemt.`,
      );
    }
  });
}
