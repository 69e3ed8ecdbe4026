/**
 * Charts and page set-up through Office.js, from the same description the .xlsx writer draws: the
 * four kinds over the same cells, at the same cell and size, A4 with the same orientation, repeated
 * rows and footer, and wrapped rows as tall as in the file - all queued on the sheet's last request,
 * so charts and print add no round trip.
 */
import { evaluateYear } from "../../../src/domain";
import { layoutSheet } from "../../../src/workbook/layout/blocks";
import { gridRowHeights } from "../../../src/workbook/layout/wrap";
import { footerSections } from "../../../src/workbook/office/pageSetup";
import { basisSheet } from "../../../src/workbook/reports/basisSheet";
import { qualitySheetGrid } from "../../../src/workbook/template/qualityModel";
import { workedExampleData } from "../../support/workedExampleData";
import { FOUR_CHARTS } from "../xlsx/charts/fourCharts";
import { officeHarness, seedFake } from "./harness";

describe("charts drawn with Excel's chart API", () => {
  test("bar, column, line and scatter charts over the same cells as in the file, at the same place and size", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet(FOUR_CHARTS);
    const charts = h.fake.state.sheet(FOUR_CHARTS.name)!.charts;
    const grid = layoutSheet(FOUR_CHARTS);
    expect(charts.map((c) => c.type)).toEqual(["BarClustered", "ColumnClustered", "LineMarkers", "XYScatter"]);
    expect(charts.map((c) => c.position)).toEqual(
      grid.charts!.map((c) => `${"ABCDEFGH"[c.anchor.col - 1]}${c.anchor.row}`),
    );
    expect(charts.every((c) => c.width === 384 && c.height === 270)).toBe(true);
    const [bar, column, , scatter] = charts;
    expect(bar.axes).toEqual({
      "valueAxis.minimum": 0,
      "valueAxis.maximum": 1,
      "valueAxis.numberFormat": "0%",
      "categoryAxis.reversePlotOrder": true,
      "categoryAxis.position": "Maximum",
    });
    expect(column.axes).toEqual({ "valueAxis.title.text": "Hændelser" });
    expect(scatter.series).toEqual([
      { name: "Tilbud", values: "'Diagrammer 2026'!C60:C62", xValues: "'Diagrammer 2026'!B60:B62" },
      ...["Sektoren", "Nedre grænse", "Øvre grænse"].map((name, i) => ({
        name,
        values: `'Diagrammer 2026'!${"BCD"[i]}79:${"BCD"[i]}81`,
        xValues: "'Diagrammer 2026'!A79:A81",
        chartType: "XYScatterLinesNoMarkers",
        markerStyle: "None",
        lineStyle: "Dash",
      })),
    ]);
  });

  test("charts and page set-up cost no extra round trip", async () => {
    const plain = officeHarness(seedFake({}));
    await plain.port.writeSheet({ ...FOUR_CHARTS, charts: [] });
    const drawn = officeHarness(seedFake({}));
    await drawn.port.writeSheet(FOUR_CHARTS);
    expect(drawn.fake.lastRun.syncs).toBe(plain.fake.lastRun.syncs);
  });

  test("a chart with no data is not drawn", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet({
      name: "Tom",
      blocks: [{ kind: "table", headers: ["Metode", "2026"], rows: [] }],
      charts: [{ title: "Intet", dataBlock: 0 }],
    });
    expect(h.fake.state.sheet("Tom")!.charts).toEqual([]);
  });
});

describe("page set-up through Office.js", () => {
  test("A4, orientation, one page wide, repeated rows and the footer's three parts", async () => {
    const h = officeHarness(seedFake({}));
    const model = evaluateYear(workedExampleData(), 2026);
    const content = basisSheet(model, "15-01-2027 kl. 10:30");
    await h.port.writeSheet(content);
    const header = layoutSheet(content).tables.find((t) => t.name)!.row;
    expect(h.fake.state.sheet(content.name)!.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${header}:$${header}`,
      "footer.leftFooter": model.offer.name,
      "footer.centerFooter": "Grundlag 2026 – side &P af &N",
      "footer.rightFooter": "Lavet 15-01-2027 kl. 10:30",
    });
  });

  test("footer codes split into left, centre and right, keeping a literal &", () => {
    expect(footerSections("&LBo && Co&CArk – side &P af &N&RLavet 1-1-2027")).toEqual({
      left: "Bo && Co",
      center: "Ark – side &P af &N",
      right: "Lavet 1-1-2027",
    });
  });

  test("the Kvalitetsmodel's wrapped rows get the heights the file gets", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.ensureTemplate();
    const sheet = h.fake.state.sheet("Kvalitetsmodel")!;
    const expected = gridRowHeights(qualitySheetGrid());
    expect(expected.size).toBeGreaterThan(0);
    for (const [row, height] of expected) expect(sheet.rowHeights?.get(row)).toBe(height);
  });
});
