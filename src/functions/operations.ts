/**
 * The computations behind the single-value custom functions, on arguments already read by specs.ts.
 * Each is a few lines over the domain (src/domain), so a formula and the annual evaluation always
 * agree: the rules live there, not here.
 */
import {
  DEFAULT_SCALE,
  goalDueDate,
  gasTScore,
  progressValue,
  scaleLookup,
  todayDay,
  type DayNumber,
  type ScaleStep,
} from "../domain";
import { numbersOf, requireSameShape, type LabelOrNumber, type Matrix } from "./args";
import { ArgumentError, NoResultError } from "./errors";

/**
 * The fulfilment value (0..1) of an assessment: a label's value on the scale (default: Opnået 1,
 * Delvist opnået 0,5, Ikke opnået 0, Ikke vurderet = does not count → ""). A number is first looked up
 * as a label (scales whose labels are numbers, e.g. 1-5) and otherwise taken as the value itself,
 * which must lie from 0 to 1.
 * @example fulfilmentOf({ kind: "label", label: "delvist opnået" }, null) // 0.5
 */
export function fulfilmentOf(assessment: LabelOrNumber, scale: readonly ScaleStep[] | null): number | "" {
  const steps = scale ?? DEFAULT_SCALE;
  const find = scaleLookup(steps);
  const label = assessment.kind === "label" ? assessment.label : String(assessment.value);
  const step = find(label);
  if (step !== undefined) return step.value === null ? "" : step.value;
  if (assessment.kind === "number") {
    if (assessment.value >= 0 && assessment.value <= 1) return assessment.value;
    throw new ArgumentError("Argumentet «vurdering» skal være en vurdering fra skalaen eller et tal fra 0 til 1.");
  }
  const labels = steps.map((s) => s.label).join(", ");
  throw new ArgumentError(`Vurderingen findes ikke i skalaen. Brug en af: ${labels}.`);
}

/**
 * Progress from baseline to target, clamped to 0..1 (the domain's rule for a measured follow-up).
 * @example progressOf(3, 1, 5) // 0.5
 */
export function progressOf(measured: number, baseline: number, target: number): number {
  const value = progressValue(measured, baseline, target);
  if (value === null) {
    throw new ArgumentError(
      "Udgangspunkt og målværdi er ens, så fremskridtet kan ikke beregnes. Ret udgangspunktet eller målværdien.",
    );
  }
  return value;
}

/**
 * The GAS T-score of the levels in a range, with weights from a range of the same shape (a blank
 * weight is 1, as an empty Vægt in the goals table). Blank level cells are goals without a GAS level
 * and are left out together with their weight; with no level at all there is no score (#N/A).
 * @example gasOf([[1], [-1]], [[1], [2]], 0.3) // 45.98…
 */
export function gasOf(levelRange: Matrix, weightRange: Matrix | null, rho: number): number {
  const levels = numbersOf(levelRange, "niveauer");
  let weights: (number | null)[] | undefined;
  if (weightRange !== null) {
    requireSameShape(levelRange, "niveauer", weightRange, "vægte");
    weights = numbersOf(weightRange, "vægte");
  }
  const usedLevels: number[] = [];
  const usedWeights: number[] = [];
  levels.forEach((level, i) => {
    if (level === null) return;
    usedLevels.push(level);
    usedWeights.push(weights?.[i] ?? 1);
  });
  const score = gasTScore(usedLevels, usedWeights, rho);
  if (score === null) throw new NoResultError("Der er ingen GAS-niveauer i «niveauer», så der er ingen T-score.");
  return score;
}

/**
 * Days a follow-up is overdue on `asOf` (default today): the last follow-up (or start) plus the
 * interval, when that lies before `asOf`; 0 when it is not overdue.
 * @example overdueDays(46082, 90, 46200) // 28
 */
export function overdueDays(last: DayNumber, interval: number, asOf: DayNumber | null): number {
  const reference = asOf ?? todayDay();
  const due = goalDueDate({ startDate: last, interval }, null, interval) as DayNumber;
  return due < reference ? reference - due : 0;
}
