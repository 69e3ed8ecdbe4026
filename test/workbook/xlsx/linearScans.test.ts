/**
 * The XML scans of the package reader and the graft take time linear in a part's length. A crafted
 * part with half a million unclosed tags, or a tag with a half-megabyte run of name characters, kept
 * the former regular expressions (a lazy body, `[^>]*` around a literal) busy for minutes; each of
 * these ends within the test's timeout and gives what a well-formed part would.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../../../src/cli/run";
import { eachCell, eachRow } from "../../../src/workbook/xlsx/package/xlsxPackage";
import { attributes, elements, tags, textOf } from "../../../src/workbook/xlsx/package/xml";
import { workedExampleRows } from "../../fixtures/workedExample";
import { captureIo, tempDir, writeBook } from "../../cli/support";

jest.setTimeout(60_000);

const MANY = 500_000;

test("elements: unclosed openings are skipped, closed and self-closing elements found, in order", () => {
  const xml = `${"<row>".repeat(MANY)}<row r="7"><c r="B7"><v>1</v></c></row><row r="8"/>`;
  const rows: Array<[number, string]> = [];
  eachRow(xml, (n, body) => {
    rows.push([n, body]);
    return true;
  });
  // The first opening's body runs to the only closing tag, as the pattern it replaces read it.
  expect(rows).toHaveLength(2);
  expect(rows[1]).toEqual([8, ""]);
  const cells: number[] = [];
  eachCell(`${"<c>".repeat(MANY)}<c r="C1"/>`, (col) => {
    cells.push(col);
    return true;
  });
  expect(cells).toEqual([3]);
  expect([...elements("<c:x/><col/><c/><c a='1'>v</c>", "c")].map((e) => [e.attrs, e.inner])).toEqual([
    ["", null],
    [" a='1'", "v"],
  ]);
});

test("attributes, tags and textOf on crafted runs", () => {
  expect(attributes(`${"a".repeat(MANY)} name="Borgere" r:id='rId1'`)).toEqual({ name: "Borgere", "r:id": "rId1" });
  expect(tags(`${"<sheet".repeat(MANY)}`, "sheet")).toEqual([]);
  expect(tags('<sheet name="A"/><sheets><sheet name="B">', "sheet")).toEqual([{ name: "A" }, { name: "B" }]);
  expect(textOf(`<t>Hus</t>${"<rPh>".repeat(MANY)}`)).toBe("Hus");
  expect(textOf('<r><t>Hus </t></r><rPh sb="0"><t>x</t></rPh><r><t xml:space="preserve">Nord</t></r>')).toBe(
    "Hus Nord",
  );
});

test("a workbook whose sheet and styles parts hold half a million unclosed tags is read and evaluated", async () => {
  const dir = tempDir();
  const plain = path.join(dir, "almindelig.xlsx");
  await writeBook(plain, workedExampleRows);
  const zip = await JSZip.loadAsync(readFileSync(plain));
  const styles = await zip.file("xl/styles.xml")!.async("string");
  expect(styles).toContain("</cellXfs>");
  zip.file("xl/styles.xml", styles.replace("</cellXfs>", `${"<xf>".repeat(MANY)}</cellXfs>`));
  for (const f of Object.values(zip.files).filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x.name))) {
    const xml = await f.async("string");
    zip.file(f.name, xml.replace("</worksheet>", `${"<row><c>".repeat(MANY / 2)}</worksheet>`));
  }
  const file = path.join(dir, "lavet.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const out = (name: string) => path.join(dir, name);
  const a = captureIo();
  const b = captureIo();
  expect(await runCli(["evaluate", plain, "--year", "2026", "--out", out("a.xlsx"), "--json", out("a.json")], a)).toBe(
    0,
  );
  expect(await runCli(["evaluate", file, "--year", "2026", "--out", out("b.xlsx"), "--json", out("b.json")], b)).toBe(
    0,
  );
  expect(readFileSync(out("b.json"), "utf8")).toBe(readFileSync(out("a.json"), "utf8"));
});
