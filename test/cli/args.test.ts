import { parseArgs, parseYear } from "../../src/cli/args";
import { CliError } from "../../src/cli/io";

const SPECS = {
  check: { valued: [], flags: ["json"], positional: 1 },
  evaluate: { valued: ["year", "out", "json"], flags: [], positional: 1 },
};

describe("command-line arguments", () => {
  test("a command, its file and its options, in any order, with --opt value or --opt=value", () => {
    expect(parseArgs(["evaluate", "--year", "2025", "bog.xlsx", "--out=ud.xlsx"], SPECS)).toEqual({
      command: "evaluate",
      positional: ["bog.xlsx"],
      options: { year: "2025", out: "ud.xlsx" },
      help: false,
    });
    expect(parseArgs(["check", "bog.xlsx", "--json"], SPECS).options).toEqual({ json: true });
  });

  test("--help anywhere, or no arguments, asks for the help text", () => {
    expect(parseArgs([], SPECS).help).toBe(true);
    expect(parseArgs(["check", "--help"], SPECS).help).toBe(true);
    expect(parseArgs(["-h"], SPECS).help).toBe(true);
  });

  test.each([
    [["frobnicate"], /Ukendt kommando: frobnicate/],
    [["--year", "2025"], /Ukendt tilvalg --year/],
    [["check", "bog.xlsx", "--fast"], /Ukendt tilvalg --fast til check/],
    [["evaluate", "bog.xlsx", "--year"], /--year mangler en værdi/],
    [["evaluate", "bog.xlsx", "--year", "--out", "x"], /--year mangler en værdi/],
    [["evaluate", "bog.xlsx", "--out", "a", "--out", "b"], /--out er angivet to gange/],
    [["check", "a.xlsx", "b.xlsx"], /For mange argumenter til check: b.xlsx/],
    [["check", "bog.xlsx", "--json=ja"], /--json tager ingen værdi/],
  ])("%j is a usage error with a Danish message", (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(CliError);
    expect(() => parseArgs(argv, SPECS)).toThrow(message);
  });

  test("a year is four digits", () => {
    expect(parseYear("2025", "evaluate")).toBe(2025);
    expect(() => parseYear("25", "evaluate")).toThrow(/fire cifre/);
    expect(() => parseYear("2025.5", "evaluate")).toThrow(/fire cifre/);
    expect(() => parseYear(undefined, "evaluate")).toThrow(/Angiv året med --year/);
  });
});
