/**
 * The command line as a real process (`tsx src/cli/main.ts`; `npm run cli` runs the same with a 1 GB heap limit): the exit codes
 * the shell sees, results on stdout and Danish messages on stderr.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { workedExampleRows } from "../fixtures/workedExample";
import { tempDir, writeBook } from "./support";

jest.setTimeout(90_000);

const root = path.resolve(__dirname, "../..");
const cli = (...args: string[]) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });

const dir = tempDir();
const book = path.join(dir, "eksempel.xlsx");
beforeAll(() => writeBook(book, workedExampleRows));

test("--help exits 0 with the help on stdout", () => {
  const run = cli("--help");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("Kommandoer:");
});

test("check on a workbook with a data error exits 1", () => {
  const run = cli("check", book);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("FEJL: Mål, række");
  expect(run.stderr).toContain("Læser arbejdsbogen");
});

test("check --json prints only JSON on stdout (progress goes to stderr)", () => {
  const run = cli("check", book, "--json");
  expect(run.status).toBe(1);
  expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
});

test("a missing file exits 2 with a Danish message on stderr", () => {
  const run = cli("check", path.join(dir, "findes-ikke.xlsx"));
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("Filen findes ikke");
});

test("an unknown command exits 2", () => {
  const run = cli("slet-alt");
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("Ukendt kommando: slet-alt");
});
