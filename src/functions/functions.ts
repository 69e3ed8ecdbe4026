// SMORTE custom functions (namespace SMORTE). custom-functions-metadata-plugin reads the JSDoc below,
// emits functions.json and appends the CustomFunctions.associate calls to this module when bundling.
// (A block comment here would become the first function's description.)

/**
 * How far a measurement has come from the baseline towards the target, from 0 (at or behind the
 * baseline) to 1 (target reached or passed). The target may lie below the baseline.
 * @customfunction PROGRESS
 * @param measured The measured value.
 * @param baseline The value when the goal was set.
 * @param target The value the goal aims for.
 * @returns The share of the way from baseline to target, between 0 and 1.
 */
export function progress(measured: number, baseline: number, target: number): number {
  if (baseline === target) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      "Udgangspunkt og målværdi er ens, så fremskridtet kan ikke beregnes. Ret udgangspunktet eller målværdien.",
    );
  }
  return Math.min(1, Math.max(0, (measured - baseline) / (target - baseline)));
}
