/**
 * `incidents` in-process over real .xlsx files: the JSON of the worked example, the sheet in a copy
 * (the input never changes), quarters and their default file names, Danish usage errors with exit 2,
 * a workbook from before the register, and nothing of the free text or the citizens in the JSON or
 * the terminal.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { seedXlsxBytes } from "../workbook/xlsx/seedXlsx";
import type { Seed } from "../workbook/contract/harness";
import { WORKED_CPR_TEXT, WORKED_REGISTER } from "../domain/incidents/workedExample";
import { captureIo, sha256, tempDir } from "./support";

jest.setTimeout(60_000);

const dir = tempDir();
const book = path.join(dir, "register.xlsx");
const old = path.join(dir, "gammel.xlsx");

beforeAll(async () => {
  writeFileSync(book, await seedXlsxBytes(WORKED_REGISTER as unknown as Seed));
  // A workbook saved before the register existed: the goal register's tables only.
  writeFileSync(
    old,
    await seedXlsxBytes({ Borgere: [{ BorgerID: "B01", Målgruppe: "Autismespektrum" }], Maal: [], Opfoelgning: [] }),
  );
});

describe("incidents BOOK.xlsx --year Y [--quarter Q]", () => {
  test("writes the worked example's figures as JSON and the sheet in a copy; the input is unchanged", async () => {
    const before = sha256(book);
    const json = path.join(dir, "2026.json");
    const out = path.join(dir, "2026.xlsx");
    const io = captureIo(new Date(2026, 6, 25, 10, 0));
    expect(await runCli(["incidents", book, "--year", "2026", "--out", out, "--json", json], io)).toBe(0);
    expect(sha256(book)).toBe(before);
    const value = JSON.parse(readFileSync(json, "utf8"));
    expect(value).toMatchObject({
      schemaVersion: 1,
      year: 2026,
      quarter: null,
      basis: { incidents: 7 },
      total: { count: 7, previous: 3, change: 4 },
      byMonth: [2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0],
      byWeekday: [2, 1, 1, 0, 2, 0, 1],
      handling: { towardsStaff: 3, debriefed: 2, withAbsence: 2, injuryReported: 1, analysed: 3, alone: 2 },
      citizens: { involved: 3, withoutRiskAssessment: 2 },
    });
    expect(value.byTimeOfDay.map((b: { count: number }) => b.count)).toEqual([0, 2, 1, 2, 2]);
    expect(value.basis.leftOut).toHaveLength(6);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Hændelser 2026")).toBeDefined();
    expect(io.stdout.join("\n")).toContain("Episoder 2026: 7 (2025: 3; ændring +4).");
    expect(io.stdout.join("\n")).toContain("6 rækker er udeladt");
  });

  test("a quarter goes to BOOK-haendelser-Y-KQ.xlsx next to the input, with the sheet Hændelser Y KQ", async () => {
    const json = path.join(dir, "k1.json");
    expect(await runCli(["incidents", book, "--year", "2026", "--quarter", "1", "--json", json], captureIo())).toBe(0);
    const out = path.join(dir, "register-haendelser-2026-K1.xlsx");
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({
      quarter: 1,
      total: { count: 4, previous: 1, change: 3 },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Hændelser 2026 K1")).toBeDefined();
  });

  test("nothing of the free text or the citizens reaches the JSON or the terminal", async () => {
    const json = path.join(dir, "privat.json");
    const io = captureIo();
    expect(
      await runCli(["incidents", book, "--year", "2026", "--out", path.join(dir, "p.xlsx"), "--json", json], io),
    ).toBe(0);
    const text = readFileSync(json, "utf8") + io.all();
    for (const secret of [
      WORKED_CPR_TEXT,
      "010203",
      "Slog ud ved badet.",
      "To ved badet.",
      "Rolige overgange.",
      "B01",
      "B02",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  test("a workbook from before the register gives zeros and says how to add the table", async () => {
    const io = captureIo();
    const json = path.join(dir, "gammel.json");
    expect(await runCli(["incidents", old, "--year", "2026", "--json", json], io)).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).total).toEqual({ count: 0, previous: 0, change: 0 });
    expect(io.stdout.join("\n")).toContain("ingen tabel Haendelser");
  });

  test("a wrong quarter, a missing year or --out on the input itself is a Danish usage error (exit 2)", async () => {
    for (const [args, words] of [
      [["incidents", book, "--year", "2026", "--quarter", "5"], "Kvartalet skal være 1, 2, 3 eller 4"],
      [["incidents", book], "Angiv året med --year"],
      [["incidents", book, "--year", "2026", "--out", book], "må ikke pege på arbejdsbogen selv"],
      [["incidents", path.join(dir, "findes-ikke.xlsx"), "--year", "2026"], "Filen findes ikke"],
    ] as const) {
      const io = captureIo();
      expect(await runCli([...args], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain(words);
      expect(io.stdout).toEqual([]);
    }
  });

  test("--help describes the command", async () => {
    const io = captureIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("incidents BOG.xlsx --year ÅR [--quarter K]");
  });
});

describe("check BOOK.xlsx with the overgreb register", () => {
  test("lists the register's bad rows and a CPR-like text with sheet, row and column; exit 1", async () => {
    const io = captureIo();
    expect(await runCli(["check", book, "--json"], io)).toBe(1);
    const findings = JSON.parse(io.stdout.join("\n")) as Array<{
      severity: string;
      sheet: string;
      row: number;
      column: string;
      message: string;
    }>;
    const at = (sheet: string, row: number, column: string) =>
      findings.find((f) => f.sheet === sheet && f.row === row && f.column === column);
    expect(at("Hændelser", 7, "Dato")?.severity).toBe("error");
    expect(at("Hændelser", 10, "BorgerID")?.severity).toBe("error");
    expect(at("Risikovurdering", 5, "Score")?.severity).toBe("error");
    expect(at("Hændelser", 4, "Beskrivelse")).toMatchObject({ severity: "warning" });
    expect(io.all()).not.toContain("010203");
    expect(io.stderr.join("\n")).toContain("6 rækker i registret over episoder har fejl");
  });

  test("a workbook from before the register gets no warning about it", async () => {
    const io = captureIo();
    await runCli(["check", old, "--json"], io);
    expect(io.stdout.join("\n")).not.toContain("Haendelser");
  });
});

describe("the regional export", () => {
  test("carries nothing of the overgreb register", async () => {
    const csv = path.join(dir, "regional.csv");
    const json = path.join(dir, "regional.json");
    // The export needs the offer's name, id and region (the register's worked example has no Indstillinger).
    const withSettings = path.join(dir, "register-med-indstillinger.xlsx");
    const settings = [
      { Nøgle: "Tilbud", Værdi: "Bostedet" },
      { Nøgle: "TilbudsID", Værdi: "T-1" },
      { Nøgle: "Region", Værdi: "Region Nordjylland" },
    ];
    writeFileSync(
      withSettings,
      await seedXlsxBytes({ ...WORKED_REGISTER, Indstillinger: settings } as unknown as Seed),
    );
    const args = ["export", withSettings, "--year", "2026", "--out", csv, "--json", json];
    expect(await runCli(args, captureIo())).toBe(0);
    const text = readFileSync(csv, "utf8") + readFileSync(json, "utf8");
    for (const word of ["Hændelse", "Haendelser", "H01", "Fysisk vold", "Borger mod", "Risiko", "BVC", "R01"]) {
      expect(text).not.toContain(word);
    }
  });
});
