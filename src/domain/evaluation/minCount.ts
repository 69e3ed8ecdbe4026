/**
 * The smallest number of citizens behind a published figure.
 */
import { MIN_SUPPRESSION } from "../schema";

/**
 * `MindsteAntal` as it applies: a whole number, never below 3 (also when the setting is missing or odd).
 * @example effectiveMinCount(2) // 3
 * @example effectiveMinCount(5) // 5
 */
export const effectiveMinCount = (minCount: number): number =>
  Number.isFinite(minCount) ? Math.max(Math.ceil(minCount), MIN_SUPPRESSION) : MIN_SUPPRESSION;
