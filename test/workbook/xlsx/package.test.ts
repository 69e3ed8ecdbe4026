/**
 * Reading tables straight from the package XML, on a file written by hand the way other programs
 * write them (Excel, LibreOffice): shared and inline strings, rich text, entities, cells without a
 * reference, booleans, errors, formula results, a totals row.
 */
import JSZip from "jszip";
import { XlsxPackage } from "../../../src/workbook/xlsx/package/xlsxPackage";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function handMadeBook(sheetData: string, tableAttrs: string, date1904 = false): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${NS}>${date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="Opfølgning" sheetId="3" r:id="rId7"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId8" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst ${NS} count="4" uniqueCount="4"><si><t>OpfølgningID</t></si><si><t>MålID</t></si><si><r><t>Hus </t></r><r><rPr><b/></rPr><t xml:space="preserve">&amp; have</t></r><rPh><t>ハ</t></rPh></si><si><t>Linje 1_x000D_</t></si></sst>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0"?><table ${NS} id="5" name="Opfoelgning" displayName="Opfoelgning" ${tableAttrs}><tableColumns count="4"><tableColumn id="1" name="OpfølgningID"/><tableColumn id="2" name="MålID"/><tableColumn id="3" name="Note"/><tableColumn id="4" name="GAS"/></tableColumns></table>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

// Header in row 2 from column B; a blank row 3 written without cells; cells of row 5 without references.
const SHEET = [
  '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>Note</t></is></c><c r="E2" t="str"><v>GAS</v></c></row>',
  '<row r="3"/>',
  '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><v>1001</v></c><c r="C4" t="s"><v>2</v></c><c r="D4" t="inlineStr"><is><r><t>a&lt;b</t></r><r><t> c</t></r></is></c><c r="E4"><f>1+1</f><v>2</v></c></row>',
  '<row r="5"><c/><c t="inlineStr"><is><t>O2</t></is></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><v>-1</v></c></row>',
  '<row r="6"><c r="B6" t="inlineStr"><is><t>I alt</t></is></c><c r="E6"><f>SUBTOTAL(109,E3:E5)</f><v>1</v></c></row>',
].join("");

describe("reading tables straight from the package XML", () => {
  test("values of every cell kind, rich and escaped text, cells without references, a totals row left out", async () => {
    const pkg = await XlsxPackage.load(await handMadeBook(SHEET, 'ref="B2:E6" totalsRowCount="1"'));
    expect(pkg.tables.map((t) => [t.name, t.sheet, t.row, t.col, t.headerRows, t.totalsRows])).toEqual([
      ["Opfoelgning", "Opfølgning", 2, 2, 1, 1],
    ]);
    const t = await pkg.readTable(pkg.tables[0]);
    expect(t.headerRow).toBe(2);
    expect(t.headers).toEqual(["OpfølgningID", "MålID", "Note", "GAS"]);
    expect(t.rows).toEqual([
      { OpfølgningID: "", MålID: "", Note: "", GAS: "" },
      { OpfølgningID: 1001, MålID: "Hus & have", Note: "a<b c", GAS: 2 },
      { OpfølgningID: "O2", MålID: true, Note: "#N/A", GAS: -1 },
    ]);
  });

  // ExcelJS cannot read cells without references; the full-model comparisons use a sheet that has them.
  const WITH_REFS = SHEET.replace(
    '<row r="5"><c/><c t="inlineStr">',
    '<row r="5"><c r="A5"/><c r="B5" t="inlineStr">',
  ).replace(
    '<c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><v>-1</v></c>',
    '<c r="C5" t="b"><v>1</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5"><v>-1</v></c>',
  );

  test("the adapter opened on such a file gives the same snapshot as the full model would", async () => {
    const bytes = await handMadeBook(WITH_REFS, 'ref="B2:E6" totalsRowCount="1"');
    const light = await XlsxWorkbookAdapter.fromBuffer(bytes);
    const full = await XlsxWorkbookAdapter.fromBuffer(bytes);
    await full.excel();
    expect(await light.readAll()).toEqual(await full.readAll());
  });

  test("a workbook counting dates from 1904 is read light, with the same snapshot as the full model", async () => {
    const bytes = await handMadeBook(WITH_REFS, 'ref="B2:E5"', true);
    const pkg = await XlsxPackage.load(bytes);
    expect(pkg.date1904).toBe(true);
    const light = await XlsxWorkbookAdapter.fromBuffer(bytes);
    expect(() => light.workbook).toThrow();
    const full = await XlsxWorkbookAdapter.fromBuffer(bytes);
    await full.excel();
    expect(await light.readAll()).toEqual(await full.readAll());
  });
});
