/**
 * Looking up assessment labels (`Vurdering`) in the offer's scale (`Skala`).
 */
import type { ScaleStep } from "../types";

/** How labels are compared: trimmed and case-insensitive. @example normaliseLabel(" Opnået ") // "opnået" */
export const normaliseLabel = (label: string): string => label.trim().toLocaleLowerCase("da-DK");

/**
 * A scale lookup: the step a label names, or `undefined` when the label is not on the scale.
 * A found step with `value: null` is a label that does not count (e.g. "Ikke vurderet").
 */
export type ScaleLookup = (label: string) => ScaleStep | undefined;

/**
 * Build a lookup over a scale. Labels are compared trimmed and case-insensitively; when two steps
 * share a label the first wins. Each distinct raw label is normalised only once, so the lookup is cheap
 * in loops over many follow-ups.
 * @example
 * const find = scaleLookup(DEFAULT_SCALE);
 * find(" opnået ") // { label: "Opnået", value: 1 }
 * find("Ikke vurderet") // { label: "Ikke vurderet", value: null }
 * find("Godt") // undefined
 */
export function scaleLookup(scale: readonly ScaleStep[]): ScaleLookup {
  const byKey = new Map<string, ScaleStep>();
  for (const step of scale) {
    const key = normaliseLabel(step.label);
    if (key !== "" && !byKey.has(key)) byKey.set(key, step);
  }
  const memo = new Map<string, ScaleStep | null>();
  return (label: string) => {
    let hit = memo.get(label);
    if (hit === undefined) {
      hit = byKey.get(normaliseLabel(label)) ?? null;
      memo.set(label, hit);
    }
    return hit ?? undefined;
  };
}
