/**
 * One row of a register table as the sheet holds it, keyed by schema column key: the pane needs the
 * free text of an episode (Beskrivelse, Læring) only to let the user edit it, and the domain never
 * carries free text.
 */
import { normaliseHeader, tableSpec } from "../../../domain";
import type { CellValue, TableName } from "../../../domain";
import type { WorkbookSnapshot } from "../../../workbook/port";

/** @example rawRecord(snapshot, "Haendelser", "H0001")?.description // "Slog ud ved badet." */
export function rawRecord(
  snapshot: WorkbookSnapshot | null,
  table: TableName,
  id: string,
): Record<string, CellValue> | null {
  const t = snapshot?.tables[table];
  if (!t) return null;
  const spec = tableSpec(table);
  const headers = t.headers ?? Object.keys(t.rows[0] ?? {});
  const byNorm = new Map(headers.map((h) => [normaliseHeader(h), h]));
  const idHeader = byNorm.get(normaliseHeader(spec.columns[0].name));
  if (idHeader === undefined) return null;
  const wanted = id.trim().toLocaleLowerCase("da-DK");
  const row = t.rows.find(
    (r) =>
      String(r[idHeader] ?? "")
        .trim()
        .toLocaleLowerCase("da-DK") === wanted,
  );
  if (!row) return null;
  const out: Record<string, CellValue> = {};
  for (const c of spec.columns) {
    const h = byNorm.get(normaliseHeader(c.name));
    if (h !== undefined) out[c.key] = row[h];
  }
  return out;
}

/** A raw cell as text for a form field. */
export const cellText = (v: CellValue): string => (v === null || v === undefined ? "" : String(v));
