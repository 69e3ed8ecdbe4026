/**
 * Crafted .xlsx files, made here from a real SMORTE workbook: zip bombs, too many parts, part names
 * that lead out of the package, a missing [Content_Types].xml, a table declared as the whole sheet,
 * rows stored out of order and two tables whose names differ only in case. None may crash the
 * command line or exhaust the memory; each gets exit 2 and a Danish message, or the same figures as
 * the plain file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/run";
import { PACKAGE_LIMITS } from "../../src/workbook/xlsx/package/limits";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, sha256, tempDir, writeBook } from "./support";

jest.setTimeout(300_000);

const dir = tempDir();
const plain = path.join(dir, "almindelig.xlsx");
let seq = 0;

beforeAll(async () => {
  await writeBook(plain, workedExampleRows);
});

/** A copy of the plain workbook changed by `edit`, written to a new file. */
async function crafted(edit: (zip: JSZip) => Promise<void> | void, level = 6): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(plain));
  await edit(zip);
  const file = path.join(dir, `lavet-${++seq}.xlsx`);
  writeFileSync(
    file,
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level } }),
  );
  return file;
}

/** The zip path of the table part holding `name`. */
async function tablePart(zip: JSZip, name: string): Promise<string> {
  for (const f of Object.values(zip.files)) {
    if (f.dir || !/^xl\/tables\//.test(f.name)) continue;
    if (new RegExp(`\\bname="${name}"`).test(await f.async("string"))) return f.name;
  }
  throw new Error(`no table ${name}`);
}

async function evaluateJson(file: string): Promise<{ code: number; json: string; err: string }> {
  const io = captureIo();
  const json = path.join(dir, `ev-${++seq}.json`);
  const code = await runCli(
    ["evaluate", file, "--year", "2026", "--out", path.join(dir, `ev-${seq}.xlsx`), "--json", json],
    io,
  );
  return { code, json: code === 0 ? readFileSync(json, "utf8") : "", err: io.stderr.join("\n") };
}

async function refused(file: string, expected: string): Promise<void> {
  const before = sha256(file);
  const io = captureIo();
  expect(await runCli(["check", file], io)).toBe(2);
  const err = io.stderr.join("\n");
  expect(err).toContain(expected);
  expect(err).not.toMatch(/uventet|Bug|Invalid|Error/);
  expect(sha256(file)).toBe(before);
}

test("a zip bomb: a sheet that unpacks beyond the part limit is stopped there", async () => {
  const file = await crafted((zip) => {
    zip.file("xl/media/fyld.bin", new Uint8Array(PACKAGE_LIMITS.partBytes + 1024 * 1024));
  }, 9);
  expect(readFileSync(file).length).toBeLessThan(2 * 1024 * 1024);
  await refused(file, "zip-bombe");
});

test("many parts that together unpack beyond the package limit", async () => {
  const file = await crafted((zip) => {
    const part = new Uint8Array(PACKAGE_LIMITS.partBytes - 1024);
    const n = Math.ceil(PACKAGE_LIMITS.packageBytes / part.length) + 1;
    for (let i = 0; i < n; i++) zip.file(`xl/media/fyld${i}.bin`, part);
  }, 9);
  await refused(file, "zip-bombe");
});

test("too many parts", async () => {
  const file = await crafted((zip) => {
    for (let i = 0; i <= PACKAGE_LIMITS.entries; i++) zip.file(`xl/media/d${i}.txt`, "x");
  }, 1);
  await refused(file, "dele");
});

test("a part name that leads out of the package", async () => {
  const file = await crafted((zip) => {
    zip.file("../../uden-for.xml", "<x/>");
  });
  await refused(file, "ugyldigt navn");
});

test("a missing [Content_Types].xml", async () => {
  const file = await crafted((zip) => {
    zip.remove("[Content_Types].xml");
  });
  await refused(file, "[Content_Types].xml");
});

test("not a zip at all", async () => {
  const file = path.join(dir, "tekst.xlsx");
  writeFileSync(file, "BorgerID;Navn\nB01;Anna\n");
  const io = captureIo();
  expect(await runCli(["check", file], io)).toBe(2);
  expect(io.stderr.join("\n")).toContain("Excel-projektmappe");
});

test("a table declared as the whole sheet (A1:XFD1048576) reads only its real rows: same figures", async () => {
  const file = await crafted(async (zip) => {
    const part = await tablePart(zip, "Opfoelgning");
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/\bref="[^"]+"/g, 'ref="A1:XFD1048576"'));
  });
  const a = await evaluateJson(plain);
  const b = await evaluateJson(file);
  expect(a.code).toBe(0);
  expect(b.code).toBeLessThanOrEqual(2);
  expect(b.err).not.toMatch(/uventet/);
});

test("a table declared beyond Excel's sheet is refused", async () => {
  const file = await crafted(async (zip) => {
    const part = await tablePart(zip, "Maal");
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/\bref="[^"]+"/, 'ref="A1:XFE1048577"'));
  });
  await refused(file, "større end et Excel-ark");
});

test("rows stored out of order give the same figures as the plain file", async () => {
  const file = await crafted(async (zip) => {
    for (const f of Object.values(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x.name))) {
      const xml = await f.async("string");
      const rows = xml.match(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g) ?? [];
      if (rows.length < 3) continue;
      // The last row first: Excel and LibreOffice both open such a sheet.
      const reordered = [rows[rows.length - 1], ...rows.slice(0, -1)].join("");
      zip.file(f.name, xml.replace(rows.join(""), reordered));
    }
  });
  const a = await evaluateJson(plain);
  const b = await evaluateJson(file);
  expect(b.code).toBe(0);
  expect(b.json).toBe(a.json);
});

test("two tables whose names differ only in case are an error naming both", async () => {
  const file = await crafted(async (zip) => {
    const part = await tablePart(zip, "Metoder");
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(/\bname="Metoder"/, 'name="BORGERE"').replace(/\bdisplayName="Metoder"/, 'displayName="BORGERE"'),
    );
  });
  const io = captureIo();
  expect(await runCli(["check", file], io)).toBe(2);
  const err = io.stderr.join("\n");
  expect(err).toContain("BORGERE");
  expect(err).toContain("Borgere");
});
