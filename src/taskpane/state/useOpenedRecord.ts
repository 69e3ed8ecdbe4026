/**
 * A record opened in the pane, read whole from the workbook (free text included), for a form that
 * edits it. The pane's lists leave the long free text out (a follow-up's Note, an episode's
 * Beskrivelse, a risk assessment's Aftaler), so a form must not start from the lists' copy: it waits
 * for this read, or it would show an empty note and write it back.
 */
import { useEffect, useState } from "react";
import { normaliseHeader, tableSpec } from "../../domain";
import type { CellValue, RawRow, TableName } from "../../domain";
import { useStore } from "./context";
import { messageOf } from "./store";

export interface OpenedRecord {
  /** "loading" until the row is read; "ready" with `record` (null when no row has the id). */
  readonly status: "loading" | "ready" | "failed";
  /** The row keyed by schema column key, e.g. `{ followUpId: "O00012", note: "…" }`. */
  readonly record: Readonly<Record<string, CellValue>> | null;
  readonly error: string | null;
}

/** A raw row keyed by schema column key. */
export function byColumnKey(table: TableName, row: RawRow): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  const headers = Object.keys(row);
  for (const c of tableSpec(table).columns) {
    const h = headers.find((x) => normaliseHeader(x) === normaliseHeader(c.name));
    if (h !== undefined) out[c.key] = row[h];
  }
  return out;
}

/** Read the record with `id` in full when the form opens (nothing to read for a new record: `id` undefined). */
export function useOpenedRecord(table: TableName, id: string | undefined): OpenedRecord {
  const store = useStore();
  // The result of the last read, with what it was read for: a new id shows "loading" until its own read.
  const [state, setState] = useState<{ for: string; result: OpenedRecord } | null>(null);
  const wanted = id === undefined ? null : `${table}\u0000${id}`;
  useEffect(() => {
    if (wanted === null || id === undefined) return;
    let live = true;
    store.openRecord(table, id).then(
      (row) =>
        live &&
        setState({
          for: wanted,
          result: { status: "ready", record: row ? byColumnKey(table, row) : null, error: null },
        }),
      (e: unknown) =>
        live && setState({ for: wanted, result: { status: "failed", record: null, error: messageOf(e) } }),
    );
    return () => {
      live = false;
    };
  }, [store, table, id, wanted]);
  if (wanted === null) return { status: "ready", record: null, error: null };
  return state?.for === wanted ? state.result : { status: "loading", record: null, error: null };
}
