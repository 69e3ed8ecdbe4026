/**
 * `status BOOK.xlsx --citizen ID [--out OUT.xlsx] [--from DATE] [--to DATE]`: one citizen's status
 * report in a copy of the workbook (the input never changes), its chart per goal in the file, usage
 * errors with exit 2, and a regional export of the same workbook that holds nothing of the report.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/run";
import { XlsxWorkbookAdapter } from "../../src/workbook/xlsx/adapter";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, sha256, tempDir, writeBook } from "./support";

jest.setTimeout(60_000);

const dir = tempDir();
const book = path.join(dir, "bog.xlsx");
const NAME = "Sørine Statusmøde";
const NOTE = "Gik selv til bussen tirsdag";

beforeAll(async () => {
  await writeBook(book, {
    ...workedExampleRows,
    Borgere: workedExampleRows.Borgere.map((c) => (c.BorgerID === "B01" ? { ...c, Navn: NAME } : c)),
    Opfoelgning: workedExampleRows.Opfoelgning.map((f, i) => (i === 0 ? { ...f, Note: NOTE } : f)),
  });
});

test("writes the sheet Status ID with a chart per goal into a copy, and leaves the input alone", async () => {
  const before = sha256(book);
  const out = path.join(dir, "status.xlsx");
  const io = captureIo();
  expect(
    await runCli(["status", book, "--citizen", "B01", "--out", out, "--from", "01-01-2026", "--to", "31-12-2026"], io),
  ).toBe(0);
  expect(sha256(book)).toBe(before);
  expect(io.stdout.join("\n")).toContain("Status B01");
  expect(io.stdout.join("\n")).toContain("2 mål og 3 opfølgninger i perioden fra 01-01-2026 til og med 31-12-2026");
  // Names and notes stay in the file, never in what the terminal prints.
  expect([...io.stdout, ...io.stderr].join("\n")).not.toContain(NAME);
  const report = await XlsxWorkbookAdapter.fromBuffer(new Uint8Array(readFileSync(out)));
  expect((await report.workbookState()).sheets).toContain("Status B01");
  const zip = await JSZip.loadAsync(readFileSync(out));
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
});

test("without --out the copy lies beside the book as BOOK-status-ID.xlsx", async () => {
  expect(await runCli(["status", book, "--citizen", "B03"], captureIo())).toBe(0);
  expect(existsSync(path.join(dir, "bog-status-B03.xlsx"))).toBe(true);
});

test.each([
  [["status", "BOG"], "--citizen"],
  [["status", "BOG", "--citizen", "B01", "--from", "i går"], "--from skal være en dato"],
  [["status", "BOG", "--citizen", "B01", "--from", "2026-05-01", "--to", "2026-01-01"], "ligger efter"],
])("usage errors exit 2 with a Danish message: %j", async (argv, message) => {
  const io = captureIo();
  expect(
    await runCli(
      argv.map((a) => (a === "BOG" ? book : a)),
      io,
    ),
  ).toBe(2);
  expect(io.stderr.join("\n")).toContain(message);
});

test("an unknown citizen is an error that says where to look", async () => {
  const io = captureIo();
  expect(await runCli(["status", book, "--citizen", "B99", "--out", path.join(dir, "x.xlsx")], io)).toBe(2);
  expect(io.stderr.join("\n")).toContain("Borgeren B99 findes ikke på arket Borgere");
});

test("the regional export of a workbook holding a status report has no name, note or BorgerID from it", async () => {
  const withReport = path.join(dir, "status-og-data.xlsx");
  expect(await runCli(["status", book, "--citizen", "B01", "--out", withReport], captureIo())).toBe(0);
  const csv = path.join(dir, "regional.csv");
  const json = path.join(dir, "regional.json");
  expect(await runCli(["export", withReport, "--year", "2026", "--out", csv, "--json", json], captureIo())).toBe(0);
  for (const file of [csv, json]) {
    const text = readFileSync(file, "utf8");
    for (const secret of [NAME, NOTE, "B01", "Status"]) expect(text).not.toContain(secret);
  }
});

test("--help describes the status command", async () => {
  const io = captureIo();
  expect(await runCli(["--help"], io)).toBe(0);
  expect(io.stdout.join("\n")).toContain("status BOG.xlsx --citizen ID [--out UD.xlsx] [--from DATO] [--to DATO]");
});
