/**
 * Open the files `npm run demo` wrote in a real spreadsheet application — LibreOffice, headless — and
 * check that what it reads matches the JSON the same run wrote:
 *   - aarsevaluering-Y.xlsx → every sheet as CSV (raw values): the figures of "Årsevaluering Y"
 *     (header, per method, per target group, per department, target group × method, data quality,
 *     chart data) and the unit and left-out lists of "Grundlag Y" against aarsevaluering-Y.json;
 *   - regional-Y.csv as LibreOffice imports it against regional-Y.json;
 *   - smorte-demo.xlsx: the data sheets hold the rows the evaluation counted plus the rows it left out;
 *   - the evaluation's chart, as LibreOffice finds it (an embedded chart object in the .ods it converts to);
 *   - a PDF of the "Årsevaluering Y" sheet alone, and PNGs of its pages for a human look.
 *
 * Usage: npx tsx scripts/libreoffice-check.ts [DIR=demo] [--artifacts DIR=test-artifacts/libreoffice]
 * Exit 0 when everything matches, 1 on a mismatch, 2 when LibreOffice or a file is missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { odsCharts, onlySheet } from "./libreoffice-parts";
import { EXPORT_COLUMNS } from "../src/domain/schema";

type Json = Record<string, unknown>;
interface Figures {
  group?: string;
  targetGroup?: string;
  method?: string;
  citizens: number;
  goals: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  mean: number | null;
  citizenMean: number | null;
  gasT: number | null;
  previousMean: number | null;
  change: number | null;
}

const args = process.argv.slice(2);
const artifactsAt = args.indexOf("--artifacts");
const artifacts = artifactsAt >= 0 ? args[artifactsAt + 1] : "test-artifacts/libreoffice";
const dir = args.find((a, i) => !a.startsWith("--") && i !== artifactsAt + 1) ?? "demo";

const problems: string[] = [];
const checked: string[] = [];
const fail = (message: string): void => {
  problems.push(message);
};

function die(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  die(
    "LibreOffice (soffice) findes ikke på PATH. Installér det med: apt-get install -y --no-install-recommends libreoffice-calc",
  );
}

const evaluationJsonName = existsSync(dir)
  ? readdirSync(dir).find((f) => /^aarsevaluering-\d{4}\.json$/.test(f))
  : undefined;
if (!evaluationJsonName) die(`Mappen ${dir} har ingen aarsevaluering-ÅR.json. Kør først: npm run demo`);
const year = Number(/\d{4}/.exec(evaluationJsonName)![0]);
const files = {
  workbook: path.join(dir, "smorte-demo.xlsx"),
  evaluation: path.join(dir, `aarsevaluering-${year}.xlsx`),
  evaluationJson: path.join(dir, evaluationJsonName),
  csv: path.join(dir, `regional-${year}.csv`),
  json: path.join(dir, `regional-${year}.json`),
};
for (const f of Object.values(files)) if (!existsSync(f)) die(`Filen ${f} mangler. Kør først: npm run demo`);

const work = mkdtempSync(path.join(os.tmpdir(), "smorte-lo-"));
const profile = `file://${path.join(work, "profile")}`;

/** LibreOffice CSV filter: comma, double quote, UTF-8, en-US numbers, raw values (not as shown). */
const CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false";

function soffice(extra: string[], input: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(
    "soffice",
    ["--headless", "--norestore", `-env:UserInstallation=${profile}`, ...extra, "--outdir", outDir, input],
    { encoding: "utf8", timeout: 240_000 },
  );
  if (run.status !== 0) die(`LibreOffice kunne ikke konvertere ${input}: ${run.stderr || run.stdout}`);
}

/** RFC 4180 CSV → rows of strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A cell as LibreOffice wrote it: "" → null, "52.5%" → 0.525, "12" → 12, else the text. */
function value(cell: string | undefined): number | string | null {
  if (cell === undefined || cell === "") return null;
  const pct = /^(-?[\d.]+(?:E-?\d+)?)%$/i.exec(cell);
  if (pct) return Number(pct[1]) / 100;
  if (/^-?[\d.]+(?:E-?\d+)?$/i.test(cell)) return Number(cell);
  return cell;
}

const close = (a: unknown, b: unknown): boolean => {
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return String(a) === String(b);
};

function sheetCsv(folder: string, book: string, sheet: string): string[][] {
  const file = path.join(folder, `${book}-${sheet}.csv`);
  if (!existsSync(file)) die(`LibreOffice skrev ikke arket ${sheet} (${file}).`);
  return parseCsv(readFileSync(file, "utf8"));
}

