/** The sector's results as JSON (`schemaVersion` 1; docs/rules.md §9): numbers unrounded, empty figures null. */
import type { SectorResult } from "./types";

/** @example JSON.parse(sectorToJson(result)).comparison[0].offers[0].position // "inden for" */
export function sectorToJson(r: SectorResult): string {
  const value = {
    schemaVersion: r.schemaVersion,
    year: r.year,
    region: r.region,
    offers: r.offers,
    byTargetGroup: r.byTargetGroup,
    byMethod: r.byMethod,
    targetGroupByMethod: r.targetGroupByMethod,
    total: r.total,
    comparison: r.comparison,
  };
  return JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2);
}
