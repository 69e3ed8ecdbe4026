/**
 * Crafted .xlsx files whose content, not their package, is hostile: character references that name
 * no character, a cell longer than Excel lets a cell be, a zip whose declared sizes lie, and numbers so
 * large that their distances overflow. Each gets exit 2 and a Danish message about the file (never an
 * internal message), or, for the numbers, an error finding on the row.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/run";
import { EXCEL_MAX_CELL_CHARS } from "../../src/workbook/xlsx/package/limits";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, sha256, tempDir, writeBook } from "./support";

jest.setTimeout(120_000);

const dir = tempDir();
const plain = path.join(dir, "almindelig.xlsx");
let seq = 0;

beforeAll(async () => {
  await writeBook(plain, workedExampleRows);
});

async function crafted(edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(plain));
  await edit(zip);
  const file = path.join(dir, `lavet-${++seq}.xlsx`);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** The zip path of the sheet part of a sheet name. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
}

/** Replace the first shared string equal to `text` (the worked example stores its texts so). */
async function replaceSharedString(zip: JSZip, text: string, xml: string): Promise<void> {
  const part = await zip.file("xl/sharedStrings.xml")!.async("string");
  const at = `<t>${text}</t>`;
  expect(part).toContain(at);
  zip.file("xl/sharedStrings.xml", part.replace(at, `<t>${xml}</t>`));
}

async function refused(file: string, ...expected: string[]): Promise<string> {
  const before = sha256(file);
  const io = captureIo();
  expect(await runCli(["evaluate", file, "--year", "2026", "--out", path.join(dir, `ud-${++seq}.xlsx`)], io)).toBe(2);
  const err = io.stderr.join("\n");
  for (const e of expected) expect(err).toContain(e);
  expect(err).not.toMatch(/uventet|Bug|Invalid|Error|code point|RangeError|opbygget på en måde/);
  expect(sha256(file)).toBe(before);
  return err;
}

test("a character reference beyond Unicode (&#x110000;) in the shared strings names the part", async () => {
  const file = await crafted((zip) => replaceSharedString(zip, "Hus Nord", "Hus &#x110000;Nord"));
  await refused(file, "xl/sharedStrings.xml", "tegnkode");
});

test("a decimal reference far beyond Unicode in an inline cell names sheet, row and column", async () => {
  const file = await crafted(async (zip) => {
    const part = await sheetPart(zip, "Borgere");
    const xml = await zip.file(part)!.async("string");
    // B2 (Navn of the first citizen) becomes an inline string holding the bad reference.
    const cell = /<c r="B2"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/.exec(xml)![0];
    zip.file(part, xml.replace(cell, '<c r="B2" t="inlineStr"><is><t>Anna&#99999999999999999999;</t></is></c>'));
  });
  await refused(file, "række 2", "kolonne B", "arket Borgere", "tegnkode");
});

test("a cell longer than Excel allows is refused naming sheet, row and column", async () => {
  const file = await crafted((zip) => replaceSharedString(zip, "Hus Nord", "x".repeat(EXCEL_MAX_CELL_CHARS + 1)));
  await refused(file, "arket Borgere", "række 2", "32.767 tegn");
});

/** The zip with the declared uncompressed size of `name` set to `size` (local header and central directory). */
function lyingSizes(bytes: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + out.readUInt16LE(i + 28)).toString() === name)
      out.writeUInt32LE(size, i + 24);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + out.readUInt16LE(i + 26)).toString() === name)
      out.writeUInt32LE(size, i + 22);
  }
  return out;
}

test.each([
  ["smaller", 100],
  ["larger", 50_000_000],
])("a zip whose declared sizes lie (%s than the data) is a damaged file, named by its part", async (_, size) => {
  const file = path.join(dir, `lyver-${size}.xlsx`);
  const bytes = lyingSizes(readFileSync(plain), "xl/sharedStrings.xml", size);
  expect(bytes.equals(readFileSync(plain))).toBe(false);
  writeFileSync(file, bytes);
  await refused(file, "beskadiget", "xl/sharedStrings.xml");
});

test("a Måling whose distance to Udgangspunkt overflows is an error on that row, not a null result", async () => {
  const rows = {
    ...workedExampleRows,
    Maal: workedExampleRows.Maal!.map((r) => (r.MålID === "M04" ? { ...r, Udgangspunkt: 1.7e308 } : r)),
    Opfoelgning: workedExampleRows.Opfoelgning!.map((r) => (r.OpfølgningID === "O06" ? { ...r, Måling: -1.7e308 } : r)),
  };
  const file = path.join(dir, "stor-maaling.xlsx");
  await writeBook(file, rows);
  const json = path.join(dir, "stor-maaling.json");
  const io = captureIo();
  expect(
    await runCli(["evaluate", file, "--year", "2026", "--out", path.join(dir, "stor.xlsx"), "--json", json], io),
  ).toBe(0);
  const model = JSON.parse(readFileSync(json, "utf8"));
  expect(model.basis.leftOut).toEqual([
    expect.objectContaining({
      sheet: "Opfølgning",
      row: 7,
      column: "Måling",
      reason: expect.stringMatching(/Udgangspunkt/),
    }),
  ]);
  // Every figure is a finite number or null for "no data", and M04 (its only follow-up left out) has no result.
  const figures = JSON.stringify(model);
  expect(figures).not.toMatch(/Infinity|NaN/);
  const krap = model.byMethod.find((m: { group: string }) => m.group === "KRAP");
  expect(krap).toEqual(expect.objectContaining({ goals: 0, partial: 0, mean: null }));

  const check = captureIo();
  expect(await runCli(["check", file], check)).toBe(1);
  expect(check.stdout.join("\n")).toMatch(/Opfølgning.*7.*Måling/);
});