/** The table whose header row starts with `first` (and, when given, follows a row starting with `after`). */
function tableAt(
  rows: string[][],
  headerStart: readonly string[],
  after?: string,
): { headers: string[]; body: string[][] } {
  let from = 0;
  if (after) {
    from = rows.findIndex((r) => (r[0] ?? "").startsWith(after));
    if (from < 0) return { headers: [], body: [] };
  }
  const h = rows.findIndex((r, i) => i >= from && headerStart.every((x, j) => r[j] === x));
  if (h < 0) return { headers: [], body: [] };
  const headers = rows[h].filter((x) => x !== "");
  const body: string[][] = [];
  for (let i = h + 1; i < rows.length && rows[i].some((c) => c !== "") && !rows[i][0].startsWith("• "); i++)
    body.push(rows[i]);
  return { headers, body };
}

const FIGURE_KEYS: ReadonlyArray<readonly [string, keyof Figures]> = [
  ["Borgere", "citizens"],
  ["Mål", "goals"],
  ["Opnået", "achieved"],
  ["Delvist", "partial"],
  ["Ikke opnået", "notAchieved"],
  ["Gennemsnit", "mean"],
  ["Borgervægtet gennemsnit", "citizenMean"],
  ["GAS T", "gasT"],
  ["Sidste år", "previousMean"],
  ["Ændring", "change"],
];

function compareGroups(
  label: string,
  rows: string[][],
  first: string,
  after: string,
  groups: Figures[],
  total?: Figures,
): void {
  const table = tableAt(rows, [first, "Borgere"], after);
  if (table.headers.length === 0) return fail(`${label}: tabellen blev ikke fundet i LibreOffices udgave af arket.`);
  const expected = new Map(groups.map((g) => [g.group as string, g]));
  if (total) expected.set("I alt", total);
  if (table.body.length !== expected.size)
    fail(`${label}: ${table.body.length} rækker i arket, ${expected.size} i JSON.`);
  for (const r of table.body) {
    const g = expected.get(r[0]);
    if (!g) {
      fail(`${label}: gruppen ${r[0]} findes ikke i JSON.`);
      continue;
    }
    for (const [header, key] of FIGURE_KEYS) {
      const got = value(r[table.headers.indexOf(header)]);
      if (!close(got, g[key])) fail(`${label} ${r[0]} ${header}: arket ${String(got)}, JSON ${String(g[key])}.`);
    }
  }
  checked.push(`${label}: ${table.body.length} rækker`);
}

// 1. The evaluation workbook, every sheet as CSV.
const evaluationCsv = path.join(work, "evaluation");
soffice(["--convert-to", `${CSV_EXPORT},-1`], files.evaluation, evaluationCsv);
const evalBook = path.basename(files.evaluation, ".xlsx");
const model = JSON.parse(readFileSync(files.evaluationJson, "utf8")) as Json & {
  basis: {
    citizens: number;
    goals: number;
    followUps: number;
    units: number;
    leftOut: Array<{ sheet: string; row: number }>;
  };
  byMethod: Figures[];
  byTargetGroup: Figures[];
  byDepartment: Figures[];
  total: Figures;
  targetGroupByMethod: Figures[];
  dataQuality: Record<string, number>;
};
const ev = sheetCsv(evaluationCsv, evalBook, `Årsevaluering ${year}`);

// Header key figures.
const keyValue = (key: string): number | string | null => value(ev.find((r) => r[0] === key)?.[1]);
for (const [key, expected] of [
  ["Borgere", model.basis.citizens],
  ["Mål", model.basis.goals],
  ["Opfølgninger", model.basis.followUps],
  [`Mål med resultat i ${year}`, model.basis.units],
  ["Udeladte rækker", model.basis.leftOut.length],
] as const) {
  if (!close(keyValue(key), expected))
    fail(`Grundlag (hoved): ${key} er ${String(keyValue(key))} i arket, ${expected} i JSON.`);
}
checked.push("hovedets tal (borgere, mål, opfølgninger, resultater, udeladte rækker)");

compareGroups("Pr. metode", ev, "Metode", "Resultater pr. metode", model.byMethod, model.total);
compareGroups("Pr. målgruppe", ev, "Målgruppe", "Resultater pr. målgruppe", model.byTargetGroup, model.total);
compareGroups("Pr. afdeling", ev, "Afdeling", "Resultater pr. afdeling", model.byDepartment, model.total);

