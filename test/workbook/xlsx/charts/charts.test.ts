/**
 * Real charts in the .xlsx files the command line writes: DrawingML chart parts in the schema's
 * element order, drawing parts with their anchors, relationships and content types, from the same
 * chart description every writer draws; a chart with nothing to draw is not written.
 */
import JSZip from "jszip";
import { layoutSheet } from "../../../../src/workbook/layout/blocks";
import { chartXml } from "../../../../src/workbook/xlsx/charts/chartXml";
import { withDrawing } from "../../../../src/workbook/xlsx/charts/addCharts";
import { XlsxWorkbookAdapter } from "../../../../src/workbook/xlsx/adapter";
import type { SheetContent } from "../../../../src/workbook/port";
import { seedXlsxBytes } from "../seedXlsx";
import { chartOrderProblems } from "./chartSchema";
import { FOUR_CHARTS } from "./fourCharts";

const partsOf = async (bytes: Uint8Array): Promise<JSZip> => JSZip.loadAsync(bytes);
const text = async (zip: JSZip, path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";

describe("the chart description laid out on a sheet", () => {
  const grid = layoutSheet(FOUR_CHARTS);

  test("each chart sits beside its data table, one empty column to the right, and the next table starts below it", () => {
    expect(grid.charts?.map((c) => [c.kind, c.anchor])).toEqual([
      ["bar", { row: 2, col: 5 }],
      ["column", { row: 21, col: 5 }],
      ["line", { row: 40, col: 4 }],
      ["scatter", { row: 59, col: 5 }],
    ]);
    expect(grid.tables.map((t) => t.row)).toEqual([2, 21, 40, 59, 78]);
  });

  test("series point at the cells of their table: names in the header, categories or x values, values", () => {
    const [bar, , , scatter] = grid.charts ?? [];
    expect(bar.series.map((s) => [s.name, s.nameCell, s.categories, s.values, s.numbers])).toEqual([
      [
        "Gennemsnit 2026",
        { row: 2, col: 2 },
        { row: 3, col: 1, rowCount: 2, colCount: 1 },
        { row: 3, col: 2, rowCount: 2, colCount: 1 },
        [0.5, 0.5],
      ],
      [
        "Gennemsnit 2025",
        { row: 2, col: 3 },
        { row: 3, col: 1, rowCount: 2, colCount: 1 },
        { row: 3, col: 3, rowCount: 2, colCount: 1 },
        [1, null],
      ],
    ]);
    expect(scatter.series.map((s) => [s.name, s.categories.row, s.categories.col, s.line ?? false])).toEqual([
      ["Tilbud", 60, 2, false],
      ["Sektoren", 79, 1, true],
      ["Nedre grænse", 79, 1, true],
      ["Øvre grænse", 79, 1, true],
    ]);
  });

  test("a chart over a table without rows, or without a single number, is left out", () => {
    const empty: SheetContent = {
      name: "Tom",
      blocks: [
        { kind: "table", headers: ["Metode", "2026"], rows: [] },
        { kind: "table", headers: ["Metode", "2026"], rows: [["KRAP", null]] },
      ],
      charts: [
        { title: "Ingen rækker", dataBlock: 0 },
        { title: "Ingen tal", dataBlock: 1 },
      ],
    };
    expect(layoutSheet(empty).charts).toEqual([]);
  });
});

describe("chart parts follow the chart schema's element order (Excel refuses them otherwise)", () => {
  const grid = layoutSheet(FOUR_CHARTS);

  test.each(["bar", "column", "line", "scatter"])("the %s chart", async (kind) => {
    const chart = grid.charts!.find((c) => c.kind === kind)!;
    const xml = chartXml(chart, grid.name);
    expect(await chartOrderProblems(xml)).toEqual([]);
  });

  test("the check finds an element out of order and a missing required one", async () => {
    const xml = chartXml(grid.charts![0], grid.name);
    const swapped = xml.replace(/(<c:barDir val="bar"\/>)(<c:grouping val="clustered"\/>)/, "$2$1");
    expect(await chartOrderProblems(swapped)).toEqual([expect.stringContaining("<barDir> comes after")]);
    const noAxis = xml.replace(/<c:crossAx val="\d+"\/>/, "");
    expect((await chartOrderProblems(noAxis)).join("\n")).toContain("lacks <crossAx>");
  });

  test("the bar chart lists methods top to bottom as the table does, on a 0-100 % axis, with the values as cache", () => {
    const xml = chartXml(grid.charts![0], grid.name);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<c:orientation val="maxMin"/>');
    expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(xml).toContain("<c:f>'Diagrammer 2026'!$B$3:$B$4</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>KRAP</c:v></c:pt>');
    // An empty figure (no result last year) is a gap, not a zero.
    expect(xml).toContain(
      '<c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt></c:numCache>',
    );
  });

  test("the line chart shows dates on its category axis; the scatter's lines have no markers", () => {
    const line = chartXml(grid.charts![2], grid.name);
    expect(line).toContain('<c:numFmt formatCode="dd-mm-yyyy" sourceLinked="0"/>');
    const scatter = chartXml(grid.charts![3], grid.name);
    expect(scatter.match(/<c:symbol val="none"\/>/g)).toHaveLength(3);
    expect(scatter.match(/<c:symbol val="circle"\/>/g)).toHaveLength(1);
  });
});

describe("the package around the charts", () => {
  test("a <drawing> element goes where the worksheet schema wants it: before tableParts and extLst", () => {
    expect(withDrawing('<worksheet><sheetData/><pageSetup/><tableParts count="1"/></worksheet>', "rId3")).toBe(
      '<worksheet><sheetData/><pageSetup/><drawing r:id="rId3"/><tableParts count="1"/></worksheet>',
    );
    expect(withDrawing("<worksheet><sheetData/><headerFooter/></worksheet>", "rId1")).toBe(
      '<worksheet><sheetData/><headerFooter/><drawing r:id="rId1"/></worksheet>',
    );
  });

  const checkPackage = async (bytes: Uint8Array): Promise<void> => {
    const zip = await partsOf(bytes);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(4);
    const drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(1);
    const types = await text(zip, "[Content_Types].xml");
    for (const c of charts)
      expect(types).toContain(
        `PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
    expect(types).toContain(
      `PartName="/${drawings[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`,
    );
    const drawingRels = await text(zip, drawings[0].replace("drawings/", "drawings/_rels/") + ".rels");
    expect(drawingRels.match(/relationships\/chart"/g)).toHaveLength(4);
    const drawing = await text(zip, drawings[0]);
    expect(drawing.match(/<xdr:oneCellAnchor>/g)).toHaveLength(4);
    expect(drawing).toContain('descr="Målopfyldelse pr. metode"');
    for (const c of charts) expect(await chartOrderProblems(await text(zip, c))).toEqual([]);
    // The sheet refers to its drawing, and the drawing relationship resolves.
    const wb = await XlsxWorkbookAdapter.fromBuffer(bytes);
    expect(await wb.readSheetTable(FOUR_CHARTS.name, "Opf_M01")).not.toBeNull();
  };

  test("a new workbook (ExcelJS model) gets the drawing and chart parts", async () => {
    const adapter = new XlsxWorkbookAdapter();
    await adapter.writeSheet(FOUR_CHARTS);
    await checkPackage(await adapter.toBuffer());
  });

  test("a report sheet grafted into a user's file gets them too, and writing it again leaves no stray charts", async () => {
    const original = await seedXlsxBytes({ Borgere: [{ BorgerID: "B01", Målgruppe: "X" }] });
    const first = await XlsxWorkbookAdapter.fromBuffer(original);
    await first.writeSheet(FOUR_CHARTS);
    const once = await first.toBuffer();
    await checkPackage(once);
    const again = await XlsxWorkbookAdapter.fromBuffer(once);
    await again.writeSheet(FOUR_CHARTS);
    await checkPackage(await again.toBuffer());
  });

  test("a sheet whose chart has no data gets no drawing at all", async () => {
    const adapter = new XlsxWorkbookAdapter();
    await adapter.writeSheet({
      name: "Tom",
      blocks: [{ kind: "table", headers: ["Metode", "2026"], rows: [] }],
      charts: [{ title: "Intet", dataBlock: 0 }],
    });
    const zip = await partsOf(await adapter.toBuffer());
    expect(Object.keys(zip.files).filter((p) => /chart|drawing/.test(p))).toEqual([]);
  });
});
