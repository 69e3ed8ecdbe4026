/**
 * The assessment scale (`Skala`): labels with a value in 0..1, or an empty value for a label that
 * does not count. Labels are unique (trimmed, case-insensitive). Without a usable `Skala` table the
 * default scale applies.
 */
import { DEFAULT_SCALE } from "../schema";
import type { ScaleStep } from "../types";
import type { ResolvedTable } from "./rawTable";
import { RowReader } from "./rowReader";
import type { Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";

/** What a follow-up's `Vurdering` can refer to. */
export interface ScaleEntry {
  readonly label: string;
  /** False when the label's row in `Skala` was left out. */
  readonly usable: boolean;
  /** Worksheet row of the label in `Skala`, or null for the default scale. */
  readonly row: number | null;
}

export interface ReadScale {
  readonly steps: ScaleStep[];
  readonly byKey: ReadonlyMap<string, ScaleEntry>;
  /** Is this the default scale (no usable `Skala` table)? */
  readonly isDefault: boolean;
}

export const labelKey = (label: string): string => label.toLowerCase();

const defaultScale = (): ReadScale => {
  const byKey = new Map<string, ScaleEntry>();
  for (const s of DEFAULT_SCALE) byKey.set(labelKey(s.label), { label: s.label, usable: true, row: null });
  return { steps: DEFAULT_SCALE.map((s) => ({ label: s.label, value: s.value })), byKey, isDefault: true };
};

export function readScale(t: ResolvedTable, prep: PreparedTable, sink: Sink): ReadScale {
  if (!prep.usable || prep.indices.length === 0) {
    if (t.present && !t.malformed) {
      const labels = DEFAULT_SCALE.map((s) => s.label).join(", ");
      sink.tableFinding(
        "warning",
        t.sheet,
        null,
        `Tabellen ${t.spec.table} har ingen brugbare trin; standardskalaen (${labels}) bruges.`,
        "default-scale",
        t.spec.table,
      );
    }
    return defaultScale();
  }
  const r = new RowReader(t, sink);
  const steps: ScaleStep[] = [];
  const byKey = new Map<string, ScaleEntry>();
  for (const i of prep.indices) {
    const status = r.begin(i);
    const label = r.label("label", true);
    const value = r.number("value");
    if (label !== "") {
      const key = labelKey(label);
      const first = byKey.get(key);
      if (first !== undefined) {
        sink.error(
          status,
          r.col("label").name,
          `Vurderingen står allerede i række ${first.row} i skalaen. Hver vurdering må kun stå én gang; slet eller ret den ene række.`,
          "duplicate-label",
        );
      } else {
        byKey.set(key, { label, usable: true, row: status.row });
      }
    }
    const ok = sink.settle(status);
    if (ok) steps.push({ label, value, row: status.row });
    else if (label !== "" && byKey.get(labelKey(label))?.row === status.row) {
      byKey.set(labelKey(label), { label, usable: false, row: status.row });
    }
  }
  return { steps, byKey, isDefault: false };
}
