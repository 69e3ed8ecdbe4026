/**
 * The headers of the unit table on `Grundlag Y`, in sheet order, written out here (not taken from src)
 * so the sheet test checks them and other report tests can build a basis-like table.
 */
export const GRUNDLAG_HEADERS: readonly string[] = [
  "MålID",
  "BorgerID",
  "Målgruppe",
  "Afdeling",
  "Metode",
  "Værdi",
  "Kategori",
  "Dato",
  "OpfølgningID",
  "GAS",
  "Vægt",
];
