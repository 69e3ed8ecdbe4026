/**
 * The annual evaluation model for one year (docs/rules.md §6, "The annual evaluation").
 */
import { yearBounds } from "../dates";
import { indexWorkbook } from "../results/engineIndex";
import { unitsFromScan } from "../results/units";
import { scanFollowUps } from "../results/yearScan";
import { rollupYear } from "../rollup/yearRollups";
import type { EvaluationModel, WorkbookData } from "../types";
import { suggestedActions } from "./actions";
import { dataQuality } from "./dataQuality";
import { effectiveMinCount } from "./minCount";
import { groupRemarks } from "./remarks";

/**
 * Evaluate year `year`: the result units of Y (and Y−1 for the comparison), roll-ups per method, target
 * group, department, target group × method and the whole offer, the data-quality figures at 31
 * December of Y, remarks for groups with too few citizens or a falling mean, and a suggested
 * action-plan row per method that needs one. Rows the reader left out are listed in `basis.leftOut`.
 *
 * One pass over the follow-ups (both years and the latest follow-up at year end together) on joins
 * built once; the roll-ups work on the units only.
 * @example evaluateYear(data, 2026).byMethod.map((g) => [g.group, g.mean]) // [["KRAP", 0.5], ["Low Arousal", 0.5]]
 */
export function evaluateYear(data: WorkbookData, year: number): EvaluationModel {
  const index = indexWorkbook(data);
  const yearEnd = yearBounds(year).last;
  const scan = scanFollowUps(index, [year, year - 1], yearEnd);
  const units = unitsFromScan(index, scan.years[0]);
  const rollups = rollupYear(index, scan.years[0], scan.years[1], data.settings.gasRho);
  const minCount = effectiveMinCount(data.settings.minCount);
  return {
    schemaVersion: 1,
    year,
    offer: { name: data.settings.offerName, offerId: data.settings.offerId, region: data.settings.region },
    basis: {
      citizens: data.citizens.length,
      goals: data.goals.length,
      followUps: data.followUps.length,
      units: units.length,
      leftOut: data.leftOut,
    },
    byMethod: rollups.byMethod,
    byTargetGroup: rollups.byTargetGroup,
    byDepartment: rollups.byDepartment,
    total: rollups.total,
    targetGroupByMethod: rollups.targetGroupByMethod,
    dataQuality: dataQuality(index, scan.years[0], scan.latest as Int32Array, yearEnd),
    remarks: [
      ...groupRemarks("method", rollups.byMethod, minCount, year),
      ...groupRemarks("targetGroup", rollups.byTargetGroup, minCount, year),
    ],
    suggestedActions: suggestedActions(rollups.byMethod, minCount, year, data.settings.interval),
    units,
  };
}
