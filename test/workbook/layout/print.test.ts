/**
 * Every report sheet prints on A4: orientation that fits its width, one page wide, the title row (or
 * a long table's header row) on every page, a footer with the offer, the sheet, the page and when the
 * sheet was made, and rows as tall as their wrapped text - in the .xlsx files and in Excel alike.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { evaluateYear } from "../../../src/domain";
import { layoutSheet } from "../../../src/workbook/layout/blocks";
import { footerCodes } from "../../../src/workbook/layout/print";
import { gridRowHeights, LINE_HEIGHT } from "../../../src/workbook/layout/wrap";
import { basisSheet } from "../../../src/workbook/reports/basisSheet";
import { evaluationSheet } from "../../../src/workbook/reports/evaluationSheet";
import { qualitySheetGrid } from "../../../src/workbook/template/qualityModel";
import { QUALITY_HEADER_ROW } from "../../../src/workbook/template/qualitySheet";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { workedExampleData } from "../../support/workedExampleData";
import { seedXlsxBytes } from "../xlsx/seedXlsx";

const model = evaluateYear(workedExampleData(), 2026);
const MADE = "15-01-2027 kl. 10:30";

describe("page set-up of the report sheets", () => {
  test("the wide evaluation sheet prints landscape, the narrow basis sheet portrait with its table header on every page", () => {
    const evaluation = layoutSheet(evaluationSheet(model, { madeAt: MADE }));
    expect(evaluation.print?.orientation).toBe("landscape");
    expect(evaluation.print?.repeatRows).toEqual({ from: 1, to: 1 });
    const basis = layoutSheet(basisSheet(model, MADE));
    expect(basis.print?.orientation).toBe("landscape");
    const header = basis.tables.find((t) => t.name)!;
    expect(basis.print?.repeatRows).toEqual({ from: header.row, to: header.row });
    const narrow = layoutSheet({ name: "Smal", blocks: [{ kind: "title", text: "Smal" }], widths: [30, 20, 20] });
    expect(narrow.print?.orientation).toBe("portrait");
  });

  test("the footer names the offer, the sheet with page numbers, and when the sheet was made", () => {
    const grid = layoutSheet(evaluationSheet(model, { madeAt: MADE }));
    expect(grid.print?.footer).toEqual({ offer: model.offer.name, sheet: "Årsevaluering 2026", madeAt: MADE });
    expect(footerCodes({ offer: "Bo & Co", sheet: "Årsevaluering 2026", madeAt: MADE })).toBe(
      `&LBo && Co&CÅrsevaluering 2026 – side &P af &N&RLavet ${MADE}`,
    );
  });

  test("Kvalitetsmodel: marker texts longer than a line get rows tall enough, so they no longer run into the next row", () => {
    const grid = qualitySheetGrid();
    const heights = gridRowHeights(grid);
    const long = grid.cells.filter((c) => c.col === 2 && typeof c.value === "string" && c.value.length > 110);
    expect(long.length).toBeGreaterThan(0);
    for (const c of long) expect(heights.get(c.row)).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
    expect(grid.print?.repeatRows).toEqual({ from: QUALITY_HEADER_ROW, to: QUALITY_HEADER_ROW });
  });

  test("Kvalitetsmodel in a file: tall rows keep their height, and the number beside a wrapped text sits at the top", async () => {
    const adapter = new XlsxWorkbookAdapter();
    await adapter.ensureTemplate();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await adapter.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Kvalitetsmodel")!;
    const heights = gridRowHeights(qualitySheetGrid());
    const [row, height] = [...heights.entries()][0];
    expect(ws.getRow(row).height).toBe(height);
    expect(ws.getCell(row, 1).alignment).toMatchObject({ vertical: "top" });
    expect(ws.getCell(row, 2).alignment).toMatchObject({ vertical: "top", wrapText: true });
  });

  test("a sheet grafted into a file carries A4, orientation, fit to width, footer, row heights and its repeated rows", async () => {
    const adapter = await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes({ Borgere: [{ BorgerID: "B01" }] }));
    await adapter.writeSheet(basisSheet(model, MADE));
    const zip = await JSZip.loadAsync(await adapter.toBuffer());
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const index = sheets.indexOf("Grundlag 2026");
    const header = layoutSheet(basisSheet(model, MADE)).tables.find((t) => t.name)!.row;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'Grundlag 2026'!$${header}:$${header}</definedName>`,
    );
    const sheetPath = Object.keys(zip.files).find(
      (p) => /worksheets\/sheet\d+\.xml$/.test(p) && p !== "xl/worksheets/sheet1.xml",
    );
    const xml = await zip.file(sheetPath!)!.async("string");
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain("<headerFooter><oddFooter>");
    expect(xml).toContain("side &amp;P af &amp;N");
  });

  test("a sheet in a workbook built by ExcelJS gets the same set-up", async () => {
    const adapter = new XlsxWorkbookAdapter();
    await adapter.writeSheet(basisSheet(model, MADE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await adapter.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Grundlag 2026")!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    const header = layoutSheet(basisSheet(model, MADE)).tables.find((t) => t.name)!.row;
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.headerFooter.oddFooter).toContain("Grundlag 2026 – side &P af &N");
  });
});
