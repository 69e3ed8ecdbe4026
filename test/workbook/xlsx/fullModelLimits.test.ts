/**
 * The full ExcelJS model (what editing a file opens) under the same limits as the package reader: a
 * table declared as the whole sheet is read only to its last stored row, one declared beyond Excel's
 * sheet is refused, and a 1904 workbook's report dates and chart are written in its own system.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { PackageLimitError } from "../../../src/workbook/xlsx/package/limits";
import { DAYS_1904, contentFor1904, tableFrom1904 } from "../../../src/workbook/dateSystem";
import { chartXml } from "../../../src/workbook/xlsx/charts/chartXml";
import type { SheetContent } from "../../../src/workbook/port";

jest.setTimeout(120_000);

async function bookWithTableRef(ref: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Metoder");
  ws.addTable({
    name: "Metoder",
    ref: "A1",
    columns: [{ name: "Metode" }, { name: "Beskrivelse" }],
    rows: [
      ["KRAP", "Kognitiv"],
      ["Low Arousal", "Lavt spændingsniveau"],
    ],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((n) => /^xl\/tables\/.+\.xml$/.test(n))!;
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(/\bref="[^"]+"/g, `ref="${ref}"`));
  return zip.generateAsync({ type: "uint8array" });
}

test("a table declared as A1:XFD1048576 is read in the full model up to its last stored row", async () => {
  const book = await XlsxWorkbookAdapter.fromBuffer(await bookWithTableRef("A1:XFD1048576"));
  await book.excel();
  const before = process.memoryUsage().heapUsed;
  const t = await book.readTable("Metoder");
  expect(t!.rows.map((r) => r.Metode)).toEqual(["KRAP", "Low Arousal"]);
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(500 * 1024 * 1024);
});

test("a table declared beyond Excel's sheet is refused by the full model as by the package reader", async () => {
  const bytes = await bookWithTableRef("A1:B3");
  const book = await XlsxWorkbookAdapter.fromBuffer(bytes);
  const wb = await book.excel();
  const table = (
    wb.getWorksheet("Metoder") as unknown as { getTables(): Array<{ table: { tableRef: string } }> }
  ).getTables()[0].table;
  table.tableRef = "A1:XFE1048577";
  await expect(book.readTable("Metoder")).rejects.toThrow(PackageLimitError);
});

test("report dates are written in the 1904 system there; contract dates are read into the 1900 system", () => {
  const content: SheetContent = {
    name: "Status",
    blocks: [
      {
        kind: "keyValues",
        rows: [
          ["Fra", 46000],
          ["Antal", 3],
        ],
        formats: ["date", "integer"],
      },
      { kind: "table", headers: ["Dato", "Værdi"], rows: [[46001, 0.5]], formats: ["date", "percent"] },
    ],
  };
  const shifted = contentFor1904(content);
  expect(shifted.blocks[0]).toEqual(
    expect.objectContaining({
      rows: [
        ["Fra", 46000 - DAYS_1904],
        ["Antal", 3],
      ],
    }),
  );
  expect(shifted.blocks[1]).toEqual(expect.objectContaining({ rows: [[46001 - DAYS_1904, 0.5]] }));
  const read = tableFrom1904("Opfoelgning", { headers: ["Dato", "Måling"], rows: [{ Dato: 44620, Måling: 3 }] });
  expect(read.rows).toEqual([{ Dato: 44620 + DAYS_1904, Måling: 3 }]);
  expect(tableFrom1904("Opfoelgning", { rows: [{ Dato: "01-03-2026" }] }).rows).toEqual([{ Dato: "01-03-2026" }]);
});

test("a chart in a 1904 workbook says so, so its cached dates show the right days", () => {
  const chart = {
    kind: "line" as const,
    title: "Mål",
    series: [],
    anchor: { row: 1, col: 1 },
    width: 400,
    height: 200,
  };
  expect(chartXml(chart, "Status", true)).toContain('<c:date1904 val="1"/>');
  expect(chartXml(chart, "Status")).toContain('<c:date1904 val="0"/>');
});
