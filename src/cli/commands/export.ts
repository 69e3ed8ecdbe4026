/**
 * `export BOOK.xlsx --year Y --out FILE.csv [--json FILE.json]`: the regional export files. The input
 * workbook is only read.
 */
import type { ExportRow } from "../../domain";
import { countNoun } from "../../workbook/reports/danishText";
import { runExport } from "../../workbook/services";
import { assertOutputs, openBook, writeText } from "../files";
import { EXIT, type CliIo } from "../io";
import { hintsFor, rowsBelowFindings, tableErrorLines } from "../tableProblems";

export interface ExportArgs {
  readonly file: string;
  readonly year: number;
  readonly out: string;
  readonly json?: string;
}

export interface ExportResult {
  readonly rows: readonly ExportRow[];
  readonly minCount: number;
}

/** Export and write the files; shared by `export` and `demo`. */
export async function exportBook(args: ExportArgs, io: CliIo, now: Date): Promise<ExportResult> {
  await assertOutputs(
    [{ option: "--out", file: args.out }, ...(args.json ? [{ option: "--json", file: args.json }] : [])],
    [args.file],
  );
  io.err(`Læser arbejdsbogen ${args.file} …`);
  const book = await openBook(args.file);
  const run = await runExport(book, args.year, {
    now,
    writeSheet: false,
    onProgress: (m) => m !== "Læser arbejdsbogen …" && io.err(m),
  });
  for (const line of tableErrorLines(run.findings, await hintsFor(run.findings, book))) io.err(line);
  for (const f of rowsBelowFindings(await book.rowsBelowTables())) io.err(`Advarsel: ${f.message}`);
  await writeText(args.out, run.csv, [args.file]);
  if (args.json) await writeText(args.json, run.json, [args.file, args.out]);
  return { rows: run.rows, minCount: run.minCount };
}

/** A one-line Danish summary of an export. */
export function exportSummary(result: ExportResult, year: number): string {
  const hidden = result.rows.filter((r) => r.suppressed === 1).length;
  return (
    `Regional eksport ${year}: ${countNoun(result.rows.length, "række", "rækker")}; ` +
    (hidden === 0
      ? "ingen er skjult."
      : `${hidden} er skjult (færre end ${result.minCount} borgere, eller skjult så et skjult tal ikke kan regnes ud).`)
  );
}

export async function exportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const result = await exportBook(args, io, io.now());
  io.out(`Eksporten er gemt i ${args.out}${args.json ? ` og ${args.json}` : ""}.`);
  io.out(exportSummary(result, args.year));
  return EXIT.ok;
}
