/**
 * Which way a group's mean went from last year, decided once for every place that says it (the
 * pane's rows, the remarks, the evaluation sheet): a change is read in whole percentage points, so a
 * row that says "uændret" never sits beside a remark that says "faldt".
 */

export type ChangeDirection = "steg" | "faldt" | "uændret";

/** A change of a mean (a fraction) in whole percentage points. @example changePoints(-0.003) // 0 */
export const changePoints = (change: number): number => {
  const points = Math.round(change * 100);
  return points === 0 ? 0 : points;
};

/**
 * @example changeDirection(-0.5) // "faldt"
 * @example changeDirection(-0.003) // "uændret" (rounds to 0 points)
 */
export function changeDirection(change: number): ChangeDirection {
  const points = changePoints(change);
  return points < 0 ? "faldt" : points > 0 ? "steg" : "uændret";
}

/** The minus sign shown in figures (U+2212), one for every shown negative number. */
export const MINUS = "\u2212";

/**
 * A change in whole percentage points with its sign, or "uændret".
 * @example changePointsText(-0.5) // "−50 point"
 * @example changePointsText(0.051) // "+5 point"
 */
export function changePointsText(change: number, unit = "point"): string {
  const points = changePoints(change);
  if (points === 0) return "uændret";
  return `${points > 0 ? "+" : MINUS}${Math.abs(points)} ${unit}`;
}
