/**
 * Workbooks a user made without the SMORTE template: data as plain ranges, tables with Excel's default
 * names, a row with two errors. The command line counts rows once, tells errors about whole tables
 * apart from row errors, names them in `evaluate` and `export` too (whose figures lack those rows),
 * and says what to do when the data are there but not in an Excel table of the contract's name.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { captureIo, sha256, tempDir } from "./support";

jest.setTimeout(60_000);

const dir = tempDir();

const CITIZENS = [
  ["BorgerID", "Navn", "Målgruppe"],
  ["B01", "Anna", "Udviklingshæmning"],
  ["B02", "Bent", ""],
];
const GOALS = [
  ["MålID", "BorgerID", "Mål", "Succeskriterium", "Opnåelighed", "Relevans", "Startdato", "Slutdato", "Evaluering"],
  [
    "M01",
    "B02",
    "Borgeren vil selv handle ind hver fredag",
    "Handler ind 4 fredage ud af 4",
    "Har gjort det med støtte",
    "Borgerens eget ønske",
    "ikke en dato",
    "31-12-2025",
    "Hver 3. måned på statusmødet",
  ],
  [
    "M02",
    "B01",
    "Borgeren vil selv handle ind hver fredag",
    "Handler ind 4 fredage ud af 4",
    "Har gjort det med støtte",
    "Borgerens eget ønske",
    "01-01-2025",
    "31-12-2025",
    "Hver 3. måned på statusmødet",
  ],
];
const FOLLOW_UPS = [
  ["OpfølgningID", "MålID", "Dato", "Vurdering"],
  ["O01", "M01", "01-06-2025", "Opnået"],
  ["O02", "M02", "01-06-2025", "Opnået"],
];

type Grid = readonly (readonly string[])[];

/** Write the three sheets, as Excel tables of the given names or (name null) as plain ranges. */
async function userBook(
  file: string,
  names: { Borgere: string | null; Maal: string | null; Opfoelgning: string | null },
) {
  const wb = new ExcelJS.Workbook();
  const sheet = (sheetName: string, tableName: string | null, grid: Grid): void => {
    const ws = wb.addWorksheet(sheetName);
    if (tableName === null) for (const row of grid) ws.addRow([...row]);
    else
      ws.addTable({
        name: tableName,
        ref: "A1",
        columns: grid[0].map((name) => ({ name })),
        rows: grid.slice(1).map((r) => [...r]),
      });
  };
  sheet("Borgere", names.Borgere, CITIZENS);
  sheet("Mål", names.Maal, GOALS);
  sheet("Opfølgning", names.Opfoelgning, FOLLOW_UPS);
  await wb.xlsx.writeFile(file);
}

const run = async (argv: string[]) => {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
};

describe("a row with two errors", () => {
  const file = path.join(dir, "to-fejl.xlsx");
  beforeAll(() => userBook(file, { Borgere: "Borgere", Maal: "Maal", Opfoelgning: "Opfoelgning" }));

  test("check counts it once, as evaluate does", async () => {
    const check = await run(["check", file]);
    expect(check.code).toBe(1);
    // M01 (row 2 of Mål) has an unreadable start date and a citizen who is left out: two errors, one row.
    expect(check.out.match(/^FEJL: Mål, række 2,/gm)).toHaveLength(2);
    const evaluate = await run(["evaluate", file, "--year", "2025", "--out", path.join(dir, "to-fejl-ev.xlsx")]);
    expect(evaluate.code).toBe(0);
    const leftOut = /(\d+) rækker er udeladt, fordi de har fejl/.exec(evaluate.out)?.[1];
    expect(leftOut).toBe("3"); // B02, M01 and O01
    expect(check.err).toContain(`${leftOut} rækker har fejl og tæller ikke med i evalueringen.`);
    expect(check.err).not.toMatch(/hele tabel/);
  });
});

describe("data as plain ranges on the right sheets", () => {
  const file = path.join(dir, "omraader.xlsx");
  beforeAll(() => userBook(file, { Borgere: null, Maal: null, Opfoelgning: null }));

  test("check: errors about whole tables are not called rows, and each says how to make the table", async () => {
    const before = sha256(file);
    const check = await run(["check", file]);
    expect(check.code).toBe(1);
    const lines = check.out.split("\n");
    const at = lines.findIndex((l) => l.startsWith("FEJL: Borgere: Tabellen Borgere findes ikke"));
    expect(lines[at + 1]).toBe(
      "  Tip: Arket Borgere har data, men ikke i en Excel-tabel. Markér dataene med overskrifterne, " +
        "vælg Indsæt › Tabel, og giv tabellen navnet Borgere (Tabeldesign › Tabelnavn).",
    );
    expect(check.out).toContain("giv tabellen navnet Maal");
    expect(check.out).toContain("giv tabellen navnet Opfoelgning");
    expect(check.err).toContain("3 fejl gælder hele tabeller.");
    expect(check.err).not.toMatch(/rækker har/);
    // --json keeps its shape: the findings only.
    const json = await run(["check", file, "--json"]);
    expect(json.out).not.toContain("Tip");
    expect(JSON.parse(json.out)).toHaveLength(7);
    expect(sha256(file)).toBe(before);
  });

  test("evaluate and export still write their files, but name the errors and do not blame the year", async () => {
    const before = sha256(file);
    const evaluate = await run(["evaluate", file, "--year", "2025", "--out", path.join(dir, "omraader-ev.xlsx")]);
    expect(evaluate.code).toBe(0);
    expect(evaluate.err).toContain(
      "Advarsel: Arbejdsbogen har fejl, der gælder hele tabeller, så ingen af deres rækker tæller med i tallene:",
    );
    expect(evaluate.err).toContain("  Borgere: Tabellen Borgere findes ikke i arbejdsbogen.");
    expect(evaluate.err).toContain("giv tabellen navnet Borgere");
    expect(evaluate.out).toContain("Ingen mål har et resultat i 2025: arbejdsbogen har fejl, der gælder hele tabeller");
    expect(evaluate.out).not.toContain("Tjek året");
    // Without the Indstillinger table the export has no offer or region to name: refused, nothing written.
    const exported = await run(["export", file, "--year", "2025", "--out", path.join(dir, "omraader.csv")]);
    expect(exported.code).toBe(2);
    expect(exported.err).toContain("Eksporten kræver Tilbud, TilbudsID og Region i tabellen Indstillinger");
    expect(existsSync(path.join(dir, "omraader.csv"))).toBe(false);
    expect(sha256(file)).toBe(before);
  });
});

