/**
 * `check BOOK.xlsx [--json]`: every finding of the workbook — the reader's data findings and the SMORTE
 * findings of the goals — with sheet, worksheet row and column. Exit 1 when any finding is an error.
 */
import { hasErrors, todayDay } from "../../domain";
import type { Finding } from "../../domain";
import { readChecked } from "../../workbook/services";
import { countNoun, formatCount } from "../../workbook/reports/danishText";
import { openBook } from "../files";
import { EXIT, type CliIo } from "../io";

/** The machine-readable shape of one finding (DOMAIN.md §9). */
export interface FindingJson {
  readonly severity: "error" | "warning";
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export const findingJson = (f: Finding): FindingJson => ({
  severity: f.severity,
  sheet: f.sheet,
  row: f.row,
  column: f.column,
  message: f.message,
});

export async function checkCommand(file: string, json: boolean, io: CliIo): Promise<number> {
  io.err(`Læser arbejdsbogen ${file} …`);
  const book = await openBook(file);
  const { data, findings } = await readChecked(book, { today: todayDay(io.now()) });
  io.err(
    `Tjekker ${countNoun(data.citizens.length, "borger", "borgere")}, ${countNoun(data.goals.length, "mål", "mål")} og ` +
      `${countNoun(data.followUps.length, "opfølgning", "opfølgninger")} …`,
  );
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (json) {
    io.out(JSON.stringify(findings.map(findingJson), null, 2));
  } else {
    for (const f of findings) io.out(`${f.severity === "error" ? "FEJL" : "ADVARSEL"}: ${f.message}`);
    io.out(
      findings.length === 0
        ? `Ingen fejl eller advarsler i ${file}.`
        : `I alt ${formatCount(errors)} ${errors === 1 ? "fejl" : "fejl"} og ${countNoun(warnings, "advarsel", "advarsler")} i ${file}.`,
    );
  }
  if (hasErrors(findings)) {
    io.err(
      `Arbejdsbogen har ${formatCount(errors)} fejl. Rækker med datafejl tæller ikke med i evalueringen; ` +
        "SMORTE-fejl betyder, at en del af målet mangler. Ret dem i Excel, og kør check igen.",
    );
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}
