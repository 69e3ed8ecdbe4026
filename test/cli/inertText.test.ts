/**
 * Text from cells never acts on the terminal or a spreadsheet: terminal escape sequences (ESC[31m, an
 * OSC window title), NUL, backspace and bidi overrides in a method name are removed from everything
 * printed and from the CSV and JSON files.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { inertText } from "../../src/domain/text/inert";
import { runCli } from "../../src/cli/run";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, tempDir, writeBook } from "./support";

jest.setTimeout(120_000);

const dir = tempDir();
const book = path.join(dir, "styretegn.xlsx");
const HOSTILE = "KRAP\u001b[31m\u001b]0;titel\u0007\u0000\b\u202e";
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

beforeAll(async () => {
  await writeBook(book, {
    ...workedExampleRows,
    Maal: workedExampleRows.Maal.map((g) => (g.Metode === "KRAP" ? { ...g, Metode: HOSTILE } : g)),
  });
});

test("inertText removes every control and bidi-override character and keeps the rest", () => {
  expect(inertText(HOSTILE)).toBe("KRAP[31m]0;titel");
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (s) => {
      const t = inertText(s);
      expect(CONTROL.test(t)).toBe(false);
      expect(inertText(t)).toBe(t);
    }),
  );
});

test("evaluate and export print and write the method name inert", async () => {
  const runs = [
    ["evaluate", book, "--year", "2026", "--out", path.join(dir, "ev.xlsx"), "--json", path.join(dir, "ev.json")],
    ["export", book, "--year", "2026", "--out", path.join(dir, "reg.csv"), "--json", path.join(dir, "reg.json")],
  ];
  for (const argv of runs) {
    const io = captureIo();
    expect(await runCli(argv, io)).toBe(0);
    expect(CONTROL.test(io.all())).toBe(false);
  }
  const evaluation = readFileSync(path.join(dir, "ev.json"), "utf8");
  expect(evaluation).toContain("KRAP[31m]0;titel");
  for (const file of ["ev.json", "reg.csv", "reg.json"]) {
    const text = readFileSync(path.join(dir, file), "utf8");
    expect([file, CONTROL.test(text), /\\u00(0|1)[0-8b-f]|\\u202e|\\b/i.test(text)]).toEqual([file, false, false]);
  }
});
