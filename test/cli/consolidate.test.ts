/**
 * `consolidate` in-process over real files: a folder of the worked example's exports gives the sector
 * workbook and JSON with the hand-worked figures; a tampered file refuses the run and nothing is written;
 * the inputs never change.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { FILE_B, WORKED_FILES } from "../domain/sector/workedExample";
import { captureIo, sha256, tempDir } from "./support";

jest.setTimeout(60_000);

const dir = tempDir();
const folder = path.join(dir, "eksporter");
mkdirSync(folder);
for (const [name, text] of WORKED_FILES) writeFileSync(path.join(folder, name), text);

test("a folder of exports: the sheet Sektor 2026 and the JSON with the worked example's figures", async () => {
  const before = WORKED_FILES.map(([n]) => sha256(path.join(folder, n)));
  const out = path.join(dir, "sektor.xlsx");
  const json = path.join(dir, "sektor.json");
  const io = captureIo();
  expect(await runCli(["consolidate", folder, "--year", "2026", "--out", out, "--json", json], io)).toBe(0);
  expect(io.stderr.join("\n")).toContain("Læst for 2026: 3 tilbud (A, B, C).");
  expect(io.stderr.join("\n")).toContain("Læst for 2025: 1 tilbud (A).");
  const value = JSON.parse(readFileSync(json, "utf8"));
  expect(Object.keys(value)).toEqual([
    "schemaVersion",
    "year",
    "region",
    "offers",
    "byTargetGroup",
    "byMethod",
    "targetGroupByMethod",
    "total",
    "comparison",
  ]);
  expect(value.byTargetGroup[0]).toMatchObject({
    group: "Autisme",
    citizens: 130,
    achieved: 53,
    gasT: 49,
    previousMean: 0.5,
  });
  expect(value.comparison[0].offers.map((o: { position: string }) => o.position)).toEqual([
    "inden for",
    "under",
    "inden for",
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Sektor 2026")!;
  const cells: unknown[] = [];
  ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
  expect(cells).toContain("Autisme");
  expect(cells).toContain(130);
  expect(WORKED_FILES.map(([n]) => sha256(path.join(folder, n)))).toEqual(before);
});

test("a tampered file is refused with file and row, and nothing is written (exit 2)", async () => {
  const bad = path.join(dir, "b-rettet.csv");
  writeFileSync(bad, FILE_B.replace("60,60,12,12,36", "60,60,12,12,30"));
  const out = path.join(dir, "ingen.xlsx");
  const io = captureIo();
  expect(await runCli(["consolidate", bad, path.join(folder, "a-2026.json"), "--year", "2026", "--out", out], io)).toBe(
    2,
  );
  expect(io.stderr.join("\n")).toContain(`Afvist: ${bad}, række 1: tallene passer ikke`);
  expect(io.stderr.join("\n")).toContain("intet er skrevet");
  expect(existsSync(out)).toBe(false);
});

test("two files for the same offer and year are refused; --help explains the command", async () => {
  const copy = path.join(dir, "b-kopi.csv");
  writeFileSync(copy, FILE_B);
  const io = captureIo();
  const args = ["consolidate", folder, copy, "--year", "2026", "--out", path.join(dir, "to.xlsx")];
  expect(await runCli(args, io)).toBe(2);
  expect(io.stderr.join("\n")).toContain("to filer for samme tilbud og år");
  const help = captureIo();
  expect(await runCli(["--help"], help)).toBe(0);
  expect(help.stdout.join("\n")).toContain("consolidate FIL... --year ÅR --out SEKTOR.xlsx");
});

test("a file in a folder that cannot be read (a link to a file that is gone) is refused with why, not a crash", async () => {
  const withGone = path.join(dir, "med-forsvundet");
  mkdirSync(withGone);
  writeFileSync(path.join(withGone, "a-2026.json"), WORKED_FILES.find(([n]) => n === "a-2026.json")![1]);
  symlinkSync(path.join(dir, "findes-ikke.csv"), path.join(withGone, "forsvundet.csv"));
  const out = path.join(dir, "ingen-forsvundet.xlsx");
  const io = captureIo();
  expect(await runCli(["consolidate", withGone, "--year", "2026", "--out", out], io)).toBe(2);
  expect(io.stderr.join("\n")).toContain("forsvundet.csv");
  expect(io.stderr.join("\n")).toContain("Filen kan ikke læses (den er måske flyttet eller i brug)");
  expect(existsSync(out)).toBe(false);
});
