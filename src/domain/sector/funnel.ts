/**
 * Funnel-plot limits (Spiegelhalter 2005) for comparing offers fairly: for an offer with n citizens
 * around the sector value p, p ± z·√(p(1−p)/n), clipped to 0..1; z = 1.96 (95 %) and 3.09 (99.8 %).
 * p(1−p) bounds the variance of a value in 0..1, so the limits err on the wide side.
 */
import type { FunnelOffer, FunnelPosition } from "./types";

export const Z95 = 1.96;
export const Z998 = 3.09;

const clip = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The lower and upper limit for n citizens at level z.
 * @example funnelLimits(0.5, 25, 1.96) // [0.304, 0.696]
 */
export function funnelLimits(p: number, n: number, z: number): readonly [number, number] {
  const half = z * Math.sqrt((p * (1 - p)) / n);
  return [clip(p - half), clip(p + half)];
}

/** One offer placed against the sector value. */
export function funnelOffer(offerId: string, citizens: number, citizenMean: number, p: number): FunnelOffer {
  const [lower95, upper95] = funnelLimits(p, citizens, Z95);
  const [lower998, upper998] = funnelLimits(p, citizens, Z998);
  const position: FunnelPosition = citizenMean > upper998 ? "over" : citizenMean < lower998 ? "under" : "inden for";
  return { offerId, citizens, citizenMean, lower95, upper95, lower998, upper998, position };
}
