/**
 * The command line, as a function of its arguments and its I/O so tests can run it in-process.
 * Exit codes (docs/reports-and-cli.md): 0 success, 1 data errors found by `check`, 2 usage or file errors.
 */
import { parseArgs, parseYear, type CommandSpec } from "./args";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { evaluateCommand } from "./commands/evaluate";
import { exportCommand } from "./commands/export";
import { statusCommand } from "./commands/status";
import { incidentsCommand, parseQuarter } from "./commands/incidents";
import { consolidateCommand } from "./commands/consolidate";
import { ExportRefusedError } from "../domain";
import { inertText } from "../domain/text/inert";
import { PackageLimitError } from "../workbook/xlsx/package/limits";
import { HELP_TEXT } from "./help";
import { CliError, EXIT, type CliIo } from "./io";

const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  demo: { valued: ["out"], flags: [], positional: 0 },
  check: { valued: [], flags: ["json"], positional: 1 },
  evaluate: { valued: ["year", "out", "json"], flags: [], positional: 1 },
  export: { valued: ["year", "out", "json"], flags: [], positional: 1 },
  status: { valued: ["citizen", "out", "from", "to"], flags: [], positional: 1 },
  incidents: { valued: ["year", "quarter", "out", "json"], flags: [], positional: 1 },
  consolidate: { valued: ["year", "out", "json", "min"], flags: [], positional: Number.MAX_SAFE_INTEGER },
};

/** `--min N`: a whole number; below 3 is raised to 3 by the consolidation. */
function parseMin(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw new CliError("--min skal være et helt tal, fx --min 5.");
  return Number(value);
}

const bookArgument = (positional: readonly string[], command: string): string => {
  const file = positional[0];
  if (!file) throw new CliError(`Angiv arbejdsbogen, fx: ${command} BOG.xlsx.`);
  return file;
};

const optionText = (value: string | true | undefined): string | undefined =>
  typeof value === "string" ? value : undefined;

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, COMMANDS);
  if (argv.length === 0) {
    // No command is a usage error: the help goes to stderr, so a script sees exit 2 and an empty stdout.
    io.err(HELP_TEXT);
    return EXIT.usage;
  }
  if (args.help) {
    io.out(HELP_TEXT);
    return EXIT.ok;
  }
  const { command, positional, options } = args;
  switch (command) {
    case "demo":
      return demoCommand(optionText(options.out) ?? "demo", io);
    case "check":
      return checkCommand(bookArgument(positional, "check"), options.json === true, io);
    case "evaluate": {
      const file = bookArgument(positional, "evaluate");
      const year = parseYear(options.year, "evaluate");
      return evaluateCommand({ file, year, out: optionText(options.out), json: optionText(options.json) }, io);
    }
    case "export": {
      const file = bookArgument(positional, "export");
      const year = parseYear(options.year, "export");
      const out = optionText(options.out);
      if (!out)
        throw new CliError("Angiv CSV-filen med --out, fx: export BOG.xlsx --year 2025 --out regional-2025.csv.");
      return exportCommand({ file, year, out, json: optionText(options.json) }, io);
    }
    case "status": {
      const file = bookArgument(positional, "status");
      const citizen = optionText(options.citizen);
      if (!citizen) throw new CliError("Angiv borgeren med --citizen, fx: status BOG.xlsx --citizen B0001.");
      return statusCommand(
        {
          file,
          citizen,
          out: optionText(options.out),
          from: optionText(options.from),
          to: optionText(options.to),
        },
        io,
      );
    }
    case "incidents": {
      const file = bookArgument(positional, "incidents");
      const year = parseYear(options.year, "incidents");
      const quarter = parseQuarter(options.quarter);
      return incidentsCommand(
        { file, year, quarter, out: optionText(options.out), json: optionText(options.json) },
        io,
      );
    }
    case "consolidate": {
      if (positional.length === 0)
        throw new CliError(
          "Angiv eksportfilerne eller en mappe, fx: consolidate eksporter/ --year 2025 --out sektor-2025.xlsx.",
        );
      const year = parseYear(options.year, "consolidate");
      const out = optionText(options.out);
      if (!out) throw new CliError("Angiv sektorens projektmappe med --out, fx --out sektor-2025.xlsx.");
      return consolidateCommand(
        { inputs: positional, year, out, json: optionText(options.json), min: parseMin(options.min) },
        io,
      );
    }
    default:
      throw new CliError(`Ukendt kommando: ${String(command)}.`);
  }
}

/**
 * Run the command line; never throws. Danish messages go to `io.err`.
 * @example await runCli(["check", "demo/smorte-demo.xlsx", "--json"], processIo) // 1 when errors are found
 */
export async function runCli(argv: readonly string[], raw: CliIo): Promise<number> {
  // Lines can quote labels from the file: terminal escape sequences, NUL, backspace and bidi overrides
  // never reach the terminal.
  const io: CliIo = { now: () => raw.now(), out: (l) => raw.out(inertText(l)), err: (l) => raw.err(inertText(l)) };
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof ExportRefusedError || e instanceof PackageLimitError) {
      io.err(`Fejl: ${e.message}`);
      io.err("Skriv  npm run cli -- --help  for at se, hvordan kommandoerne bruges.");
      return EXIT.usage;
    }
    // The internal text of an unexpected error could quote the file's contents: it is not shown.
    io.err(
      "Fejl: Filen kunne ikke behandles, fordi den er opbygget på en måde, SMORTE ikke kender. " +
        "Åbn den i Excel, gem den som .xlsx (Excel-projektmappe), og prøv igen.",
    );
    return EXIT.usage;
  }
}
