/**
 * `check BOOK.xlsx [--json]`: every finding of the workbook — the reader's data findings, the SMORTE
 * findings of the goals and, where the workbook has it, the overgreb register's findings — with sheet,
 * worksheet row and column. Exit 1 when any finding is an error.
 */
import { hasErrors, todayDay } from "../../domain";
import type { Finding } from "../../domain";
import { readChecked, readRegister, sortFindings } from "../../workbook/services";
import { countNoun, formatCount } from "../../workbook/reports/danishText";
import { openBook } from "../files";
import { EXIT, type CliIo } from "../io";
import { hintsFor, isTableError, rowsBelowFindings } from "../tableProblems";

/** The machine-readable shape of one finding (docs/reports-and-cli.md). */
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
  const checked = await readChecked(book, { today: todayDay(io.now()) });
  const { data } = checked;
  // The overgreb register is checked too where the workbook has it (older workbooks do not).
  const register = await readRegister(book, todayDay(io.now()));
  const registerFindings = register.data.present ? register.findings : [];
  const findings = sortFindings([
    ...checked.findings,
    ...registerFindings,
    ...rowsBelowFindings(await book.rowsBelowTables()),
  ]);
  io.err(
    `Tjekker ${countNoun(data.citizens.length, "borger", "borgere")}, ${countNoun(data.goals.length, "mål", "mål")} og ` +
      `${countNoun(data.followUps.length, "opfølgning", "opfølgninger")} …`,
  );
  const errors = findings.filter((f) => f.severity === "error");
  const smorteErrors = errors.filter((f) => f.letter !== undefined).length;
  const dataErrors = errors.length - smorteErrors;
  const tableErrors = errors.filter(isTableError).length;
  const warnings = findings.length - errors.length;
  if (json) {
    io.out(JSON.stringify(findings.map(findingJson), null, 2));
  } else {
    const hints = await hintsFor(findings, book);
    for (const f of findings) {
      io.out(`${f.severity === "error" ? "FEJL" : "ADVARSEL"}: ${f.message}`);
      const hint = hints.get(f);
      if (hint) io.out(`  ${hint}`);
    }
    io.out(
      findings.length === 0
        ? `Ingen fejl eller advarsler i ${file}.`
        : `I alt ${formatCount(errors.length)} fejl (${formatCount(dataErrors)} i data, ` +
            `${countNoun(smorteErrors, "SMORTE-mangel", "SMORTE-mangler")} i målene) og ${countNoun(warnings, "advarsel", "advarsler")} i ${file}.`,
    );
  }
  if (hasErrors(findings)) {
    // Rows are counted once however many errors they have; a table-wide error leaves out all its rows.
    const leftOut = data.leftOut.length;
    const registerLeftOut = register.data.present ? register.data.leftOut.length : 0;
    const parts = [
      tableErrors > 0 ? `${countNoun(tableErrors, "fejl gælder en hel tabel", "fejl gælder hele tabeller")}. ` : "",
      leftOut > 0
        ? `${countNoun(leftOut, "række har fejl og tæller", "rækker har fejl og tæller")} ikke med i evalueringen. `
        : "",
      registerLeftOut > 0
        ? `${countNoun(registerLeftOut, "række i registret over episoder har fejl og tæller", "rækker i registret over episoder har fejl og tæller")} ikke med i analysen. `
        : "",
      dataErrors > 0 && leftOut === 0 && registerLeftOut === 0 && tableErrors === 0
        ? `${formatCount(dataErrors)} fejl i data. `
        : "",
      smorteErrors > 0 ? `${countNoun(smorteErrors, "SMORTE-del mangler", "SMORTE-dele mangler")} i målene. ` : "",
    ];
    io.err(`${parts.join("")}Ret dem i Excel, og kør check igen.`);
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}
