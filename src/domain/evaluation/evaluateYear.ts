/**
 * The annual evaluation model for one year (docs/rules.md §6, "The annual evaluation").
 */
import { yearBounds } from "../dates";
import { indexWorkbook } from "../results/engineIndex";
import { unitsFromScan } from "../results/units";
import { scanFollowUps } from "../results/yearScan";
import { rollupYear } from "../rollup/yearRollups";
import type { DayNumber, EvaluationModel, WorkbookData } from "../types";
import { suggestedActions } from "./actions";
import { cutYear } from "./cutOff";
import { dataQuality } from "./dataQuality";
import { effectiveMinCount } from "./minCount";
import { groupRemarks } from "./remarks";

export { notYetReason } from "./cutOff";

export interface EvaluateOptions {
  /**
   * The day the figures reach (the pane and the services give today). Follow-ups dated after it and
   * no later than 31 December of the year are not used, and are listed in `basis.leftOut`; for a year
   * that has ended by `asOf` nothing changes. Without it every follow-up counts.
   */
  readonly asOf?: DayNumber;
}

/**
 * Evaluate year `year`: the result units of Y (and Y−1 for the comparison), roll-ups per method, target
 * group, department, target group × method and the whole offer, the data-quality figures at 31
 * December of Y, remarks for groups with too few citizens or a falling mean, and a suggested
 * action-plan row per method that needs one. Rows the reader left out are listed in `basis.leftOut`,
 * and with `asOf` inside the year (a running year) so are the follow-ups dated after it, which no
 * figure uses (the data quality included).
 *
 * One pass over the follow-ups (both years and the latest follow-up at year end together) on joins
 * built once; the roll-ups work on the units only.
 * @example evaluateYear(data, 2026).byMethod.map((g) => [g.group, g.mean]) // [["KRAP", 0.5], ["Low Arousal", 0.5]]
 * @example evaluateYear(data, 2026, { asOf: dayFromYmd(2026, 5, 20) }).basis.leftOut // + follow-ups dated after 20-05-2026
 */
export function evaluateYear(all: WorkbookData, year: number, options: EvaluateOptions = {}): EvaluationModel {
  const yearEnd = yearBounds(year).last;
  const { data, cutOff } = cutYear(all, year, options.asOf);
  const index = indexWorkbook(data);
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
      notYet: data.leftOut.length - all.leftOut.length,
    },
    byMethod: rollups.byMethod,
    byTargetGroup: rollups.byTargetGroup,
    byDepartment: rollups.byDepartment,
    total: rollups.total,
    targetGroupByMethod: rollups.targetGroupByMethod,
    // A running year's overdue goals are counted on asOf: a goal due in November is not late in May.
    dataQuality: dataQuality(index, scan.years[0], scan.latest as Int32Array, cutOff),
    remarks: [
      ...groupRemarks("method", rollups.byMethod, minCount, year),
      ...groupRemarks("targetGroup", rollups.byTargetGroup, minCount, year),
    ],
    suggestedActions: suggestedActions(rollups.byMethod, minCount, year, data.settings.interval),
    units,
  };
}
