/**
 * `evaluate BOOK.xlsx --year Y [--out OUT.xlsx] [--json OUT.json]`: the annual evaluation sheets in a
 * copy of the workbook (the input is never written), and the evaluation model as JSON.
 */
import { basisSheetName, evaluationToJson } from "../../domain";
import type { EvaluationModel } from "../../domain";
import { countNoun, formatDecimal, formatPercent } from "../../workbook/reports/danishText";
import { runEvaluation } from "../../workbook/services";
import { assertOutputs, defaultEvaluationPath, openBook, saveBook, writeText } from "../files";
import { EXIT, type CliIo } from "../io";
import { hintsFor, isTableError, rowsBelowFindings, tableErrorLines } from "../tableProblems";

export interface EvaluateArgs {
  readonly file: string;
  readonly year: number;
  readonly out?: string;
  readonly json?: string;
}

export interface EvaluateResult {
  readonly model: EvaluationModel;
  /** Errors about whole tables (their rows are missing from the figures). */
  readonly tableErrors: number;
  readonly out: string;
  readonly json?: string;
}

/** Evaluate and save; shared by `evaluate` and `demo`. */
export async function evaluateBook(args: EvaluateArgs, io: CliIo, now: Date): Promise<EvaluateResult> {
  const out = args.out ?? defaultEvaluationPath(args.file, args.year);
  await assertOutputs(
    [{ option: "--out", file: out }, ...(args.json ? [{ option: "--json", file: args.json }] : [])],
    [args.file],
  );
  io.err(`Læser arbejdsbogen ${args.file} …`);
  const book = await openBook(args.file);
  const run = await runEvaluation(book, args.year, {
    now,
    onProgress: (m) => m !== "Læser arbejdsbogen …" && io.err(m),
  });
  for (const line of tableErrorLines(run.findings, await hintsFor(run.findings, book))) io.err(line);
  for (const f of rowsBelowFindings(await book.rowsBelowTables())) io.err(`Advarsel: ${f.message}`);
  await saveBook(book, out, [args.file]);
  if (args.json) await writeText(args.json, evaluationToJson(run.model), [args.file, out]);
  const tableErrors = run.findings.filter(isTableError).length;
  return { model: run.model, tableErrors, out, ...(args.json ? { json: args.json } : {}) };
}

/**
 * A short Danish summary of an evaluation for the terminal (no names, no free text). `tableErrors` =
 * how many errors about whole tables the workbook has (they, not the year, explain missing results).
 * The follow-ups a running year leaves out because they are dated after today get their own line.
 */
export function evaluationSummary(model: EvaluationModel, tableErrors = 0): string[] {
  const notYet = model.basis.notYet;
  const t = model.total;
  const lines = [
    `Årsevaluering ${model.year}: ${countNoun(model.basis.units, "mål", "mål")} med resultat hos ` +
      `${countNoun(t.citizens, "borger", "borgere")}; gennemsnitlig målopfyldelse ${formatPercent(t.mean)}` +
      (t.previousMean !== null ? ` (${model.year - 1}: ${formatPercent(t.previousMean)})` : "") +
      (t.gasT !== null ? `, GAS T ${formatDecimal(t.gasT)}` : "") +
      ".",
  ];
  if (model.basis.units === 0) {
    lines.push(
      tableErrors > 0
        ? `Ingen mål har et resultat i ${model.year}: arbejdsbogen har fejl, der gælder hele tabeller (se ovenfor).`
        : `Ingen mål har et resultat i ${model.year}. Tjek året, og at opfølgningerne har en dato i ${model.year}.`,
    );
  }
  for (const g of model.byMethod) {
    const change =
      g.change === null
        ? ""
        : ` (${g.change >= 0 ? "+" : "−"}${formatPercent(Math.abs(g.change)).replace(" %", "")} procentpoint)`;
    lines.push(`  ${g.group}: ${countNoun(g.citizens, "borger", "borgere")}, ${formatPercent(g.mean)}${change}`);
  }
  const errors = model.basis.leftOut.length - notYet;
  if (errors > 0) {
    lines.push(
      `${countNoun(errors, "række er udeladt, fordi den", "rækker er udeladt, fordi de")} har fejl; ` +
        `se listen på arket ${basisSheetName(model.year)} eller kør check.`,
    );
  }
  if (notYet > 0) {
    lines.push(
      `${countNoun(notYet, "opfølgning er udeladt, fordi den", "opfølgninger er udeladt, fordi de")} har en dato efter i dag; ` +
        `se listen på arket ${basisSheetName(model.year)}.`,
    );
  }
  if (model.suggestedActions.length > 0) {
    lines.push(`Handleplanen har ${countNoun(model.suggestedActions.length, "forslag", "forslag")} til fokusområder.`);
  }
  return lines;
}

export async function evaluateCommand(args: EvaluateArgs, io: CliIo): Promise<number> {
  const result = await evaluateBook(args, io, io.now());
  io.out(`Årsevalueringen er gemt i ${result.out}${result.json ? ` og ${result.json}` : ""}.`);
  for (const line of evaluationSummary(result.model, result.tableErrors)) io.out(line);
  return EXIT.ok;
}
