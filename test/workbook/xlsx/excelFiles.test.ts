/**
 * .xlsx files as Excel writes them, and saving files the command line hands on.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";

/** A workbook whose table XML has no headerRowCount attribute (Excel's default of one header row). */
async function excelStyleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Borgere");
  ws.addTable({
    name: "Borgere",
    ref: "B2",
    headerRow: true,
    totalsRow: false,
    columns: [{ name: "BorgerID" }, { name: "Målgruppe" }],
    rows: [
      ["B01", "Autismespektrum"],
      ["B02", "Udviklingshæmning"],
    ],
  } as unknown as ExcelJS.TableProperties);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const name = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml$/.test(f))!;
  const xml = (await zip.file(name)!.async("string")).replace(/\s*headerRowCount="1"/, "");
  zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array" });
}

const tableXml = async (data: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(data);
  const name = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml$/.test(f))!;
  return zip.file(name)!.async("string");
};

describe(".xlsx files", () => {
  test("a table saved by Excel (no headerRowCount) is read with its header, and saving keeps the header", async () => {
    const data = await excelStyleWorkbook();
    expect(await tableXml(data)).not.toContain("headerRowCount");
    const port = await XlsxWorkbookAdapter.fromBuffer(data);
    const t = (await port.readAll()).tables.Borgere!;
    expect(t.headerRow).toBe(2);
    expect(t.rows.map((r) => r.BorgerID)).toEqual(["B01", "B02"]);
    await port.upsert("Borgere", { citizenId: "B03", targetGroup: "Erhvervet hjerneskade" });
    const saved = await port.toBuffer();
    const xml = await tableXml(saved);
    expect(xml).toContain('ref="B2:C5"');
    expect(xml).not.toContain('headerRowCount="0"');
    const again = (await (await XlsxWorkbookAdapter.fromBuffer(saved)).readAll()).tables.Borgere!;
    expect(again.rows.map((r) => r.BorgerID)).toEqual(["B01", "B02", "B03"]);
  });

  test("a totals row is not read as data", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Metoder").addTable({
      name: "Metoder",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "Metode", totalsRowLabel: "I alt" },
        { name: "Aktiv", totalsRowFunction: "count" },
      ],
      rows: [["KRAP", "Ja"]],
    } as unknown as ExcelJS.TableProperties);
    const port = await XlsxWorkbookAdapter.fromBuffer(await wb.xlsx.writeBuffer());
    expect((await port.readAll()).tables.Metoder!.rows).toEqual([{ Metode: "KRAP", Aktiv: "Ja" }]);
  });

  test("a new row below a table that has something right under it is refused, not written over", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Mål");
    ws.addTable({
      name: "Maal",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "MålID" }, { name: "Mål" }],
      rows: [["M01", "x"]],
    } as unknown as ExcelJS.TableProperties);
    ws.getCell("B3").value = "en note under tabellen";
    const port = new XlsxWorkbookAdapter(wb);
    await expect(port.upsert("Maal", { goalId: "M02", text: "y" })).rejects.toThrow(
      "Der er ikke plads til en ny række under tabellen Maal på arket Mål (række 3 er i brug).",
    );
    expect(ws.getCell("B3").value).toBe("en note under tabellen");
  });

  test("the template and a report saved to a file open again with everything in place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "smorte-xlsx-"));
    try {
      const port = new XlsxWorkbookAdapter();
      await port.ensureTemplate();
      await port.upsert("Borgere", { citizenId: "B01", targetGroup: "Autismespektrum", enrolled: 46082 });
      await port.writeSheet({ name: "Årsevaluering 2026", blocks: [{ kind: "title", text: "Årsevaluering 2026" }] });
      await port.activateSheet("Årsevaluering 2026");
      await port.save(join(dir, "bog.xlsx"));
      const again = await XlsxWorkbookAdapter.open(join(dir, "bog.xlsx"));
      expect((await again.inspectTemplate()).complete).toBe(true);
      expect((await again.readAll()).tables.Borgere!.rows[0]).toMatchObject({ BorgerID: "B01", Indskrevet: 46082 });
      const full = await again.excel();
      expect(full.worksheets.map((w) => w.name)).toContain("Årsevaluering 2026");
      expect(full.views[0].activeTab).toBe(full.worksheets.findIndex((w) => w.name === "Årsevaluering 2026"));
      const borgere = full.getWorksheet("Borgere")!;
      expect(borgere.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(borgere.getColumn(1).width).toBe(12);
      // Drop-downs: Målgruppe from the Målgrupper table, Status from its fixed list, GAS −2..2.
      const dv = (ws: string, address: string) =>
        (
          again.workbook.getWorksheet(ws) as unknown as {
            dataValidations: { find(a: string): Record<string, unknown> };
          }
        ).dataValidations.find(address);
      expect(dv("Borgere", "C2")).toMatchObject({ type: "list", formulae: ['INDIRECT("Maalgrupper[Målgruppe]")'] });
      expect(dv("Mål", "S2")).toMatchObject({
        type: "list",
        formulae: ['"Aktiv,Afsluttet,Opgivet"'],
        errorStyle: "stop",
      });
      expect(dv("Opfølgning", "F2")).toMatchObject({ type: "whole", formulae: [-2, 2] });
      expect(dv("Kvalitetsmodel", "C10")).toMatchObject({
        type: "list",
        formulae: ['"Til stede,Ikke til stede,Ikke aktuel"'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a file that is not a workbook gives a Danish message", async () => {
    await expect(XlsxWorkbookAdapter.open(join(tmpdir(), "findes-ikke-smorte.xlsx"))).rejects.toThrow(
      "kan ikke læses som en Excel-projektmappe (.xlsx)",
    );
  });
});
