// SMORTE custom functions (namespace SMORTE). custom-functions-metadata-plugin reads the JSDoc below,
// emits functions.json and appends the CustomFunctions.associate calls to this module when bundling.
// (A block comment here would become the first function's description.)
//
// Each function only reads its arguments with the declarative lists in specs.ts and calls the domain
// (through operations.ts / workbookFunctions.ts); every failure reaches Excel as #VALUE! or #N/A with a
// short Danish message (guard). Parameters are typed `unknown` (metadata type "any") so that blank cells
// and text arrive as they are and get our own Danish messages instead of Excel's silent coercion.
// The Danish names and descriptions are kept by hand in functions-da.json.

import { baselineAndTarget, readArgs, zeroMeansBlank } from "./args";
import { guard } from "./errors";
import { fulfilmentOf, gasOf, overdueDays, progressOf } from "./operations";
import { SPECS } from "./specs";
import { checkText, criterionOf, goalResultOf, resultsTable } from "./workbookFunctions";

/**
 * The fulfilment value of an assessment: the value of its label on the scale (Opnået 1, Delvist opnået 0.5, Ikke opnået 0 by default), or empty text for a label that does not count (Ikke vurderet).
 * @customfunction FULFILMENT FULFILMENT
 * @param assessment An assessment label from the scale, or a number from 0 to 1.
 * @param [scale] The scale: two columns Vurdering and Værdi, with or without the header row. Default: the standard scale.
 * @returns A number from 0 to 1, or empty text when the label does not count.
 */
export function fulfilment(assessment: unknown, scale?: unknown[][]): number | string {
  return guard(() => fulfilmentOf(...readArgs(SPECS.fulfilment.args, [assessment, scale])));
}

/**
 * How far a measurement has come from the baseline towards the target, from 0 (at or behind the baseline) to 1 (target reached or passed). The target may lie below the baseline.
 * @customfunction PROGRESS PROGRESS
 * @param measured The measured value.
 * @param baseline The value when the goal was set.
 * @param target The value the goal aims for.
 * @returns The share of the way from baseline to target, between 0 and 1.
 */
export function progress(measured: unknown, baseline: unknown, target: unknown): number {
  return guard(() => progressOf(...readArgs(SPECS.progress.args, [measured, baseline, target])));
}

/**
 * The Goal Attainment Scaling T-score (Kiresuk and Sherman) of goal levels from -2 to 2, 50 when every goal reaches its expected level. Blank level cells are left out.
 * @customfunction GAS GAS
 * @param levels The GAS levels, whole numbers from -2 to 2.
 * @param [weights] The goals' weights, whole numbers from 1 to 4, in a range of the same shape as the levels. Default: 1 each.
 * @param [rho] The correlation between goals, from 0 up to 1. Default: 0.3.
 * @returns The T-score.
 */
export function gas(levels: unknown[][], weights?: unknown[][], rho?: unknown): number {
  return guard(() => gasOf(...readArgs(SPECS.gas.args, [levels, weights, rho])));
}

/**
 * The SMORTE check of a goal: what is missing (errors) and what to consider (warnings), as Danish text; empty when the goal is SMORTE-complete.
 * @customfunction CHECK CHECK
 * @param goal The goal (Mål): what the citizen wants to achieve.
 * @param successCriterion How we see that the goal is reached (Succeskriterium).
 * @param achievability Why the goal is achievable (Opnåelighed).
 * @param relevance The link to the citizen's wishes and the action plan (Relevans).
 * @param startDate The start date (Startdato).
 * @param endDate The date the goal should be reached (Slutdato).
 * @param evaluation How and when the goal is evaluated (Evaluering).
 * @param [interval] The follow-up interval in days. Default: the standard interval of 90 days.
 * @param [baseline] The measured baseline (Udgangspunkt), if the goal is measured by a number.
 * @param [target] The target value (Målværdi), if the goal is measured by a number.
 * @returns The findings as text, empty when the goal is SMORTE-complete.
 */
