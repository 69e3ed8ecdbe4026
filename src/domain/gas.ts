/**
 * Goal Attainment Scaling: the T-score of a set of goals (Kiresuk & Sherman 1968).
 */

/** The default correlation ρ between goals (the `GASRho` setting). */
export const DEFAULT_GAS_RHO = 0.3;

/**
 * The GAS T-score of goals with levels x (whole numbers −2..+2, 0 = the expected outcome) and weights
 * w (whole numbers 1..4, default all 1):
 *
 *   T = 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²)
 *
 * All levels 0 give 50; negating every level mirrors T around 50. No levels give null.
 * Throws a RangeError (Danish message) for a level, weight or ρ outside its range.
 * @example
 * gasTScore([1, -1], [1, 2]) // 45.98…  (50 + 10·(−1)/√(0.7·5 + 0.3·9))
 * gasTScore([0, 0, 0]) // 50
 * gasTScore([]) // null
 */
export function gasTScore(
  levels: readonly number[],
  weights?: readonly number[],
  rho: number = DEFAULT_GAS_RHO,
): number | null {
  if (typeof rho !== "number" || !(rho >= 0 && rho < 1)) {
    throw new RangeError(
      `GAS-korrelationen ρ skal være et tal fra 0 op til (men ikke med) 1; fik ${String(rho)}. Ret GASRho på arket Indstillinger.`,
    );
  }
  if (weights !== undefined && weights.length !== levels.length) {
    throw new RangeError(
      `Der skal være lige mange GAS-niveauer og vægte; fik ${levels.length} niveauer og ${weights.length} vægte.`,
    );
  }
  if (levels.length === 0) return null;
  let sumWx = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (let i = 0; i < levels.length; i++) {
    const x = levels[i];
    if (!isGasLevel(x)) {
      throw new RangeError(`GAS-niveau nr. ${i + 1} skal være et helt tal fra -2 til 2; fik ${String(x)}.`);
    }
    const w = weights === undefined ? 1 : weights[i];
    if (!isGasWeight(w)) {
      throw new RangeError(`GAS-vægt nr. ${i + 1} skal være et helt tal fra 1 til 4; fik ${String(w)}.`);
    }
    sumWx += w * x;
    sumW += w;
    sumW2 += w * w;
  }
  return gasTFromSums(sumWx, sumW, sumW2, rho);
}

/**
 * The T-score from the sums Σwx, Σw and Σw² of already validated levels and weights (for loops that
 * accumulate per citizen). Σw must be positive.
 * @example gasTFromSums(-1, 3, 5, 0.3) // 45.98…  (levels 1, −1 with weights 1, 2)
 */
export function gasTFromSums(sumWx: number, sumW: number, sumW2: number, rho: number): number {
  return 50 + (10 * sumWx) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}

/** Is `x` a GAS level (a whole number −2..2)? @example isGasLevel(1) // true */
export const isGasLevel = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= -2 && (x as number) <= 2;

/** Is `w` a GAS weight (a whole number 1..4)? @example isGasWeight(4) // true */
export const isGasWeight = (w: unknown): w is number => Number.isInteger(w) && (w as number) >= 1 && (w as number) <= 4;
