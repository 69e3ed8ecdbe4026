/**
 * The annual evaluation as one application service, used by the task pane and the command line:
 * read the workbook, evaluate the year, and write `Årsevaluering Y` and `Grundlag Y` through the port,
 * keeping the action plan the leader has typed. Free of Node and Office APIs.
 */
import { actionPlanTableName, evaluateYear, evaluationSheetName, todayDay } from "../../domain";
import type { EvaluationModel, Finding } from "../../domain";
import type { SheetContent, WorkbookPort } from "../port";
import { basisSheet } from "../reports/basisSheet";
import { countNoun, madeAtText } from "../reports/danishText";
import { evaluationSheet } from "../reports/evaluationSheet";
import { mergeActionPlan } from "../reports/actionPlan";
import { readChecked } from "./readChecked";

export interface RunOptions {
  /**
   * The clock: "today" for the reader's checks, the day a running year's figures reach (follow-ups
   * dated later do not count) and the sheet's "Udarbejdet".
   */
  readonly now: Date;
  /** Danish progress lines for a progress indicator ("Læser arbejdsbogen …"). */
  readonly onProgress?: (message: string) => void;
}

export interface EvaluationRun {
  readonly model: EvaluationModel;
  /** Every finding of the workbook (data and SMORTE), sorted by sheet and row. */
  readonly findings: readonly Finding[];
  readonly sheets: { readonly evaluation: SheetContent; readonly basis: SheetContent };
  /** How many action-plan rows were the leader's (kept) and how many suggestions were added. */
  readonly plan: { readonly kept: number; readonly added: number };
  /** Of `model.basis.leftOut`: the follow-ups dated after today (a running year), listed after the rows with errors. */
  readonly notYet: number;
}

/**
 * Run the annual evaluation of `year` and write its two sheets (re-running replaces them and keeps
 * the action plan).
 * @example
 * const run = await runEvaluation(port, 2025, { now: new Date() });
 * run.model.total.mean // 0.52…
 */
export async function runEvaluation(port: WorkbookPort, year: number, options: RunOptions): Promise<EvaluationRun> {
  const progress = options.onProgress ?? (() => undefined);
  progress("Læser arbejdsbogen …");
  // The evaluation counts; it prints no note or description, so those are never read (inside Excel at
  // 100,000 follow-ups that is a few MB instead of 35).
  const today = todayDay(options.now);
  const checked = await readChecked(port, { today, columns: "lists" });
  const { data } = checked;
  progress(
    `Beregner årsevalueringen for ${year} ud fra ${countNoun(data.citizens.length, "borger", "borgere")}, ` +
      `${countNoun(data.goals.length, "mål", "mål")} og ${countNoun(data.followUps.length, "opfølgning", "opfølgninger")} …`,
  );
  // A running year reaches today: follow-ups dated later are listed as left out, not counted.
  const model = evaluateYear(data, year, { asOf: today });
  const keptPlan = await port.readSheetTable(evaluationSheetName(year), actionPlanTableName(year));
  const previousPlan = await port.readSheetTable(evaluationSheetName(year - 1), actionPlanTableName(year - 1));
  const madeAt = madeAtText(options.now);
  const evaluation = evaluationSheet(model, { madeAt, keptPlan, previousPlan });
  const basis = basisSheet(model, madeAt);
  const merged = mergeActionPlan(keptPlan, model.suggestedActions);
  progress(`Skriver arkene ${evaluation.name} og ${basis.name} …`);
  await port.writeSheet(evaluation);
  await port.writeSheet(basis);
  return {
    model,
    findings: checked.findings,
    sheets: { evaluation, basis },
    plan: { kept: merged.kept, added: merged.added },
    notYet: model.basis.notYet,
  };
}
