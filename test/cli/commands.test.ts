/**
 * The command line in-process: every exit code, the `check --json` shape, `evaluate` never changing
 * its input, the action plan surviving a re-run through .xlsx files, and no names, CPR numbers or free
 * text in anything it prints.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, sha256, tempDir, writeBook } from "./support";

jest.setTimeout(60_000);

const dir = tempDir();
const withErrors = path.join(dir, "eksempel.xlsx");
const clean = path.join(dir, "ren.xlsx");
const secret = path.join(dir, "hemmelig.xlsx");

const SECRET_CPR = "010190-1234";
const SECRET_TEXTS = ["Zelma Hemmelig", "Zelma går en tur til søen hver morgen", "Ringede til søsteren Inger"];

beforeAll(async () => {
  await writeBook(withErrors, workedExampleRows);
  await writeBook(clean, {
    ...workedExampleRows,
    Maal: workedExampleRows.Maal.map((g) =>
      g.MålID === "M05" ? { ...g, Evaluering: "Evalueres hver 3. måned på statusmødet." } : g,
    ),
  });
  await writeBook(secret, {
    ...workedExampleRows,
    Borgere: [
      ...workedExampleRows.Borgere,
      { BorgerID: SECRET_CPR, Navn: SECRET_TEXTS[0], Målgruppe: "Autismespektrum", Afdeling: "", Kontaktperson: "" },
    ],
    Maal: [
      ...workedExampleRows.Maal,
      { ...workedExampleRows.Maal[0], MålID: "M09", BorgerID: SECRET_CPR, Mål: SECRET_TEXTS[1] },
    ],
    Opfoelgning: [
      ...workedExampleRows.Opfoelgning,
      { ...workedExampleRows.Opfoelgning[0], OpfølgningID: "O09", MålID: "M09", Note: SECRET_TEXTS[2] },
    ],
  });
});

describe("exit code 0: success", () => {
  test("--help prints the Danish help on stdout", async () => {
    const io = captureIo();
    expect(await runCli(["--help"], io)).toBe(0);
    const help = io.stdout.join("\n");
    for (const word of ["Kommandoer", "demo", "check", "evaluate", "export", "Afslutningskoder", "aldrig"])
      expect(help).toContain(word);
  });

  test("no arguments is a usage error: the help on stderr, exit 2, nothing on stdout", async () => {
    const io = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("Brug:");
    expect(io.stdout).toEqual([]);
  });

  test("check on a workbook without errors", async () => {
    const io = captureIo();
    expect(await runCli(["check", clean], io)).toBe(0);
    expect(io.stdout.some((l) => l.startsWith("FEJL"))).toBe(false);
  });
});

describe("exit code 1: check found data errors", () => {
  test("check lists every finding with sheet, row and column and exits 1", async () => {
    const io = captureIo();
    expect(await runCli(["check", withErrors], io)).toBe(1);
    expect(io.stdout).toContainEqual(
      expect.stringMatching(/^FEJL: Mål, række \d+, kolonne Evaluering: /) as unknown as string,
    );
    expect(io.stdout[io.stdout.length - 1]).toMatch(
      /^I alt 1 fejl \(0 i data, 1 SMORTE-mangel i målene\) og \d+ advarsl/,
    );
    expect(io.stderr.join("\n")).toContain("Ret dem i Excel");
  });

  test("check --json prints [{severity, sheet, row, column, message}] with the row Excel shows", async () => {
    const io = captureIo();
    expect(await runCli(["check", withErrors, "--json"], io)).toBe(1);
    const findings = JSON.parse(io.stdout.join("\n")) as Array<Record<string, unknown>>;
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["column", "message", "row", "severity", "sheet"]);
      expect(["error", "warning"]).toContain(f.severity);
    }
    const m05 = findings.find((f) => f.severity === "error" && f.column === "Evaluering");
    expect(m05).toMatchObject({ sheet: "Mål" });
    // The row is where M05 sits on the worksheet, as Excel numbers it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(withErrors);
    let m05Row = -1;
    wb.getWorksheet("Mål")!.eachRow((row, n) => row.eachCell((c) => c.value === "M05" && (m05Row = n)));
    expect(m05Row).toBeGreaterThan(1);
    expect(m05?.row).toBe(m05Row);
  });

  test("a CPR-looking BorgerID is an error, and no CPR number, name or free text is printed", async () => {
    for (const argv of [
      ["check", secret],
      ["check", secret, "--json"],
    ]) {
      const io = captureIo();
      expect(await runCli(argv, io)).toBe(1);
      const all = io.all();
      expect(all).toContain("BorgerID");
      expect(all).not.toContain(SECRET_CPR);
      expect(all).not.toContain("0101901234");
      for (const t of SECRET_TEXTS) expect(all).not.toContain(t);
      for (const c of workedExampleRows.Borgere) expect(all).not.toContain(String(c.Navn));
    }
  });
});

describe("exit code 2: usage and file errors", () => {
  test.each([
    [["frobnicate"], /Ukendt kommando/],
    [["check"], /Angiv arbejdsbogen/],
    [["evaluate", "bog.xlsx"], /Angiv året med --year/],
    [["evaluate", "bog.xlsx", "--year", "sidste"], /fire cifre/],
    [["export", "bog.xlsx", "--year", "2026"], /Angiv CSV-filen med --out/],
    [["check", "bog.xlsx", "--fast"], /Ukendt tilvalg --fast/],
  ])("%j → 2 with a Danish message on stderr", async (argv, message) => {
    const io = captureIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join("\n")).toMatch(message);
    expect(io.stderr.join("\n")).toContain("--help");
  });

  test("a missing file → 2", async () => {
    const io = captureIo();
    expect(await runCli(["check", path.join(dir, "findes-ikke.xlsx")], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("Filen findes ikke");
  });

  test("a file that is not an .xlsx workbook → 2", async () => {
    const notXlsx = path.join(dir, "tekst.xlsx");
    writeFileSync(notXlsx, "BorgerID;Navn\nB01;x\n");
    const io = captureIo();
    expect(await runCli(["check", notXlsx], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("kan ikke læses som en Excel-projektmappe");
  });

  test("a folder instead of a file → 2", async () => {
    const io = captureIo();
    expect(await runCli(["evaluate", dir, "--year", "2026"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("er en mappe");
  });

  test("evaluate --out pointing at the input → 2, and the input is untouched", async () => {
    const before = sha256(withErrors);
    const io = captureIo();
    expect(await runCli(["evaluate", withErrors, "--year", "2026", "--out", withErrors], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("ændres aldrig");
    expect(sha256(withErrors)).toBe(before);
  });
});

describe("evaluate", () => {
  test("writes the sheets in a copy next to the input (default name) and never changes the input", async () => {
    const before = sha256(withErrors);
    const json = path.join(dir, "evaluering.json");
    const io = captureIo();
    expect(await runCli(["evaluate", withErrors, "--year", "2026", "--json", json], io)).toBe(0);
    expect(sha256(withErrors)).toBe(before);
    const out = path.join(dir, "eksempel-aarsevaluering-2026.xlsx");
    expect(existsSync(out)).toBe(true);
    expect(io.stdout[0]).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Årsevaluering 2026", "Grundlag 2026"]));
    const model = JSON.parse(readFileSync(json, "utf8"));
    expect(model).toMatchObject({
      schemaVersion: 1,
      year: 2026,
      basis: { citizens: 3, goals: 5, followUps: 7, units: 4 },
    });
    const lowArousal = model.byMethod.find((g: { group: string }) => g.group === "Low Arousal");
    expect(lowArousal).toMatchObject({ citizens: 2, goals: 3, mean: 0.5, previousMean: null });
    expect(lowArousal.gasT).toBeCloseTo(47.992, 3);
    expect(model.units.map((u: { goalId: string }) => u.goalId)).toEqual(["M01", "M02", "M04", "M05"]);
    expect(io.stderr.some((l) => l.includes("7 opfølgninger"))).toBe(true);
  });

  test("a running year (the clock in May 2026) leaves out the follow-ups dated later and says so", async () => {
    const json = path.join(dir, "evaluering-maj.json");
    const io = captureIo(new Date(2026, 4, 20, 9, 0));
    const out = path.join(dir, "maj.xlsx");
    expect(await runCli(["evaluate", clean, "--year", "2026", "--out", out, "--json", json], io)).toBe(0);
    const model = JSON.parse(readFileSync(json, "utf8"));
    // O02 (01-09-2026, row 3) and O07 (01-06-2026, row 8) lie after 20-05-2026.
    expect(model.basis).toMatchObject({ followUps: 5, units: 3 });
    expect(model.basis.leftOut.map((r: { row: number }) => r.row)).toEqual([3, 8]);
    expect(io.stdout.some((l) => /^2 opfølgninger er udeladt/.test(l))).toBe(true);
    expect(io.stdout.some((l) => /har fejl/.test(l))).toBe(false);
  });

  test("re-running on the evaluated copy keeps the action plan the leader typed", async () => {
    const first = path.join(dir, "runde1.xlsx");
    const second = path.join(dir, "runde2.xlsx");
    expect(await runCli(["evaluate", withErrors, "--year", "2026", "--out", first], captureIo())).toBe(0);
    // The leader fills in the plan in Excel: the first row's responsible person and status.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet("Årsevaluering 2026")!;
    let header = -1;
    ws.eachRow((row, n) => row.getCell(1).value === "Fokusområde" && (header = n));
    expect(header).toBeGreaterThan(0);
    const headers = (ws.getRow(header).values as unknown[]).map(String);
    ws.getRow(header + 1).getCell(headers.indexOf("Ansvarlig for udførelse")).value = "Afdelingsleder";
    ws.getRow(header + 1).getCell(headers.indexOf("Status")).value = "I gang";
    await wb.xlsx.writeFile(first);

    expect(await runCli(["evaluate", first, "--year", "2026", "--out", second], captureIo())).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(second);
    const ws2 = again.getWorksheet("Årsevaluering 2026")!;
    let header2 = -1;
    ws2.eachRow((row, n) => row.getCell(1).value === "Fokusområde" && (header2 = n));
    const row = ws2.getRow(header2 + 1);
    expect(row.getCell(headers.indexOf("Ansvarlig for udførelse")).value).toBe("Afdelingsleder");
    expect(row.getCell(headers.indexOf("Status")).value).toBe("I gang");
    expect(ws2.getRow(header2 + 3).getCell(1).value ?? null).toBeNull(); // still two rows: no suggestion added twice
  });

  test("prints no name, CPR number or free text", async () => {
    const io = captureIo();
    expect(await runCli(["evaluate", secret, "--year", "2026", "--out", path.join(dir, "h.xlsx")], io)).toBe(0);
    const all = io.all();
    expect(all).not.toContain(SECRET_CPR);
    for (const t of SECRET_TEXTS) expect(all).not.toContain(t);
  });
});

describe("export", () => {
  test("writes a CSV with BOM, header and schemaVersion, and JSON; the input is unchanged", async () => {
    const before = sha256(withErrors);
    const csv = path.join(dir, "ud", "regional-2026.csv");
    const json = path.join(dir, "ud", "regional-2026.json");
    const io = captureIo();
    expect(await runCli(["export", withErrors, "--year", "2026", "--out", csv, "--json", json], io)).toBe(0);
    expect(sha256(withErrors)).toBe(before);
    const text = readFileSync(csv, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split(/\r?\n/)[0]).toBe(
      "schemaVersion,region,offerId,year,targetGroup,method,citizens,goals,achieved,partial,notAchieved,mean,citizenMean,gasT,gasCitizens,suppressed",
    );
    expect(JSON.parse(readFileSync(json, "utf8")).schemaVersion).toBe(2);
    expect(io.stdout.join("\n")).toMatch(/Regional eksport 2026: \d+ rækker/);
  });

  test("the files carry no id, name, CPR number or free text", async () => {
    const csv = path.join(dir, "h.csv");
    const json = path.join(dir, "h.json");
    expect(await runCli(["export", secret, "--year", "2026", "--out", csv, "--json", json], captureIo())).toBe(0);
    const all = readFileSync(csv, "utf8") + readFileSync(json, "utf8");
    expect(all).not.toMatch(/\bB0\d\b|\bM0\d\b|\bO0\d\b/);
    expect(all).not.toContain(SECRET_CPR);
    for (const t of SECRET_TEXTS) expect(all).not.toContain(t);
  });
});

test("evaluating a year without results says so plainly", async () => {
  const io = captureIo();
  expect(await runCli(["evaluate", withErrors, "--year", "1999", "--out", path.join(dir, "1999.xlsx")], io)).toBe(0);
  expect(io.stdout.join("\n")).toContain("Ingen mål har et resultat i 1999.");
});