// Target group × method: a label row per target group, then indented method rows.
{
  const table = tableAt(ev, ["Målgruppe / metode", "Borgere"], "Målgruppe og metode");
  const expected = new Map(model.targetGroupByMethod.map((c) => [`${c.targetGroup}|${c.method}`, c]));
  let targetGroup = "";
  let count = 0;
  for (const r of table.body) {
    if (!r[0].startsWith(" ")) {
      targetGroup = r[0];
      continue;
    }
    count += 1;
    const method = r[0].trim();
    const c = expected.get(`${targetGroup}|${method}`);
    if (!c) {
      fail(`Målgruppe × metode: ${targetGroup} × ${method} findes ikke i JSON.`);
      continue;
    }
    for (const [header, key] of FIGURE_KEYS) {
      const got = value(r[table.headers.indexOf(header)]);
      if (!close(got, c[key]))
        fail(`Målgruppe × metode ${targetGroup} × ${method} ${header}: arket ${String(got)}, JSON ${String(c[key])}.`);
    }
  }
  if (count !== expected.size) fail(`Målgruppe × metode: ${count} rækker i arket, ${expected.size} i JSON.`);
  checked.push(`Målgruppe × metode: ${count} rækker`);
}

// Data quality.
{
  const table = tableAt(ev, ["Datakvalitet", "Antal"]);
  const q = model.dataQuality;
  const expected: Array<[string, number]> = [
    ["Aktive mål", q.activeGoals],
    ["Aktive mål, SMORTE-komplette", q.smorteComplete],
    [`Aktive mål, opfølgning forsinket 31-12-${year}`, q.overdueAtYearEnd],
    ["Aktive mål, borgeren inddraget", q.involved],
    ["Borgere med aktive mål uden resultat", q.citizensWithoutResult],
  ];
  for (const [label, count] of expected) {
    const row = table.body.find((r) => r[0] === label);
    if (!row || !close(value(row[1]), count)) fail(`Datakvalitet ${label}: arket ${row?.[1]}, JSON ${count}.`);
  }
  checked.push("datakvalitet (5 tal)");
}

// Chart data: mean per method, Y beside Y−1.
{
  const table = tableAt(ev, ["Metode", `Gennemsnit ${year}`, `Gennemsnit ${year - 1}`]);
  if (table.body.length !== model.byMethod.length)
    fail(`Diagramdata: ${table.body.length} metoder i arket, ${model.byMethod.length} i JSON.`);
  for (const g of model.byMethod) {
    const row = table.body.find((r) => r[0] === g.group);
    if (!row || !close(value(row[1]), g.mean) || !close(value(row[2]), g.previousMean)) {
      fail(`Diagramdata ${g.group}: arket ${row?.slice(1, 3).join(" / ")}, JSON ${g.mean} / ${g.previousMean}.`);
    }
  }
  checked.push(`diagrammets data: ${table.body.length} metoder`);
}

// Grundlag: every unit and every left-out row.
{
  const basis = sheetCsv(evaluationCsv, evalBook, `Grundlag ${year}`);
  const units = tableAt(basis, ["MålID", "BorgerID"]);
  if (units.body.length !== model.basis.units)
    fail(`Grundlag: ${units.body.length} resultater i arket, ${model.basis.units} i JSON.`);
  const left = tableAt(basis, ["Ark", "Række", "Kolonne", "Årsag"]);
  if (left.body.length !== model.basis.leftOut.length) {
    fail(`Grundlag: ${left.body.length} udeladte rækker i arket, ${model.basis.leftOut.length} i JSON.`);
  }
  for (const l of model.basis.leftOut) {
    if (!left.body.some((r) => r[0] === l.sheet && Number(r[1]) === l.row))
      fail(`Grundlag: den udeladte række ${l.sheet} ${l.row} mangler.`);
  }
  checked.push(`Grundlag: ${units.body.length} resultater, ${left.body.length} udeladte rækker`);
}

// 2. The regional CSV as LibreOffice imports it, against the regional JSON.
{
  const out = path.join(work, "regional");
  soffice(["--infilter=CSV:44,34,76,1,,1033", "--convert-to", CSV_EXPORT], files.csv, out);
  const rows = parseCsv(readFileSync(path.join(out, path.basename(files.csv)), "utf8"));
  const json = JSON.parse(readFileSync(files.json, "utf8")) as
    { schemaVersion: number; rows: Array<Record<string, unknown>> } | Array<Record<string, unknown>>;
  const expectedRows = Array.isArray(json) ? json : json.rows;
  if (rows[0].join(",") !== EXPORT_COLUMNS.join(",")) fail(`Regional CSV: overskrifterne er ${rows[0].join(",")}.`);
  const body = rows.slice(1).filter((r) => r.some((c) => c !== ""));
  if (body.length !== expectedRows.length) fail(`Regional CSV: ${body.length} rækker, JSON ${expectedRows.length}.`);
  body.forEach((r, i) => {
    for (const [c, key] of EXPORT_COLUMNS.entries()) {
      const want = expectedRows[i]?.[key] ?? null;
      if (!close(value(r[c]), want)) fail(`Regional række ${i + 1} ${key}: LibreOffice ${r[c]}, JSON ${String(want)}.`);
    }
  });
  checked.push(`regional CSV: ${body.length} rækker med ${EXPORT_COLUMNS.length} kolonner`);
}

