/**
 * The sector workbook opened in a real spreadsheet application (the done-when check of issue 14):
 * `consolidate` writes SEKTOR.xlsx and the JSON from generated exports of 8 offers over two years,
 * LibreOffice converts the sheet headless to CSV (raw values), and every figure on the sheet — the
 * header, the tables per target group, per method and per target group × method, and each funnel
 * table — must be the JSON's. Runs only where `soffice` is on PATH; elsewhere it says it skipped.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import { generatedExportFiles } from "../support/sectorFiles";
import { captureIo, tempDir } from "./support";
import { CSV_EXPORT, hasSoffice, parseCsv, tableBody } from "./libreofficeCsv";

if (!hasSoffice) {
  console.log("LibreOffice (soffice) er ikke på PATH: LibreOffice-tjekket af sektorarket springes over.");
}

type Figures = Record<string, number | string | null>;

const FIGURE_KEYS = [
  "offers",
  "citizens",
  "goals",
  "achieved",
  "partial",
  "notAchieved",
  "mean",
  "citizenMean",
  "gasT",
  "previousMean",
  "change",
] as const;
/** A raw cell: LibreOffice writes a percent-formatted cell in full precision with a "%" after it. */
const num = (c: string | undefined): number | null =>
  c === "" || c === undefined ? null : c.endsWith("%") ? Number(c.slice(0, -1)) / 100 : Number(c);

/** The sheet's figure columns after the group columns: offers, coverage (text), then the figures. */
const sheetFigures = (r: string[], at: number): Array<number | null> => {
  const cells = [r[at], ...r.slice(at + 2, at + 12)];
  return cells.map(num);
};
const jsonFigures = (g: Figures): Array<number | null> => FIGURE_KEYS.map((k) => (g[k] === null ? null : Number(g[k])));

/** Equal to 9 decimals (the sheet keeps the full double; CSV writes it in its shortest form). */
const close = (rows: Array<Array<number | null | string>>): unknown =>
  rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)));

(hasSoffice ? test : test.skip)(
  "LibreOffice opens the CLI's SEKTOR.xlsx and every figure on Sektor 2026 is the --json output's",
  async () => {
    const dir = tempDir();
    const folder = path.join(dir, "eksporter");
    mkdirSync(folder);
    for (const [name, text] of generatedExportFiles(8, 2026, 3)) writeFileSync(path.join(folder, name), text);
    const out = path.join(dir, "sektor.xlsx");
    const jsonFile = path.join(dir, "sektor.json");
    const io = captureIo();
    expect(
      await runCli(["consolidate", folder, "--year", "2026", "--out", out, "--json", jsonFile, "--min", "40"], io),
    ).toBe(0);
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
    const file = readdirSync(csvDir).find((f) => f.normalize("NFC") === "sektor-Sektor 2026.csv");
    expect(file).toBeDefined();
    const rows = parseCsv(readFileSync(path.join(csvDir, file as string), "utf8"));
    const valueOf = (label: string): number => Number(rows.find((r) => r[0] === label)?.[1]);

    expect(valueOf("Tilbud læst")).toBe(json.offers.length);
    expect(valueOf("Filer fra 2025 (sidste år)")).toBeGreaterThan(0);
    expect(valueOf("Mindste antal borgere bag et tal")).toBe(40);

    const groups = tableBody(rows, ["Målgruppe", "Tilbud med tal", "Dækning"]);
    expect(close(groups.map((r) => [r[0], ...sheetFigures(r, 1)]))).toEqual(
      close([...json.byTargetGroup, json.total].map((g: Figures) => [g.group, ...jsonFigures(g)])),
    );
    const methods = tableBody(rows, ["Metode", "Tilbud med tal", "Dækning"]);
    expect(close(methods.map((r) => [r[0], ...sheetFigures(r, 1)]))).toEqual(
      close(json.byMethod.map((g: Figures) => [g.group, ...jsonFigures(g)])),
    );
    const cross = tableBody(rows, ["Målgruppe", "Metode", "Tilbud med tal", "Dækning"]);
    expect(close(cross.map((r) => [r[0], r[1], ...sheetFigures(r, 2)]))).toEqual(
      close(json.targetGroupByMethod.map((g: Figures) => [g.targetGroup, g.method, ...jsonFigures(g)])),
    );
    // With a threshold of 40 some sector rows are suppressed, so their empty cells are compared too.
    expect(json.byMethod.concat(json.targetGroupByMethod).some((g: Figures) => g.suppressed === 1)).toBe(true);

    // One funnel table per target group, in the JSON's order, its offers by size.
    let from = 0;
    expect(json.comparison.length).toBeGreaterThan(1);
    for (const c of json.comparison as Array<{ sector: number; offers: Figures[] }>) {
      const h = rows.findIndex((r, i) => i >= from && r[0] === "Tilbud" && r[1] === "Borgere");
      const body = tableBody(rows, ["Tilbud", "Borgere", "Tilbuddets borgergennemsnit"], from);
      from = h + 1;
      const offers = [...c.offers].sort(
        (a, b) => Number(a.citizens) - Number(b.citizens) || String(a.offerId).localeCompare(String(b.offerId)),
      );
      expect(close(body.map((r) => [r[0], ...r.slice(1, 8).map(num)]))).toEqual(
        close(
          offers.map((o) => [
            o.offerId,
            o.citizens,
            o.citizenMean,
            c.sector,
            o.lower95,
            o.upper95,
            o.lower998,
            o.upper998,
          ]) as Array<Array<number | string>>,
        ),
      );
    }
  },
  300_000,
);
