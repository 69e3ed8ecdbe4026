/**
 * `status BOOK.xlsx --citizen ID [--out OUT.xlsx] [--from DATE] [--to DATE]`: one citizen's status
 * report (the sheet `Status ID`) in a copy of the workbook, for the status meeting with the
 * municipality. The input is never written. The report holds the citizen's name and free text, so
 * the terminal gets only counts and the file name.
 */
import path from "node:path";
import { formatDay, parseDateText } from "../../domain";
import type { DayNumber } from "../../domain";
import { countNoun } from "../../workbook/reports/danishText";
import { runStatus } from "../../workbook/services";
import { assertOutputs, openBook, saveBook } from "../files";
import { CliError, EXIT, type CliIo } from "../io";

export interface StatusArgs {
  readonly file: string;
  readonly citizen: string;
  readonly out?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Beside the input: BOOK-status-ID.xlsx. @example defaultStatusPath("data/bog.xlsx", "B0001") // "data/bog-status-B0001.xlsx" */
export function defaultStatusPath(input: string, citizenId: string): string {
  const base = path.basename(input, path.extname(input));
  return path.join(path.dirname(input), `${base}-status-${citizenId.replace(/[^\p{L}\p{N}_-]/gu, "_")}.xlsx`);
}

/** A --from/--to date, read day-first as the workbook's dates are. */
export function parsePeriodDate(value: string | undefined, option: string): DayNumber | undefined {
  if (value === undefined) return undefined;
  const day = parseDateText(value);
  if (day === null) {
    throw new CliError(`${option} skal være en dato, fx 01-01-2026 eller 2026-01-01 (fik "${value}").`);
  }
  return day;
}

export async function statusCommand(args: StatusArgs, io: CliIo): Promise<number> {
  const from = parsePeriodDate(args.from, "--from");
  const to = parsePeriodDate(args.to, "--to");
  if (from !== undefined && to !== undefined && from > to) {
    throw new CliError(`--from (${formatDay(from)}) ligger efter --to (${formatDay(to)}). Byt om på datoerne.`);
  }
  const out = args.out ?? defaultStatusPath(args.file, args.citizen);
  await assertOutputs([{ option: "--out", file: out }], [args.file]);
  io.err(`Læser arbejdsbogen ${args.file} …`);
  const book = await openBook(args.file);
  let run;
  try {
    run = await runStatus(book, args.citizen, {
      now: io.now(),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      onProgress: (m) => m !== "Læser arbejdsbogen …" && io.err(m),
    });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  await book.activateSheet(run.sheet.name);
  await saveBook(book, out, [args.file]);
  const s = run.status;
  io.out(`Statusrapporten for ${s.citizenId} er gemt i ${out} (arket ${run.sheet.name}).`);
  io.out(
    `${countNoun(s.goals.length, "mål", "mål")} og ${countNoun(s.followUpCount, "opfølgning", "opfølgninger")} i perioden` +
      `${s.from !== null ? ` fra ${formatDay(s.from)}` : ""}${s.to !== null ? ` til og med ${formatDay(s.to)}` : ""}.`,
  );
  io.out("Rapporten indeholder navn og fritekst: den er kun til tilbuddet og borgerens kommune.");
  return EXIT.ok;
}
