/**
 * Audit of the command line on an .xlsx written directly with exceljs, as a user's own workbook might
 * look: titles above the tables, tables starting at C4, B2 and D7, Skala and Indstillinger side by side,
 * an extra column, reordered columns, dates as serials and as text.
 *
 * Worksheet rows (as Excel shows them):
 *   Borgere: header row 4 (C4), data rows 5-8: B01, 010190-1234 (CPR → error row 6), B02, B03.
 *   Mål: header row 2 (B2), data rows 3-5: M1 (B01, KRAP), M2 (B02, KRAP), M3 (B03, Low Arousal).
 *   Opfølgning: header row 7 (D7), data rows 8-12: F1 M1 Opnået, F2 M2 Delvist opnået, F3 M3 with
 *     Dato "2026-02-30" (error row 10, column Dato), F4 M3 Ikke opnået, F5 M9 (unknown goal: error row 12, MålID).
 * Year 2026 (default scale, ρ 0.3): units M1 = 1 (B01), M2 = 0.5 (B02), M3 = 0 (B03, F4).
 *   KRAP: citizens 2, goals 2, achieved 1, partial 1, mean 0.75; Low Arousal: 1 citizen, notAchieved 1, mean 0.
 *   Total: 3 citizens, 3 goals, mean 0.5. Export (MindsteAntal 3): only the offer total (3 citizens) is shown.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import type { CliIo } from "../../src/cli/io";
import { serial } from "./support";

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), "smorte-audit-"));
const book = path.join(dir, "min arbejdsbog.xlsx");

async function writeUserBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const borgere = wb.addWorksheet("Borgere");
  borgere.getCell("A1").value = "Beboere på Åbakken";
  borgere.addTable({
    name: "Borgere",
    ref: "C4",
    headerRow: true,
    columns: [{ name: "Målgruppe" }, { name: "Navn" }, { name: "BorgerID" }, { name: "Værelse" }, { name: "Afdeling" }],
    rows: [
      ["Autismespektrum", "Anna", "B01", "12", "Hus A"],
      ["Autismespektrum", "Bent", "010190-1234", "13", "Hus A"],
      ["Autismespektrum", "Cai", "B02", "14", "Hus B"],
      ["Udviklingshæmning", "Dorte", "B03", "15", ""],
    ],
  });
  const maal = wb.addWorksheet("Mål");
  maal.addTable({
    name: "Maal",
    ref: "B2",
    headerRow: true,
    columns: ["MålID", "BorgerID", "Mål", "Startdato", "Metode", "Status"].map((name) => ({ name })),
    rows: [
      ["M1", "B01", "Anna handler selv ind", serial(2026, 1, 5), "KRAP", "Aktiv"],
      ["M2", "B02", "Cai tager selv bussen", "05-01-2026", "KRAP", "Aktiv"],
      ["M3", "B03", "Dorte går tur hver dag", "5.1.2026", "Low Arousal", "Aktiv"],
    ],
  });
  const opf = wb.addWorksheet("Opfølgning");
  opf.getCell("A1").value = "Opfølgninger";
  opf.addTable({
    name: "Opfoelgning",
    ref: "D7",
    headerRow: true,
    columns: ["OpfølgningID", "Dato", "MålID", "Vurdering", "GAS", "Note"].map((name) => ({ name })),
    rows: [
      ["F1", serial(2026, 3, 1), "M1", "Opnået", null, "fri tekst"],
      ["F2", "01/04/2026", "M2", "Delvist opnået", null, ""],
      ["F3", "2026-02-30", "M3", "Opnået", null, ""],
      ["F4", "2026-05-01", "M3", "Ikke opnået", null, ""],
      ["F5", "2026-05-01", "M9", "Opnået", null, ""],
    ],
  });
  const ind = wb.addWorksheet("Indstillinger");
  ind.addTable({
    name: "Skala",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Vurdering" }, { name: "Værdi" }],
    rows: [
      ["Opnået", 1],
      ["Delvist opnået", 0.5],
      ["Ikke opnået", 0],
      ["Ikke vurderet", null],
    ],
  });
  ind.addTable({
    name: "Indstillinger",
    ref: "E3",
    headerRow: true,
    columns: [{ name: "Nøgle" }, { name: "Værdi" }],
    rows: [
      ["Tilbud", "Åbakken"],
      ["TilbudsID", "T-1"],
      ["Region", "Region Nordjylland"],
      ["MindsteAntal", 3],
    ],
  });
  await wb.xlsx.writeFile(file);
}

interface Captured extends CliIo {
  out_: string[];
  err_: string[];
}
function io(): Captured {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (l) => out_.push(l), err: (l) => err_.push(l), now: () => new Date(2027, 0, 15, 12, 0) };
}
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

let hashBefore: string;
beforeAll(async () => {
  await writeUserBook(book);
  hashBefore = sha(book);
});

test("check --json: Excel row numbers of tables that do not start at A1, exit 1", async () => {
  const c = io();
  const code = await runCli(["check", book, "--json"], c);
  expect(code).toBe(1);
  const findings = JSON.parse(c.out_.join("\n")) as {
    severity: string;
    sheet: string;
    row: number | null;
    column: string | null;
    message: string;
  }[];
  for (const f of findings) expect(Object.keys(f).sort()).toEqual(["column", "message", "row", "severity", "sheet"]);
  const errors = findings.filter(
    (f) => f.severity === "error" && (f.sheet !== "Mål" || f.column === "BorgerID" || f.column === "MålID"),
  );
  expect(errors.map((f) => [f.sheet, f.row, f.column])).toEqual(
    expect.arrayContaining([
      ["Borgere", 6, "BorgerID"],
      ["Opfølgning", 10, "Dato"],
      ["Opfølgning", 12, "MålID"],
    ]),
  );
  // No CPR number, name or free text printed.
  const all = [...c.out_, ...c.err_].join("\n");
  for (const s of ["010190", "Anna", "Bent", "handler selv", "fri tekst"]) expect(all).not.toContain(s);
});

test("evaluate --json: the model's figures; the input file is never changed", async () => {
  const out = path.join(dir, "eval.xlsx");
  const json = path.join(dir, "eval.json");
  const c = io();
  const code = await runCli(["evaluate", book, "--year", "2026", "--out", out, "--json", json], c);
  expect(code).toBe(0);
  const model = JSON.parse(readFileSync(json, "utf8"));
  expect(model.schemaVersion).toBe(1);
  expect(model.year).toBe(2026);
  expect(model.offer).toEqual({ name: "Åbakken", offerId: "T-1", region: "Region Nordjylland" });
  expect(model.basis).toMatchObject({ citizens: 3, goals: 3, followUps: 3, units: 3 });
  expect(model.basis.leftOut.map((l: { sheet: string; row: number }) => [l.sheet, l.row])).toEqual(
    expect.arrayContaining([
      ["Borgere", 6],
      ["Opfølgning", 10],
      ["Opfølgning", 12],
    ]),
  );
  expect(model.byMethod.map((g: { group: string }) => g.group)).toEqual(["KRAP", "Low Arousal"]);
  expect(model.byMethod[0]).toMatchObject({
    citizens: 2,
    goals: 2,
    achieved: 1,
    partial: 1,
    notAchieved: 0,
    mean: 0.75,
    citizenMean: 0.75,
    gasT: null,
    previousMean: null,
    change: null,
  });
  expect(model.byMethod[1]).toMatchObject({ citizens: 1, goals: 1, notAchieved: 1, mean: 0 });
  expect(model.total).toMatchObject({ group: "(alle)", citizens: 3, goals: 3, mean: 0.5 });
  expect(model.byDepartment.map((g: { group: string }) => g.group)).toEqual(["(ingen afdeling)", "Hus A", "Hus B"]);
  expect(sha(book)).toBe(hashBefore);
});

test("export: CSV with BOM and CRLF; only the offer total is shown at MindsteAntal 3", async () => {
  const csvFile = path.join(dir, "regional.csv");
  const c = io();
  const code = await runCli(["export", book, "--year", "2026", "--out", csvFile], c);
  expect(code).toBe(0);
  const csv = readFileSync(csvFile, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv
    .slice(1)
    .split("\r\n")
    .filter((l) => l !== "");
  const total = lines.find((l) => l.includes(",(alle),(alle),"))!;
  expect(total).toBe("2,Region Nordjylland,T-1,2026,(alle),(alle),3,3,1,1,1,0.5,0.5,,0,0");
  const shown = lines.slice(1).filter((l) => l.endsWith(",0"));
  expect(shown).toEqual([total]);
  expect(sha(book)).toBe(hashBefore);
});

test("usage errors exit 2 with a Danish message: no --year, a missing file", async () => {
  const c = io();
  expect(await runCli(["evaluate", book], c)).toBe(2);
  const d = io();
  expect(await runCli(["check", path.join(dir, "findes-ikke.xlsx")], d)).toBe(2);
  expect(d.err_.join("\n")).toMatch(/[Ff]il/);
});

test("as a real process: check exits 1 on this workbook", () => {
  const root = path.resolve(__dirname, "../..");
  const run = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "src/cli/main.ts"), "check", book, "--json"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout).some((f: { row: number }) => f.row === 10)).toBe(true);
});
