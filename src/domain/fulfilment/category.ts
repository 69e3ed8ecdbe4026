/**
 * The category of a fulfilment value: Opnået, Delvist opnået or Ikke opnået.
 */
import { CATEGORY } from "../schema";

export type Category = (typeof CATEGORY)[keyof typeof CATEGORY];

/** Values within this distance of 0 or 1 count as 0 or 1. */
export const CATEGORY_TOLERANCE = 1e-9;

/**
 * 1 → "Opnået", 0 → "Ikke opnået", anything between → "Delvist opnået" (with a tolerance of 1e-9,
 * so 0.9999999999 is Opnået).
 * @example categoryOf(0.5) // "Delvist opnået"
 */
export function categoryOf(value: number): Category {
  if (value >= 1 - CATEGORY_TOLERANCE) return CATEGORY.achieved;
  if (value <= CATEGORY_TOLERANCE) return CATEGORY.notAchieved;
  return CATEGORY.partial;
}
