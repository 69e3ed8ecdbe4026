/**
 * Progress from a baseline (`Udgangspunkt`) towards a target (`Målværdi`).
 */

/** Clamp a number to 0..1. @example clamp01(1.4) // 1 */
export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

const isNumber = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * How far a measurement has come from the baseline to the target, clamped to 0..1. The target may lie
 * below the baseline (a goal of doing something less often). Null when any of the three is missing,
 * when baseline and target are equal (there is no distance to cover), or when a distance overflows.
 * @example
 * progressValue(3, 1, 5) // 0.5
 * progressValue(2, 10, 0) // 0.8  (a falling target)
 * progressValue(9, 1, 5) // 1     (past the target)
 * progressValue(3, 4, 4) // null
 */
export function progressValue(
  measured: number | null | undefined,
  baseline: number | null | undefined,
  target: number | null | undefined,
): number | null {
  if (!isNumber(measured) || !isNumber(baseline) || !isNumber(target) || baseline === target) return null;
  const covered = measured - baseline;
  const distance = target - baseline;
  // Numbers near ±1.8e308 can overflow; the reader reports such rows (`distance-too-large`).
  if (!Number.isFinite(covered) || !Number.isFinite(distance)) return null;
  return clamp01(covered / distance);
}
