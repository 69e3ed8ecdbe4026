/**
 * `npm run cli` runs in the project folder whatever folder it was typed in; file names given on the
 * command line are taken from the folder the user typed them in (npm's INIT_CWD).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { workedExampleRows } from "../fixtures/workedExample";
import { tempDir, writeBook } from "./support";

jest.setTimeout(90_000);

const root = path.resolve(__dirname, "../..");
const dir = tempDir();
beforeAll(() => writeBook(path.join(dir, "eksempel.xlsx"), workedExampleRows));

/** The process as `npm run <script>` starts it when typed in `typedIn`. */
const asNpm = (script: string, typedIn: string, ...args: string[]) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    env: { ...process.env, npm_lifecycle_event: script, INIT_CWD: typedIn },
    encoding: "utf8",
  });

test("npm run cli -- check NAME finds NAME in the folder it was typed in", () => {
  const run = asNpm("cli", dir, "check", "eksempel.xlsx");
  expect(run.stderr).not.toContain("Filen findes ikke");
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("FEJL: Mål, række");
});

test("npm run cli -- evaluate writes its default copy and --json beside the input in that folder", () => {
  const run = asNpm("cli", dir, "evaluate", "eksempel.xlsx", "--year", "2026", "--json", "tal.json");
  expect(run.status).toBe(0);
  expect(existsSync(path.join(dir, "eksempel-aarsevaluering-2026.xlsx"))).toBe(true);
  expect(existsSync(path.join(dir, "tal.json"))).toBe(true);
});

test("other scripts (npm run demo, npm test) keep the project folder", () => {
  const run = asNpm("test", dir, "check", "eksempel.xlsx");
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("Filen findes ikke: eksempel.xlsx");
});