export function check(
  goal: unknown,
  successCriterion: unknown,
  achievability: unknown,
  relevance: unknown,
  startDate: unknown,
  endDate: unknown,
  evaluation: unknown,
  interval?: unknown,
  baseline?: unknown,
  target?: unknown,
): string {
  // Excel desktop passes empty cells as 0: an interval of 0 days, or baseline and target both 0, is empty.
  const [from, to] = baselineAndTarget(baseline, target);
  return guard(() =>
    checkText(
      ...readArgs(SPECS.check.args, [
        goal,
        successCriterion,
        achievability,
        relevance,
        startDate,
        endDate,
        evaluation,
        zeroMeansBlank(interval),
        from,
        to,
      ]),
    ),
  );
}

/**
 * How many days a follow-up is overdue: the last follow-up (or the start date) plus the interval, counted to the reference date; 0 when it is not overdue.
 * @customfunction OVERDUE OVERDUE
 * @volatile
 * @param lastDate The date of the latest follow-up, or the start date if there is none.
 * @param interval The follow-up interval in days.
 * @param [asOf] The reference date. Default: today.
 * @returns Days overdue, 0 when not overdue.
 */
export function overdue(lastDate: unknown, interval: unknown, asOf?: unknown): number {
  return guard(() => overdueDays(...readArgs(SPECS.overdue.args, [lastDate, interval, asOf])));
}

/**
 * The result of a criterion of Socialtilsynet's quality model from its quality markers' judgements (Til stede, Ikke til stede, Ikke aktuel; blank = not judged yet).
 * @customfunction CRITERION CRITERION
 * @param judgements The judgements of the criterion's quality markers.
 * @returns Opfyldt, Ikke opfyldt or Ikke færdigvurderet.
 */
export function criterion(judgements: unknown[][]): string {
  return guard(() => criterionOf(...readArgs(SPECS.criterion.args, [judgements])));
}

/**
 * The result of one goal in a year: the value of its latest follow-up in the year that counts, exactly as the annual evaluation counts it; #N/A when the goal has none.
 * @customfunction GOALRESULT GOALRESULT
 * @param goalId The goal's MålID.
 * @param followUps The follow-ups table with its header row, e.g. Opfoelgning[#Alle].
 * @param year The year.
 * @param [goals] The goals table with its header row, e.g. Maal[#Alle]; needed for measured goals (Udgangspunkt, Målværdi).
 * @param [scale] The scale: two columns Vurdering and Værdi, with or without the header row. Default: the standard scale.
 * @param [asOf] Count only follow-ups dated on or before this date, e.g. TODAY() for a year that is not over. Default: every follow-up of the year.
 * @returns A number from 0 to 1.
 */
export function goalResult(
  goalId: unknown,
  followUps: unknown[][],
  year: unknown,
  goals?: unknown[][],
  scale?: unknown[][],
  asOf?: unknown,
): number {
  return guard(() => goalResultOf(...readArgs(SPECS.goalResult.args, [goalId, followUps, year, goals, scale, asOf])));
}

/**
 * The year's results per method, target group, department or citizen, with the same figures as the annual evaluation, as a table with a header row and a total row (alle).
 * @customfunction RESULTS RESULTS
 * @param goals The goals table with its header row, e.g. Maal[#Alle].
 * @param followUps The follow-ups table with its header row, e.g. Opfoelgning[#Alle].
 * @param citizens The citizens table with its header row, e.g. Borgere[#Alle].
 * @param year The year.
 * @param [groupBy] Metode, Målgruppe, Afdeling or Borger. Default: Metode.
 * @param [scale] The scale: two columns Vurdering and Værdi, with or without the header row. Default: the standard scale.
 * @param [rho] The GAS correlation between goals (the GASRho setting). Default: 0.3.
 * @param [asOf] Count only follow-ups dated on or before this date, e.g. TODAY() for a year that is not over. Default: every follow-up of the year.
 * @returns {any[][]} Group, citizens, goals, achieved, partially achieved, not achieved, mean, citizen-weighted mean and GAS T-score per group.
 */
export function results(
  goals: unknown[][],
  followUps: unknown[][],
  citizens: unknown[][],
  year: unknown,
  groupBy?: unknown,
  scale?: unknown[][],
  rho?: unknown,
  asOf?: unknown,
): unknown[][] {
  return guard(() =>
    resultsTable(...readArgs(SPECS.results.args, [goals, followUps, citizens, year, groupBy, scale, rho, asOf])),
  );
}
