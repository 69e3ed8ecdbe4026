/**
 * The custom functions that work on whole tables (RESULTS, GOALRESULT) or on a goal's SMORTE fields
 * (CHECK) and a criterion's judgements (CRITERION). Tables go through the domain's own reader
 * (readWorkbook) and evaluation (evaluateYear), so a formula shows exactly the figures the annual
 * evaluation writes for the same data.
 */
import {
  checkGoal,
  criterionResult,
  cutYear,
  evaluateYear,
  gasTScore,
  goalResult,
  groupFigures,
  isSmorteComplete,
  parseJudgement,
  QUALITY_JUDGEMENTS,
  resultUnits,
  type GroupFigures,
  type ScaleStep,
} from "../domain";
import { cellPlace, textsOf, type Matrix } from "./args";
import { ArgumentError, NoResultError } from "./errors";
import { columnName, readTables, type TableInputs } from "./workbookInput";
import type { Grouping } from "./specs";
import type { RangeTable } from "./tables";

// ----- CHECK --------------------------------------------------------------------------------------

/**
 * The SMORTE findings of a goal as one Danish text: "" when the goal is SMORTE-complete (no errors);
 * otherwise every finding, errors first, each as "letter: message", warnings marked "(advarsel)",
 * separated by " | ".
 * @example checkText("", "", "", "", null, null, "", null, null, null) // "S: … | M: … | …"
 */
export function checkText(
  text: string,
  successCriterion: string,
  achievability: string,
  relevance: string,
  startDate: number | null,
  endDate: number | null,
  evaluation: string,
  interval: number | null,
  baseline: number | null,
  target: number | null,
): string {
  const findings = checkGoal({
    text,
    successCriterion,
    achievability,
    relevance,
    evaluation,
    startDate,
    endDate,
    baseline,
    target,
    interval,
  });
  if (isSmorteComplete(findings)) return "";
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity !== "error"),
  ];
  return ordered.map((f) => `${f.letter}${f.severity === "error" ? "" : " (advarsel)"}: ${f.message}`).join(" | ");
}

// ----- CRITERION ----------------------------------------------------------------------------------

/**
 * A criterion's result from its indicators' judgements (blank = not judged yet). A text that is not
 * a judgement is refused rather than read as "not judged yet".
 * @example criterionOf([["Til stede"], ["Ikke aktuel"]]) // "Opfyldt"
 */
export function criterionOf(judgements: Matrix): string {
  const texts = textsOf(judgements, "indikatorer");
  texts.forEach((text, i) => {
    if (text !== "" && parseJudgement(text) === null) {
      const place = cellPlace("indikatorer", Math.floor(i / judgements[0].length) + 1, (i % judgements[0].length) + 1);
      throw new ArgumentError(`${place} skal være en af ${QUALITY_JUDGEMENTS.join(", ")} eller tom.`);
    }
  });
  return criterionResult(texts.map((text) => (text === "" ? null : text)));
}

// ----- GOALRESULT ---------------------------------------------------------------------------------

/**
 * The value (0..1) of a goal's result in `year`, as the annual evaluation counts it. Without a goals
 * table only assessments count (a measured follow-up needs the goal's Udgangspunkt and Målværdi).
 * A row of this goal that cannot be read is reported (#VALUE!) rather than silently left out; no
 * result is #N/A. With `asOf` the follow-ups of a running year dated after it do not count, as in
 * the evaluation on that day.
 * @example goalResultOf("M04", opfoelgning, 2026, maal, null, null) // 0.5
 */
export function goalResultOf(
  goalId: string,
  followUps: RangeTable,
  year: number,
  goals: RangeTable | null,
  scale: readonly ScaleStep[] | null,
  asOf: number | null,
): number {
  const inputs: TableInputs = { goals, followUps, citizens: null, scale, onlyGoal: goalId };
  const { data, leftOutOf } = readTables(inputs);
  const problem = leftOutOf(goalId);
  if (problem !== null) throw new ArgumentError(problem);
  if (goals !== null && !data.goals.some((g) => g.goalId === goalId)) {
    throw new NoResultError(`Målet findes ikke i «mål» (kolonnen ${columnName("Maal", "goalId")}).`);
  }
  const unit = goalResult(data, goalId, year, asOf ?? undefined);
  if (unit === null) throw new NoResultError(`Målet har ingen opfølgning i ${year}, der tæller.`);
  return unit.value;
}

// ----- RESULTS ------------------------------------------------------------------------------------

/** The header row of the RESULTS table (Danish, as the user sees it). */
export const RESULTS_HEADER = [
  "Gruppe",
  "Borgere",
  "Mål",
  "Opnået",
  "Delvist opnået",
  "Ikke opnået",
  "Gennemsnit",
  "Borgervægtet gennemsnit",
  "GAS T",
] as const;

const row = (g: GroupFigures): (string | number)[] => [
  g.group,
  g.citizens,
  g.goals,
  g.achieved,
  g.partial,
  g.notAchieved,
  g.mean ?? "",
  g.citizenMean ?? "",
  g.gasT ?? "",
];

/**
 * The year's roll-up as a table: the header row, one row per group (the annual evaluation's figures
 * for the grouping, sorted by name) and the total row "(alle)". Empty figures are empty cells. With
 * `asOf` a running year reaches that day, as `evaluateYear(…, { asOf })` does.
 * @example resultsTable(maal, opfoelgning, borgere, 2026, "method", null, 0.3, null)[1] // ["KRAP", 1, 1, 0, 1, 0, 0.5, 0.5, ""]
 */
export function resultsTable(
  goals: RangeTable,
  followUps: RangeTable,
  citizens: RangeTable,
  year: number,
  grouping: Grouping,
  scale: readonly ScaleStep[] | null,
  rho: number,
  asOf: number | null,
): (string | number)[][] {
  if (grouping === "targetGroup" && !citizens.keys.has("targetGroup")) {
    throw new ArgumentError(
      `«borgere» mangler kolonnen ${columnName("Borgere", "targetGroup")}, som der grupperes efter.`,
    );
  }
  if (grouping === "department" && !citizens.keys.has("department")) {
    throw new ArgumentError(
      `«borgere» mangler kolonnen ${columnName("Borgere", "department")}, som der grupperes efter.`,
    );
  }
  // The reader would fall back to the default for a bad GASRho setting; an argument must not: the
  // domain's GAS rule refuses a ρ outside 0 ≤ ρ < 1 with a Danish message.
  gasTScore([], [], rho);
  const { data } = readTables({ goals, followUps, citizens, scale, rho });
  const day = asOf ?? undefined;
  const model = evaluateYear(data, year, { asOf: day });
  let groups: readonly GroupFigures[];
  switch (grouping) {
    case "method":
      groups = model.byMethod;
      break;
    case "targetGroup":
      groups = model.byTargetGroup;
      break;
    case "department":
      groups = model.byDepartment;
      break;
    case "citizen": {
      // The previous year's units on the data the evaluation used (the same cut-off day).
      const previousUnits = resultUnits(cutYear(data, year, day).data, year - 1);
      const options = { rho: data.settings.gasRho, previousUnits };
      groups = groupFigures(model.units, (u) => u.citizenId, options);
      break;
    }
  }
  return [[...RESULTS_HEADER], ...groups.map(row), row(model.total)];
}
