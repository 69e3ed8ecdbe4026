/**
 * The same data as other programs save it give the same figures as the demo file: the 1904 date
 * system (as LibreOffice and old Mac files write it), relationship targets as absolute part names (as
 * openpyxl writes them), and copies saved by LibreOffice, in both date systems. Report sheets written
 * into a 1904 workbook show the same dates, and the full ExcelJS model reads and saves such files too.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/run";
import { XlsxWorkbookAdapter } from "../../src/workbook/xlsx/adapter";
import { hasLibreOffice, savedByLibreOffice, to1904, withAbsoluteTargets } from "./craftedDateSystems";
import { captureIo, tempDir } from "./support";

jest.setTimeout(600_000);

const dir = tempDir();
const demo = path.join(dir, "smorte-demo.xlsx");
const libreOffice = hasLibreOffice();
const variants = new Map<string, string>();

async function put(name: string, bytes: Uint8Array): Promise<void> {
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  variants.set(name, file);
}

beforeAll(async () => {
  expect(await runCli(["demo", "--out", dir], captureIo())).toBe(0);
  const plain = readFileSync(demo);
  const in1904 = await to1904(plain);
  await put("1904", in1904);
  await put("openpyxl-1900", await withAbsoluteTargets(plain));
  await put("openpyxl-1904", await withAbsoluteTargets(in1904));
  if (libreOffice) {
    await put("libreoffice-1900", savedByLibreOffice(demo));
    await put("libreoffice-1904", savedByLibreOffice(variants.get("1904")!));
  } else {
    console.warn("soffice findes ikke: filerne gemt af LibreOffice prøves ikke.");
  }
});

/** The evaluation JSON and the regional CSV of a workbook for 2025. */
async function figures(file: string, tag: string): Promise<{ evaluation: string; regional: string; book: string }> {
  const book = path.join(dir, `ev-${tag}.xlsx`);
  const json = path.join(dir, `ev-${tag}.json`);
  const csv = path.join(dir, `reg-${tag}.csv`);
  const io = captureIo();
  expect(await runCli(["evaluate", file, "--year", "2025", "--out", book, "--json", json], io)).toBe(0);
  expect(await runCli(["export", file, "--year", "2025", "--out", csv], io)).toBe(0);
  return { evaluation: readFileSync(json, "utf8"), regional: readFileSync(csv, "utf8"), book };
}

test("the 1904 date system, absolute relationship targets and LibreOffice copies give the demo's figures", async () => {
  const expected = await figures(demo, "demo");
  expect(JSON.parse(expected.evaluation).basis.units).toBeGreaterThan(100);
  for (const [name, file] of variants) {
    const got = await figures(file, name);
    expect({ name, ...got, book: undefined }).toEqual({ name, ...expected, book: undefined });
  }
});

test("a 1904 file really counts from 1904: its dates read as they are, they would be four years early", async () => {
  const plain = await XlsxWorkbookAdapter.fromBuffer(readFileSync(demo));
  const shifted = await XlsxWorkbookAdapter.fromBuffer(readFileSync(variants.get("1904")!));
  const dates = async (b: XlsxWorkbookAdapter) => (await b.readTable("Opfoelgning"))!.rows.map((r) => r.Dato);
  const [a, b] = [await dates(plain), await dates(shifted)];
  expect(b).toEqual(a);
  const zip = await JSZip.loadAsync(readFileSync(variants.get("1904")!));
  expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('date1904="1"');
});

/** Every cell of one sheet as LibreOffice shows it (CSV "as shown"). */
function shownCells(file: string, sheet: string, tag: string): string {
  const out = path.join(dir, `csv-${tag}`);
  const run = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${path.join(dir, `profil-${tag}`)}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,1030,false,true,true,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 240_000 },
  );
  expect(run.status).toBe(0);
  const name = readdirSync(out).find((f) => f.normalize("NFC").endsWith(`-${sheet}.csv`));
  expect(name).toBeDefined();
  return readFileSync(path.join(out, name as string), "utf8");
}

(libreOffice ? test : test.skip)(
  "report sheets written into a 1904 workbook show the same dates (Grundlag's units list)",
  async () => {
    const plain = await figures(demo, "vist-demo");
    const in1904 = await figures(variants.get("1904")!, "vist-1904");
    const a = shownCells(plain.book, "Grundlag 2025", "a");
    const b = shownCells(in1904.book, "Grundlag 2025", "b");
    expect(a).toMatch(/\d{2}-\d{2}-2025/);
    expect(b).toBe(a);
  },
);

/** The same package with every cell's style removed: dates become plain numbers to ExcelJS too. */
async function withoutCellStyles(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.values(zip.files).filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x.name)))
    zip.file(f.name, (await f.async("string")).replace(/(<c\b[^>]*?) s="\d+"/g, "$1"));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("the full ExcelJS model reads a 1904 file as the package reader does, date formats or not, and saves it", async () => {
  const files = [variants.get("1904")!, variants.get("libreoffice-1904")].filter((f): f is string => !!f);
  const sources = [...files.map((f) => readFileSync(f)), await withoutCellStyles(readFileSync(variants.get("1904")!))];
  const light = await (await XlsxWorkbookAdapter.fromBuffer(readFileSync(demo))).readAll();
  for (const bytes of sources) {
    const full = await XlsxWorkbookAdapter.fromBuffer(bytes);
    await full.excel();
    const read = await full.readAll();
    for (const table of ["Borgere", "Maal", "Opfoelgning"] as const)
      expect(read.tables[table]!.rows).toEqual(light.tables[table]!.rows);
    const saved = await full.toBuffer();
    expect((await XlsxWorkbookAdapter.fromBuffer(saved)).readAll()).resolves.toBeDefined();
  }
});
