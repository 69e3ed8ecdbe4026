/**
 * Peak memory of the command line on hostile files, each run in its own process as a user runs it
 * (`npm run cli`: Node with a 1 GB heap): a workbook whose table is declared as the whole sheet, zip
 * bombs of 2.5 MB and 6 MB that unpack to 2.5 and 6 GB, and a package at the edge of the limits (three
 * parts of 120 MB). None may use 1.5 GB; the hostile ones end with exit 2 and a Danish message.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { runCli } from "../../src/cli/run";
import { workbookBomb } from "./zipBomb";
import { captureIo, sha256, tempDir } from "./support";

jest.setTimeout(600_000);

const LIMIT_KB = 1.5 * 1024 * 1024;
const root = path.resolve(__dirname, "../..");
const dir = tempDir();
const demo = path.join(dir, "smorte-demo.xlsx");

beforeAll(async () => {
  expect(await runCli(["demo", "--out", dir], captureIo())).toBe(0);
});

interface Run {
  readonly code: number | null;
  readonly stderr: string;
  readonly peakKb: number;
}

/** The command line in a process of its own, as `npm run cli` starts it; its peak resident memory. */
function cli(args: readonly string[]): Run {
  const run = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=1024",
      "--import",
      "tsx",
      "--import",
      pathToFileURL(path.join(__dirname, "peakMemory.mjs")).href,
      path.join(root, "src/cli/main.ts"),
      ...args,
    ],
    { cwd: root, encoding: "utf8", timeout: 540_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  return { code: run.status, stderr: run.stderr, peakKb: peak ? Number(peak[1]) : Number.POSITIVE_INFINITY };
}

function refusedWithin(file: string, expected: string): void {
  const before = sha256(file);
  const run = cli(["check", file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(expected);
  expect(run.stderr).not.toMatch(/FATAL|heap|uventet|Invalid|Bug/);
  expect(run.peakKb).toBeLessThan(LIMIT_KB);
  expect(sha256(file)).toBe(before);
}

test("a table declared as A1:XFD1048576 in a small file: exit 2, a Danish message, bounded memory", async () => {
  const zip = await JSZip.loadAsync(readFileSync(demo));
  for (const f of Object.values(zip.files).filter((x) => /^xl\/tables\/.+\.xml$/.test(x.name))) {
    const xml = await f.async("string");
    if (/\bname="Opfoelgning"/.test(xml)) zip.file(f.name, xml.replace(/\bref="[^"]+"/g, 'ref="A1:XFD1048576"'));
  }
  const file = path.join(dir, "hele-arket.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  expect(statSync(file).size).toBeLessThan(200 * 1024);
  refusedWithin(file, "celler med indhold");
});

test.each([
  [2500, "2,5 MB"],
  [6000, "6 MB"],
])("a zip bomb unpacking to %i MB (a %s file): exit 2 at the part limit, bounded memory", async (mb) => {
  const file = path.join(dir, `bombe-${mb}.xlsx`);
  writeFileSync(file, await workbookBomb(readFileSync(demo), ["xl/worksheets/sheet3.xml"], mb));
  expect(statSync(file).size).toBeLessThan((mb / 1000 + 0.5) * 1024 * 1024);
  refusedWithin(file, "zip-bombe");
});

test("a package at the edge of the limits (three sheets of 120 MB) is evaluated within the memory", async () => {
  const sheets = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"];
  const file = path.join(dir, "graensen.xlsx");
  writeFileSync(file, await workbookBomb(readFileSync(demo), sheets, 120));
  const run = cli(["evaluate", file, "--year", "2025", "--out", path.join(dir, "graensen-ud.xlsx")]);
  expect(run.stderr).not.toMatch(/FATAL|heap|uventet/);
  expect(run.code).toBe(0);
  expect(run.peakKb).toBeLessThan(LIMIT_KB);
});
