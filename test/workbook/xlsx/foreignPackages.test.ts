/**
 * Packages written by programs other than Excel and ExcelJS, as a user may bring them: SpreadsheetML
 * with a namespace prefix (`<x:row>`, the Open XML SDK), shared strings under another part name, and
 * dates as ISO 8601 `t="d"` cells (Excel's Strict Open XML format). Each is read like the plain package,
 * and report sheets grafted into it are listed in the workbook.
 */
import JSZip from "jszip";
import { SHEETS } from "../../../src/domain";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { XlsxPackage, isoDateSerial } from "../../../src/workbook/xlsx/package/xlsxPackage";
import { tags, unprefixed } from "../../../src/workbook/xlsx/package/xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Options {
  /** Write every SpreadsheetML element with this namespace prefix. */
  readonly prefix?: string;
  /** Part name of the shared strings (default xl/sharedStrings.xml). */
  readonly strings?: string;
  /** Write the follow-up dates as ISO `t="d"` cells instead of serials. */
  readonly isoDates?: boolean;
}

/** A one-sheet package with the table Opfoelgning (header row 1, two follow-ups). */
async function book(options: Options = {}): Promise<Uint8Array> {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings = options.strings ?? "xl/sharedStrings.xml";
  const date = (serial: number, iso: string): string =>
    options.isoDates ? `t="d"><${p}v>${iso}</${p}v>` : `><${p}v>${serial}</${p}v>`;
  const s = (i: number): string => `t="s"><${p}v>${i}</${p}v>`;
  const row = (r: number, cells: string[]): string =>
    `<${p}row r="${r}">${cells.map((c, i) => `<${p}c r="${"ABC"[i]}${r}" ${c}</${p}c>`).join("")}</${p}row>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/${strings}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${R}"><${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews><${p}sheets><${p}sheet name="${SHEETS.followUps}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="/${strings}"/></Relationships>`,
  );
  const texts = ["OpfølgningID", "MålID", "Dato", "O1", "M1", "O2"];
  zip.file(
    strings,
    `<?xml version="1.0"?><${p}sst ${ns} count="${texts.length}">${texts.map((t) => `<${p}si><${p}t>${t}</${p}t></${p}si>`).join("")}</${p}sst>`,
  );
  const rows = [
    row(1, [s(0), s(1), s(2)]),
    row(2, [s(3), s(4), date(45718, "2025-03-02T00:00:00")]),
    row(3, [s(5), s(4), date(45839.5, "2025-07-01T12:00:00")]),
  ];
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><${p}worksheet ${ns} xmlns:r="${R}"><${p}dimension ref="A1:C3"/><${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"/></${p}sheetViews><${p}sheetData>${rows.join("")}</${p}sheetData><${p}tableParts count="1"><${p}tablePart r:id="rId1"/></${p}tableParts></${p}worksheet>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0"?><${p}table ${ns} id="1" name="Opfoelgning" displayName="Opfoelgning" ref="A1:C3"><${p}tableColumns count="3"><${p}tableColumn id="1" name="OpfølgningID"/><${p}tableColumn id="2" name="MålID"/><${p}tableColumn id="3" name="Dato"/></${p}tableColumns></${p}table>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

const EXPECTED = {
  Opfoelgning: {
    sheet: SHEETS.followUps,
    headerRow: 1,
    headers: ["OpfølgningID", "MålID", "Dato"],
    rows: [
      { OpfølgningID: "O1", MålID: "M1", Dato: 45718 },
      { OpfølgningID: "O2", MålID: "M1", Dato: 45839.5 },
    ],
  },
};

describe("packages other programs write", () => {
  test("the plain package (the reference for the others)", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await book());
    expect((await port.readAll()).tables).toEqual(EXPECTED);
  });

  test("SpreadsheetML with a namespace prefix on every element is read the same", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await book({ prefix: "x" }));
    expect((await port.readAll()).tables).toEqual(EXPECTED);
  });

  test("shared strings under another part name are found through the workbook's relationships", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await book({ strings: "xl/strings/shared.xml" }));
    expect((await port.readAll()).tables).toEqual(EXPECTED);
  });

  test('ISO 8601 date cells (t="d", Excel\'s Strict format) are read as serials, the time as the fraction', async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await book({ isoDates: true }));
    expect((await port.readAll()).tables).toEqual(EXPECTED);
  });

  test("report sheets grafted into a prefixed package are listed in its workbook and can be read back", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await book({ prefix: "x" }));
    await port.writeSheet({
      name: "Årsevaluering 2025",
      blocks: [{ kind: "table", name: "Handleplan_2025", headers: ["Fokus"], rows: [["Søvn"]] }],
    });
    await port.activateSheet("Årsevaluering 2025");
    const saved = await port.toBuffer();
    const pkg = await XlsxPackage.load(saved);
    expect(pkg.sheets.map((s) => s.name)).toEqual([SHEETS.followUps, "Årsevaluering 2025"]);
    expect(pkg.tables.map((t) => t.name)).toEqual(["Opfoelgning", "Handleplan_2025"]);
    const plan = await pkg.readTable(pkg.table("Handleplan_2025")!);
    expect(plan.rows).toEqual([{ Fokus: "Søvn" }]);
    const again = await XlsxWorkbookAdapter.fromBuffer(saved);
    expect((await again.readAll()).tables).toEqual(EXPECTED);
    // Only the report sheet is selected, and the workbook opens on it.
    const zip = await JSZip.loadAsync(saved);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(tags(workbook, "workbookView")[0].activeTab).toBe("1");
    const userSheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(userSheet).not.toMatch(/tabSelected="1"/);
  });
});

describe("helpers", () => {
  test("unprefixed: the root's prefix becomes the default namespace; other documents are unchanged", () => {
    expect(unprefixed(`<?xml version="1.0"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>a</x:t></x:si></x:sst>`)).toBe(
      `<?xml version="1.0"?><sst xmlns="${MAIN}"><si><t>a</t></si></sst>`,
    );
    const plain = `<worksheet xmlns="${MAIN}" xmlns:mc="m"><mc:AlternateContent xmlns:x14="y"/><x14:a/></worksheet>`;
    expect(unprefixed(plain)).toBe(plain);
    // A prefixed root that also declares a default namespace is left alone.
    const mixed = `<x:worksheet xmlns:x="${MAIN}" xmlns="other"><row/></x:worksheet>`;
    expect(unprefixed(mixed)).toBe(mixed);
  });

  test("isoDateSerial: dates and date-times; anything else is null", () => {
    expect(isoDateSerial("2025-03-02")).toBe(45718);
    expect(isoDateSerial("2025-03-02T12:00:00")).toBe(45718.5);
    expect(isoDateSerial("2025-03-02T06:00:00Z")).toBe(45718.25);
    expect(isoDateSerial("2025-02-30")).toBeNull();
    expect(isoDateSerial("02-03-2025")).toBeNull();
    expect(isoDateSerial("tekst")).toBeNull();
  });
});
