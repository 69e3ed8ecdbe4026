/**
 * Numbers in Danish running text (remarks and action-plan suggestions).
 */

/**
 * A number with at most one decimal, a decimal comma and the minus sign U+2212.
 * @example danishNumber(12.345) // "12,3"
 * @example danishNumber(-0.34) // "−0,3"
 */
export function danishNumber(x: number): string {
  const rounded = Math.round(x * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return (text === "-0" ? "0" : text).replace(".", ",").replace("-", "\u2212");
}

/** A fraction as a Danish percentage. @example danishPercent(0.5) // "50 %" */
export const danishPercent = (fraction: number): string => `${danishNumber(fraction * 100)} %`;

/** "1 borger", "2 borgere". @example countNoun(1, "borger", "borgere") // "1 borger" */
export const countNoun = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
