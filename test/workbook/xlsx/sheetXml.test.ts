import { StyleBook, sheetXml, tableXml } from "../../../src/workbook/xlsx/package/sheetXml";
import { layoutSheet } from "../../../src/workbook/layout/blocks";
import { decodeXml } from "../../../src/workbook/xlsx/package/xml";
import { FORMAT_CODES } from "../../../src/workbook/layout/grid";

describe("report sheets written as SpreadsheetML", () => {
  const grid = layoutSheet({
    name: "R",
    blocks: [
      { kind: "title", text: "Titel <1> & _x0041_" },
      {
        kind: "keyValues",
        rows: [
          ["Andel", 0.25],
          ["Formel", { formula: "=SUM(B2:B2)" }],
        ],
        formats: ["percent", "decimal"],
      },
      {
        kind: "table",
        name: "T1",
        headers: ["A", "B"],
        rows: [
          ["=tekst", 1],
          ["x\u0001y", true],
        ],
      },
    ],
  });
  const book = new StyleBook();
  const xml = sheetXml(grid, book);

  test("text is escaped and kept as text, control characters and literal _xHHHH_ survive a round trip", () => {
    expect(xml).toContain(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Titel &lt;1&gt; &amp; _x005F_x0041_</t></is></c>',
    );
    expect(decodeXml("Titel &lt;1&gt; &amp; _x005F_x0041_")).toBe("Titel <1> & _x0041_");
    expect(xml).toContain("x_x0001_y");
    expect(xml).toMatch(/<c r="A5" s="\d+" t="inlineStr"><is><t xml:space="preserve">=tekst<\/t><\/is><\/c>/);
  });

  test("formulas, numbers and booleans are written as such, with the tables referenced as rId1…", () => {
    expect(xml).toContain("<f>SUM(B2:B2)</f>");
    expect(xml).toContain('<c r="B5"><v>1</v></c>');
    expect(xml).toContain('<c r="B6" t="b"><v>1</v></c>');
    expect(xml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    expect(tableXml(grid.tables[0], 9)).toContain('id="9" name="T1" displayName="T1" ref="A4:B6"');
  });

  test("the styles part holds exactly the formats used: percent, decimal, text and the bold fonts", () => {
    const styles = book.stylesXml();
    expect(styles).toContain(`formatCode="${FORMAT_CODES.percent}"`);
    expect(styles).toContain(FORMAT_CODES.decimal === "0.00" ? 'numFmtId="2"' : `formatCode="${FORMAT_CODES.decimal}"`);
    expect(styles).toMatch(/<xf numFmtId="49" /);
    // default, title, bold key/header, percent, decimal, text
    expect(styles).toContain('<cellXfs count="6">');
  });
});
