/**
 * `demo` end to end in a temp folder: the five files, JSON that parses, a CSV with BOM, header and
 * schemaVersion, the evaluation workbook's figures equal to the JSON, and the same output on every run.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { EXPORT_COLUMNS } from "../../src/domain/schema";
import { DEMO_ERRORS } from "../../src/workbook/demo";
import { captureIo, tempDir } from "./support";

jest.setTimeout(120_000);

const first = tempDir();
const second = tempDir();
let stdout: string[] = [];

beforeAll(async () => {
  const io = captureIo();
  expect(await runCli(["demo", "--out", first], io)).toBe(0);
  stdout = io.stdout;
  expect(await runCli(["demo", "--out", second], captureIo(new Date(2031, 5, 1)))).toBe(0);
});

const files = [
  "smorte-demo.xlsx",
  "aarsevaluering-2025.xlsx",
  "aarsevaluering-2025.json",
  "regional-2025.csv",
  "regional-2025.json",
];

test("the demo writes the workbook, the evaluation (xlsx + json) and the regional export (csv + json)", () => {
  for (const f of files) expect(existsSync(path.join(first, f))).toBe(true);
});

test("it says where the files are and summarises the evaluation in Danish", () => {
  const text = stdout.join("\n");
  for (const f of files) expect(text).toContain(path.join(first, f));
  expect(text).toMatch(
    /Årsevaluering 2025: \d+ mål med resultat hos \d+ borgere; gennemsnitlig målopfyldelse \d+,\d %/,
  );
  expect(text).toContain("3 rækker er udeladt");
});

test("the evaluation JSON parses and rests on three years of realistic data, with the three deliberate errors left out", () => {
  const model = JSON.parse(readFileSync(path.join(first, "aarsevaluering-2025.json"), "utf8"));
  expect(model.schemaVersion).toBe(1);
  expect(model.year).toBe(2025);
  expect(model.basis.citizens).toBe(60);
  expect(model.byMethod.length).toBeGreaterThanOrEqual(5);
  expect(model.byTargetGroup.length).toBeGreaterThanOrEqual(3);
  expect(model.byDepartment.map((d: { group: string }) => d.group)).toEqual(
    expect.arrayContaining(["Hus A", "Hus B", "Skovbo"]),
  );
  expect(model.basis.leftOut.map((l: { column: string }) => l.column).sort()).toEqual(["Dato", "MålID", "Vurdering"]);
  expect(model.total.previousMean).not.toBeNull();
  expect(model.suggestedActions.length).toBeGreaterThan(0);
  const text = readFileSync(path.join(first, "aarsevaluering-2025.json"), "utf8");
  for (const v of Object.values(DEMO_ERRORS)) expect(text).not.toContain(`"${v}"`);
});

test("the CSV has a BOM, the export header and schemaVersion on every row; the JSON matches it", () => {
  const csv = readFileSync(path.join(first, "regional-2025.csv"), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv
    .slice(1)
    .split(/\r?\n/)
    .filter((l) => l !== "");
  expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
  for (const l of lines.slice(1)) expect(l.startsWith("2,")).toBe(true);
  const json = JSON.parse(readFileSync(path.join(first, "regional-2025.json"), "utf8"));
  expect(json.schemaVersion).toBe(2);
  expect(json.rows).toHaveLength(lines.length - 1);
  expect(json.rows.some((r: { suppressed: number }) => r.suppressed === 1)).toBe(true);
  expect(json.rows.some((r: { suppressed: number }) => r.suppressed === 0)).toBe(true);
});

test("the figures on the sheet Årsevaluering 2025 equal the JSON", async () => {
  const model = JSON.parse(readFileSync(path.join(first, "aarsevaluering-2025.json"), "utf8"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(first, "aarsevaluering-2025.xlsx"));
  const ws = wb.getWorksheet("Årsevaluering 2025")!;
  const cells: unknown[][] = [];
  ws.eachRow((row, n) => (cells[n] = (row.values as unknown[]).slice(1)));
  const start = cells.findIndex((r) => r?.[0] === "Resultater pr. metode 2025");
  const header = cells.findIndex((r, i) => i > start && r?.[0] === "Metode");
  const headers = cells[header].map(String);
  let compared = 0;
  for (let i = header + 1; cells[i]?.[0] !== "I alt"; i++) {
    const g = model.byMethod.find((m: { group: string }) => m.group === cells[i][0]);
    expect(g).toBeDefined();
    const at = (h: string): unknown => cells[i][headers.indexOf(h)] ?? null;
    expect(at("Borgere")).toBe(g.citizens);
    expect(at("Mål")).toBe(g.goals);
    expect(at("Opnået")).toBe(g.achieved);
    expect(at("Gennemsnit")).toBe(g.mean);
    expect(at("Borgervægtet gennemsnit")).toBe(g.citizenMean);
    expect(at("GAS T")).toBe(g.gasT);
    expect(at("Sidste år")).toBe(g.previousMean);
    expect(at("Ændring")).toBe(g.change);
    compared += 1;
  }
  expect(compared).toBe(model.byMethod.length);
  const basis = wb.getWorksheet("Grundlag 2025")!;
  let units = 0;
  basis.eachRow((row) => /^M\d{4}$/.test(String(row.getCell(1).value)) && (units += 1));
  expect(units).toBe(model.basis.units);
});

test("the demo is deterministic: a second run (on another day) writes the same JSON and CSV", () => {
  for (const f of ["aarsevaluering-2025.json", "regional-2025.csv", "regional-2025.json"]) {
    expect(readFileSync(path.join(second, f), "utf8")).toBe(readFileSync(path.join(first, f), "utf8"));
  }
});
