/**
 * The overgreb analysis opened in a real spreadsheet application: `incidents` writes the worked
 * example's sheet and JSON, LibreOffice converts the sheet headless to CSV (raw values), and every
 * figure on the sheet must be the JSON's. Runs only where `soffice` is on PATH; elsewhere it says it
 * skipped, so `npm test` never depends on LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import { seedXlsxBytes } from "../workbook/xlsx/seedXlsx";
import type { Seed } from "../workbook/contract/harness";
import { WORKED_REGISTER } from "../domain/incidents/workedExample";
import { captureIo, tempDir } from "./support";
import { CSV_EXPORT, hasSoffice, parseCsv, tableBody } from "./libreofficeCsv";

if (!hasSoffice) {
  console.log("LibreOffice (soffice) er ikke på PATH: LibreOffice-tjekket af hændelsesanalysen springes over.");
}

interface Group {
  group: string;
  count: number;
  previous: number;
  change: number;
}

(hasSoffice ? test : test.skip)(
  "LibreOffice opens Hændelser 2026 and every figure on it is the JSON's",
  async () => {
    const dir = tempDir();
    const book = path.join(dir, "register.xlsx");
    writeFileSync(book, await seedXlsxBytes(WORKED_REGISTER as unknown as Seed));
    const out = path.join(dir, "analyse.xlsx");
    const jsonFile = path.join(dir, "analyse.json");
    expect(await runCli(["incidents", book, "--year", "2026", "--out", out, "--json", jsonFile], captureIo())).toBe(0);
    const json = JSON.parse(readFileSync(jsonFile, "utf8"));

    const csvDir = path.join(dir, "csv");
    const run = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--convert-to",
        CSV_EXPORT,
        "--outdir",
        csvDir,
        out,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(run.status).toBe(0);
    const file = readdirSync(csvDir).find((f) => f.normalize("NFC") === "analyse-Hændelser 2026.csv");
    expect(file).toBeDefined();
    const rows = parseCsv(readFileSync(path.join(csvDir, file as string), "utf8"));
    const num = (cell: string | undefined): number => Number(cell);

    const compared = (first: string, groups: Group[]): void => {
      const body = tableBody(rows, [first, "2026", "2025", "Ændring"]);
      expect(body.map((r) => [r[0], num(r[1]), num(r[2]), num(r[3])])).toEqual(
        groups.map((g) => [g.group, g.count, g.previous, g.change]),
      );
    };
    compared("Episoder", [{ group: "I alt", ...json.total }]);
    compared("Retning", json.byDirection);
    compared("Type", json.byType);
    compared("Afdeling", json.byDepartment);
    compared("Situation", json.bySituation);
    expect(tableBody(rows, ["Retning", "Type", "Antal"]).map((r) => [r[0], r[1], num(r[2])])).toEqual(
      json.directionByType.map((p: { direction: string; type: string; count: number }) => [
        p.direction,
        p.type,
        p.count,
      ]),
    );
    expect(tableBody(rows, ["Måned", "2026", "2025"]).map((r) => num(r[1]))).toEqual(json.byMonth);
    expect(tableBody(rows, ["Ugedag", "Antal"]).map((r) => num(r[1]))).toEqual(json.byWeekday);
    expect(tableBody(rows, ["Tidsrum", "Antal"]).map((r) => num(r[1]))).toEqual(
      json.byTimeOfDay.map((b: { count: number }) => b.count),
    );
    const handling = tableBody(rows, ["Håndtering", "Antal", "Andel"]).map((r) => num(r[1]));
    const h = json.handling;
    expect(handling).toEqual([h.towardsStaff, h.debriefed, h.withAbsence, h.injuryReported, h.analysed, h.alone]);
    const valueOf = (label: string): number => num(rows.find((r) => r[0] === label)?.[1]);
    expect(valueOf("Borgere med episoder")).toBe(json.citizens.involved);
    expect(valueOf("– heraf uden risikovurdering det seneste år")).toBe(json.citizens.withoutRiskAssessment);
    expect(valueOf("Episoder i perioden")).toBe(json.basis.incidents);
    expect(valueOf("Udeladte rækker")).toBe(json.basis.leftOut.length);
    expect(existsSync(out)).toBe(true);
  },
  300_000,
);
