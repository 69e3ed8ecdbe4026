/**
 * `incidents BOOK.xlsx --year Y [--quarter Q] [--out OUT.xlsx] [--json OUT.json]`: the overgreb
 * analysis of a year or a quarter as the sheet `Hændelser Y` (or `Hændelser Y K1` …) in a copy of the
 * workbook (the input is never written), and as JSON. Exit codes as for `evaluate`: 0 also when rows
 * are left out (they are listed), 2 for usage and file errors.
 */
import path from "node:path";
import { incidentsSheetName } from "../../domain";
import { incidentsToJson, periodText } from "../../domain/incidents";
import type { IncidentAnalysis, Period } from "../../domain/incidents";
import { countNoun, formatCount, formatPercent } from "../../workbook/reports/danishText";
import { runIncidents } from "../../workbook/services";
import { assertOutputs, openBook, saveBook, writeText } from "../files";
import { CliError, EXIT, type CliIo } from "../io";
import { rowsBelowFindings } from "../tableProblems";

export interface IncidentsArgs {
  readonly file: string;
  readonly year: number;
  readonly quarter: number | null;
  readonly out?: string;
  readonly json?: string;
}

/**
 * A quarter option: 1, 2, 3 or 4 (K1 … K4 are accepted too); absent = the whole year.
 * @example parseQuarter("K2") // 2
 */
export function parseQuarter(value: string | true | undefined): number | null {
  if (value === undefined) return null;
  const text = value === true ? "" : value.trim().replace(/^k/i, "");
  if (!/^[1-4]$/.test(text)) {
    throw new CliError(`Kvartalet skal være 1, 2, 3 eller 4, fx --quarter 1 (fik "${value === true ? "" : value}").`);
  }
  return Number(text);
}

/**
 * The default name of the analysis copy, next to the input.
 * @example defaultIncidentsPath("data/bog.xlsx", { year: 2026, quarter: 1 }) // "data/bog-haendelser-2026-K1.xlsx"
 */
export function defaultIncidentsPath(input: string, period: Period): string {
  const base = path.basename(input, path.extname(input));
  const suffix = `${period.year}${period.quarter === null ? "" : `-K${period.quarter}`}`;
  return path.join(path.dirname(input), `${base}-haendelser-${suffix}.xlsx`);
}

export interface IncidentsResult {
  readonly analysis: IncidentAnalysis;
  readonly out: string;
  readonly json?: string;
  /** Did the workbook have the Haendelser table at all? */
  readonly present: boolean;
}

/** Analyse and save; shared by `incidents` and `demo`. */
export async function incidentsBook(args: IncidentsArgs, io: CliIo, now: Date): Promise<IncidentsResult> {
  const period: Period = { year: args.year, quarter: args.quarter };
  const out = args.out ?? defaultIncidentsPath(args.file, period);
  await assertOutputs(
    [{ option: "--out", file: out }, ...(args.json ? [{ option: "--json", file: args.json }] : [])],
    [args.file],
  );
  io.err(`Læser arbejdsbogen ${args.file} …`);
  const book = await openBook(args.file);
  const run = await runIncidents(book, period, { now, onProgress: (m) => m !== "Læser registret …" && io.err(m) });
  for (const f of rowsBelowFindings(await book.rowsBelowTables())) io.err(`Advarsel: ${f.message}`);
  await saveBook(book, out, [args.file]);
  if (args.json) await writeText(args.json, incidentsToJson(run.analysis), [args.file, out]);
  const present = run.findings.every((f) => !(f.code === "table-missing" && f.table === "Haendelser"));
  return { analysis: run.analysis, out, present, ...(args.json ? { json: args.json } : {}) };
}

/** A short Danish summary for the terminal: counts only, no BorgerID, no free text. */
export function incidentsSummary(a: IncidentAnalysis, present = true): string[] {
  const now = periodText(a.period);
  const before = periodText({ year: a.period.year - 1, quarter: a.period.quarter });
  const t = a.total;
  const lines = [
    `Episoder ${now}: ${formatCount(t.count)} (${before}: ${formatCount(t.previous)}; ændring ${t.change > 0 ? "+" : ""}${formatCount(t.change)}).`,
  ];
  if (!present) {
    lines.push("Arbejdsbogen har ingen tabel Haendelser. Opret den med SMORTE-skabelonen (arket Hændelser).");
  }
  for (const g of a.byDirection) if (g.count > 0) lines.push(`  ${g.group}: ${formatCount(g.count)}`);
  const h = a.handling;
  if (h.towardsStaff > 0) {
    lines.push(
      `Mod medarbejdere: ${formatCount(h.towardsStaff)}, heraf ${formatCount(h.debriefed)} med debriefing (${formatPercent(h.debriefed / h.towardsStaff, 0)}).`,
    );
  }
  if (h.withAbsence > 0) {
    lines.push(
      `Med fravær: ${formatCount(h.withAbsence)}, heraf ${formatCount(h.injuryReported)} anmeldt som arbejdsskade.`,
    );
  }
  lines.push(
    `Analyseret af arbejdsmiljøgruppen: ${formatCount(h.analysed)} af ${formatCount(t.count)}. ` +
      `${countNoun(a.citizens.involved, "borger", "borgere")} involveret, ${formatCount(a.citizens.withoutRiskAssessment)} uden risikovurdering det seneste år.`,
  );
  if (a.basis.leftOut.length > 0) {
    lines.push(
      `${countNoun(a.basis.leftOut.length, "række er udeladt, fordi den", "rækker er udeladt, fordi de")} har fejl; ` +
        `se listen på arket ${incidentsSheetName(a.period.year, a.period.quarter)} eller kør check.`,
    );
  }
  return lines;
}

export async function incidentsCommand(args: IncidentsArgs, io: CliIo): Promise<number> {
  const result = await incidentsBook(args, io, io.now());
  io.out(`Analysen er gemt i ${result.out}${result.json ? ` og ${result.json}` : ""}.`);
  for (const line of incidentsSummary(result.analysis, result.present)) io.out(line);
  return EXIT.ok;
}
