/**
 * Report sheets through Office.js: large sheets go in chunks below Excel on the web's 5 MB request
 * limit with calculation suspended, and the chart is a clustered bar chart of the data block.
 */
import type { SheetContent } from "../../../src/workbook/port";
import { GRUNDLAG_HEADERS } from "../support/basisHeaders";
import { officeHarness, seedFake } from "./harness";

/** A basis-like sheet: 20,000 units × 10 columns. */
function bigSheet(rows: number): SheetContent {
  return {
    name: "Grundlag 2026",
    blocks: [
      { kind: "title", text: "Grundlag 2026" },
      {
        kind: "table",
        name: "Grundlag2026",
        headers: GRUNDLAG_HEADERS.slice(0, 10), // all but Vægt
        rows: Array.from({ length: rows }, (_, i) => [
          `M${i}`,
          `B${i % 2000}`,
          "Udviklingshæmning",
          "Hus A",
          "Low Arousal",
          0.5,
          "Delvist opnået",
          46100,
          `O${i}`,
          0,
        ]),
        formats: ["text", "text", "text", "text", "text", "percent", "text", "date", "text", "integer"],
      },
    ],
  };
}

describe("report sheets through Office.js", () => {
  test("a 20,000-row sheet is written in requests below 5 MB, each with calculation suspended", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet(bigSheet(20_000));
    const run = h.fake.lastRun;
    expect(Math.max(...run.requestBytes)).toBeLessThan(5_000_000);
    // Every request that carried cells (more than the few loads of the first sync) suspended calculation.
    const writing = run.requestBytes.map((b, i) => (b > 10_000 ? i + 1 : 0)).filter((n) => n > 0);
    expect(writing.length).toBeGreaterThan(0);
    for (const n of writing) expect(run.suspendedSyncs).toContain(n);
    const t = await h.port.readSheetTable("Grundlag 2026", "Grundlag2026");
    expect(t?.rows).toHaveLength(20_000);
    expect(t?.rows[19_999]).toMatchObject({ MålID: "M19999", Værdi: 0.5, Dato: 46100 });
  });

  test("with a small request limit the same sheet is cut into several chunks, each within the limit", async () => {
    const h = officeHarness(seedFake({}), { maxRequestBytes: 100_000 });
    await h.port.writeSheet(bigSheet(3_000));
    const run = h.fake.lastRun;
    const chunks = run.requestBytes.filter((b) => b > 10_000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const b of run.requestBytes) expect(b).toBeLessThanOrEqual(100_000);
    expect((await h.port.readSheetTable("Grundlag 2026", "Grundlag2026"))?.rows).toHaveLength(3_000);
  });

  test("the chart is a clustered bar chart over the data table's columns, with its title, beside the data", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet({
      name: "Årsevaluering 2026",
      blocks: [
        { kind: "title", text: "Årsevaluering 2026" },
        {
          kind: "table",
          headers: ["Metode", "2026", "2025"],
          rows: [
            ["KRAP", 0.5, 1],
            ["Low Arousal", 0.5, null],
          ],
        },
      ],
      charts: [{ title: "Gennemsnitlig målopfyldelse pr. metode", dataBlock: 1 }],
    });
    const sheet = h.fake.state.sheet("Årsevaluering 2026")!;
    expect(sheet.charts).toEqual([
      {
        type: "BarClustered",
        source: "'Årsevaluering 2026'!B3:B4",
        seriesBy: "Columns",
        title: "Gennemsnitlig målopfyldelse pr. metode",
        position: "E2",
        width: 384,
        height: 270,
        legendPosition: "Bottom",
        series: [
          { name: "2026", values: "'Årsevaluering 2026'!B3:B4", xValues: "'Årsevaluering 2026'!A3:A4" },
          { name: "2025", values: "'Årsevaluering 2026'!C3:C4", xValues: "'Årsevaluering 2026'!A3:A4" },
        ],
        axes: { "categoryAxis.reversePlotOrder": true, "categoryAxis.position": "Maximum" },
      },
    ]);
  });

  test("report cells get their number formats and styles; text that Excel would parse is formatted as text", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet({
      name: "R",
      blocks: [
        { kind: "title", text: "Titel" },
        {
          kind: "keyValues",
          rows: [
            ["Andel", 0.25],
            ["Kode", "-12"],
          ],
          formats: ["percent", "text"],
        },
        { kind: "text", text: "+ tre mål" },
      ],
    });
    const s = h.fake.state.sheet("R")!;
    expect(h.fake.state.cell(s, 1, 1)).toMatchObject({ value: "Titel", bold: true, fontSize: 16 });
    expect(h.fake.state.cell(s, 2, 2)).toMatchObject({ value: 0.25, numberFormat: "0.0%" });
    expect(h.fake.state.cell(s, 3, 2)).toMatchObject({ value: "-12", numberFormat: "@" });
    expect(h.fake.state.cell(s, 4, 1)).toMatchObject({ value: "+ tre mål", numberFormat: "@" });
    expect(h.fake.state.cell(s, 4, 1).formula).toBeUndefined();
  });

  test("the action plan's Status column gets its drop-down", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.writeSheet({
      name: "Plan",
      blocks: [
        {
          kind: "table",
          name: "Handleplan2026",
          headers: ["Tiltag", "Status"],
          rows: [],
          lists: { Status: ["I gang", "Afsluttet"] },
        },
      ],
    });
    const v = h.fake.state.sheet("Plan")!.validations;
    expect(v).toEqual([
      expect.objectContaining({
        address: "Plan!B2",
        rule: { list: { inCellDropDown: true, source: "I gang,Afsluttet" } },
        errorAlert: expect.objectContaining({ style: "Stop", showAlert: true }),
      }),
    ]);
  });

  test("one cell of a report table is written in four syncs, with one row in the response, at 10 rows as at 20,000", async () => {
    const costs: Array<{ syncs: number; response: number }> = [];
    for (const n of [10, 20_000]) {
      const h = officeHarness(seedFake({}));
      await h.port.writeSheet(bigSheet(n));
      const t = await h.port.readSheetTable("Grundlag 2026", "Grundlag2026");
      await h.port.updateSheetTableCell("Grundlag 2026", "Grundlag2026", {
        row: 5,
        was: t?.rows[5] ?? {},
        column: "Kategori",
        value: "Opnået",
      });
      const run = h.fake.lastRun;
      costs.push({ syncs: run.requestBytes.length, response: Math.max(...run.responseBytes) });
      expect((await h.port.readSheetTable("Grundlag 2026", "Grundlag2026"))?.rows[5]).toMatchObject({
        MålID: "M5",
        Kategori: "Opnået",
      });
    }
    expect(costs[0].syncs).toBe(4);
    expect(costs[1].syncs).toBe(4);
    expect(costs[1].response).toBeLessThan(10_000);
  });
});