// 3. The demo workbook's data sheets: counted rows plus left-out rows.
{
  const out = path.join(work, "workbook");
  soffice(["--convert-to", `${CSV_EXPORT},-1`], files.workbook, out);
  const book = path.basename(files.workbook, ".xlsx");
  const leftOn = (sheet: string): number => model.basis.leftOut.filter((l) => l.sheet === sheet).length;
  for (const [sheet, first, counted] of [
    ["Borgere", "BorgerID", model.basis.citizens],
    ["Mål", "MålID", model.basis.goals],
    ["Opfølgning", "OpfølgningID", model.basis.followUps],
  ] as const) {
    const rows = sheetCsv(out, book, sheet);
    const table = tableAt(rows, [first]);
    const expected = counted + leftOn(sheet);
    if (table.body.length !== expected)
      fail(`${sheet}: ${table.body.length} rækker i arbejdsbogen, forventet ${expected}.`);
  }
  checked.push("eksempel-arbejdsbogens ark Borgere, Mål og Opfølgning");
}

// 4. The charts: LibreOffice must find the evaluation's chart as an embedded chart object.
async function chartsOfEvaluation(): Promise<void> {
  const out = path.join(work, "ods");
  soffice(["--convert-to", "ods"], files.evaluation, out);
  const ods = path.join(out, `aarsevaluering-${year}.ods`);
  const charts = await odsCharts(ods);
  if (!charts.some((c) => c.includes("chart:bar")))
    fail(`Diagrammer: LibreOffice fandt ikke søjlediagrammet i aarsevaluering-${year}.xlsx (fandt ${charts.length}).`);
  else checked.push(`diagrammet på arket Årsevaluering ${year} (LibreOffice: ${charts.join(", ")})`);
}

// 5. A PDF of the evaluation sheet alone (the other sheets hidden, so the chart stays), and PNGs of its pages.
async function pdfOfEvaluationSheet(): Promise<void> {
  const single = path.join(work, `aarsevaluering-${year}-ark.xlsx`);
  writeFileSync(single, await onlySheet(readFileSync(files.evaluation), `Årsevaluering ${year}`));
  const out = path.join(work, "pdf");
  soffice(["--convert-to", "pdf"], single, out);
  const pdf = path.join(out, `aarsevaluering-${year}-ark.pdf`);
  mkdirSync(artifacts, { recursive: true });
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (text.status === 0) {
    if (!text.stdout.includes(`Årsevaluering ${year}`) || !text.stdout.includes("Handleplan")) {
      fail("PDF: teksten mangler titlen eller handleplanen.");
    }
    const pages = (text.stdout.match(/\f/g) ?? []).length;
    checked.push(`PDF af arket Årsevaluering ${year}: ${pages} sider`);
  }
  spawnSync("cp", [pdf, path.join(artifacts, `aarsevaluering-${year}.pdf`)]);
  const png = spawnSync("pdftoppm", ["-r", "70", "-png", pdf, path.join(artifacts, `aarsevaluering-${year}`)]);
  if (png.status === 0) checked.push(`PNG af siderne i ${artifacts}`);
}

chartsOfEvaluation()
  .then(pdfOfEvaluationSheet)
  .then(() => {
    rmSync(work, { recursive: true, force: true });
    for (const c of checked) process.stdout.write(`OK  ${c}\n`);
    if (problems.length > 0) {
      for (const p of problems) process.stdout.write(`FEJL ${p}\n`);
      process.stdout.write(`LibreOffice-tjek: ${problems.length} afvigelser.\n`);
      process.exit(1);
    }
    process.stdout.write(`LibreOffice-tjek: alle tal i ${dir} stemmer med JSON-filerne.\n`);
  })
  .catch((e: unknown) => die(`LibreOffice-tjek fejlede: ${e instanceof Error ? e.message : String(e)}`));
