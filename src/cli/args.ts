/**
 * A small hand-written argument parser: a command, positional arguments, `--flag`, `--option value`
 * and `--option=value`. Each command says which options it knows and which take a value.
 */
import { CliError } from "./io";

export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  /** Option values by name without dashes; flags are `true`. */
  readonly options: Readonly<Record<string, string | true>>;
  readonly help: boolean;
}

export interface CommandSpec {
  /** Options that take a value (e.g. "out", "year"). */
  readonly valued: readonly string[];
  /** Options that are flags (e.g. "json" for check). */
  readonly flags: readonly string[];
  /** How many positional arguments the command takes (after the command). */
  readonly positional: number;
}

const HELP = new Set(["--help", "-h", "hjælp", "help"]);

/**
 * Split argv into the command and the rest; validate the rest against the command's spec.
 * @example parseArgs(["check", "bog.xlsx", "--json"], { check: { valued: [], flags: ["json"], positional: 1 } })
 * // { command: "check", positional: ["bog.xlsx"], options: { json: true }, help: false }
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, CommandSpec>>): ParsedArgs {
  if (argv.length === 0 || argv.some((a) => HELP.has(a))) {
    return { command: argv.find((a) => !a.startsWith("-")) ?? null, positional: [], options: {}, help: true };
  }
  const [command, ...rest] = argv;
  const spec = specs[command];
  if (!spec) {
    throw new CliError(
      command.startsWith("-")
        ? `Ukendt tilvalg ${command}. Skriv først en kommando: ${Object.keys(specs).join(", ")}.`
        : `Ukendt kommando: ${command}. Kommandoerne er ${Object.keys(specs).join(", ")}.`,
    );
  }
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags.includes(name)) {
      if (eq >= 0) throw new CliError(`Tilvalget --${name} tager ingen værdi (${command}).`);
      options[name] = true;
    } else if (spec.valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        throw new CliError(`Tilvalget --${name} mangler en værdi (${command}).`);
      }
      if (name in options) throw new CliError(`Tilvalget --${name} er angivet to gange (${command}).`);
      options[name] = value;
    } else {
      const known = [...spec.valued, ...spec.flags].map((o) => `--${o}`).join(", ");
      throw new CliError(`Ukendt tilvalg --${name} til ${command}.${known ? ` Kommandoen kender ${known}.` : ""}`);
    }
  }
  if (positional.length > spec.positional) {
    throw new CliError(`For mange argumenter til ${command}: ${positional.slice(spec.positional).join(" ")}.`);
  }
  return { command, positional, options, help: false };
}

/**
 * A year option: a whole number between 1900 and 9999.
 * @example parseYear("2025") // 2025
 */
export function parseYear(value: string | true | undefined, command: string): number {
  if (value === undefined || value === true) {
    throw new CliError(`Angiv året med --year, fx: ${command} BOG.xlsx --year 2025.`);
  }
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year) || year < 1900) {
    throw new CliError(`Året skal være et årstal med fire cifre, fx 2025 (fik "${value}").`);
  }
  return year;
}