test("tables with other names on the right sheets: the hint names the table to rename", async () => {
  const file = path.join(dir, "tabel1.xlsx");
  await userBook(file, { Borgere: "Tabel1", Maal: "Mål", Opfoelgning: "Opfoelgning" });
  const check = await run(["check", file]);
  expect(check.code).toBe(1);
  expect(check.out).toContain(
    "  Tip: På arket Borgere står en Excel-tabel med navnet Tabel1. Er det den, så giv den navnet Borgere " +
      "(Tabeldesign › Tabelnavn).",
  );
  expect(check.out).toContain("På arket Mål står en Excel-tabel med navnet Mål. Er det den, så giv den navnet Maal");
  // Borgere and Maal are missing; Opfoelgning cannot be used without Maal: three table errors, and the
  // two follow-ups are left out.
  expect(check.err).toContain("3 fejl gælder hele tabeller. 2 rækker har fejl og tæller ikke med i evalueringen.");
});

test("one left-out row is 'den', not 'de'", async () => {
  const file = path.join(dir, "en-fejl.xlsx");
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, tableName, grid] of [
    ["Borgere", "Borgere", CITIZENS.slice(0, 2)],
    ["Mål", "Maal", [GOALS[0], GOALS[2]]],
    ["Opfølgning", "Opfoelgning", [FOLLOW_UPS[0], FOLLOW_UPS[2], ["O03", "M02", "ikke en dato", "Opnået"]]],
  ] as const) {
    wb.addWorksheet(sheetName).addTable({
      name: tableName,
      ref: "A1",
      columns: grid[0].map((name) => ({ name })),
      rows: grid.slice(1).map((r) => [...r]),
    });
  }
  await wb.xlsx.writeFile(file);
  const evaluate = await run(["evaluate", file, "--year", "2025", "--out", path.join(dir, "en-fejl-ev.xlsx")]);
  expect(evaluate.out).toContain("1 række er udeladt, fordi den har fejl;");
  expect(evaluate.err).not.toContain("Advarsel");
});

test("rows typed below a table, outside it, are named by check (a warning) and by evaluate and export", async () => {
  const file = path.join(dir, "under-tabellen.xlsx");
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, tableName, grid] of [
    ["Borgere", "Borgere", CITIZENS.slice(0, 2)],
    ["Mål", "Maal", [GOALS[0], GOALS[2]]],
    ["Opfølgning", "Opfoelgning", [FOLLOW_UPS[0], FOLLOW_UPS[2]]],
    // The export needs the offer's name, id and region.
    [
      "Indstillinger",
      "Indstillinger",
      [
        ["Nøgle", "Værdi"],
        ["Tilbud", "Bostedet"],
        ["TilbudsID", "T-1"],
        ["Region", "Region Nordjylland"],
      ],
    ],
  ] as const) {
    wb.addWorksheet(sheetName).addTable({
      name: tableName,
      ref: "A1",
      columns: grid[0].map((name) => ({ name })),
      rows: grid.slice(1).map((r) => [...r]),
    });
  }
  // After a blank row 3, Excel does not extend the table: rows 4-5 are outside it.
  wb.getWorksheet("Opfølgning")!.getRow(4).values = ["O03", "M02", "01-09-2025", "Ikke opnået"];
  wb.getWorksheet("Opfølgning")!.getRow(5).values = ["O04", "M02", "01-10-2025", "Ikke opnået"];
  await wb.xlsx.writeFile(file);
  const before = sha256(file);

  const check = await run(["check", file]);
  expect(check.code).toBe(0);
  expect(check.out).toContain(
    "ADVARSEL: Opfølgning, række 4: Række 4-5 (2 rækker) står under tabellen Opfoelgning, men hører ikke til den, " +
      "så de tæller ikke med.",
  );
  const json = JSON.parse((await run(["check", file, "--json"])).out) as Array<Record<string, unknown>>;
  expect(json).toContainEqual(
    expect.objectContaining({ severity: "warning", sheet: "Opfølgning", row: 4, column: null }),
  );
  for (const argv of [
    ["evaluate", file, "--year", "2025", "--out", path.join(dir, "under-tabellen-ev.xlsx")],
    ["export", file, "--year", "2025", "--out", path.join(dir, "under-tabellen.csv")],
  ]) {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.err).toContain("Advarsel: Opfølgning, række 4: Række 4-5 (2 rækker) står under tabellen");
  }
  expect(sha256(file)).toBe(before);
});
