import { readWorkbook } from "../../../src/domain";
import { analyseIncidents, readIncidents } from "../../../src/domain/incidents";
import type { RawTable } from "../../../src/domain";
import { incidentsSheet, learningPeriod } from "../../../src/workbook/reports";
import { MemoryWorkbookAdapter } from "../../../src/workbook/memory/adapter";
import { findMemoryTable } from "../../../src/workbook/memory/model";
import { seedWorkbook, sheetNames, tableRows } from "../../../src/workbook/memory/seed";
import { runIncidents } from "../../../src/workbook/services";
import { WORKED_CPR_TEXT, WORKED_REGISTER, WORKED_TODAY } from "../../domain/incidents/workedExample";
import { allTexts, rowOf, tableAfter, type TableBlock } from "./blockHelpers";

const citizens = readWorkbook(WORKED_REGISTER, { today: WORKED_TODAY }).data.citizens;
const data = readIncidents(WORKED_REGISTER, { citizens }).data;
const year = analyseIncidents(data, { year: 2026, quarter: null });
const quarter = analyseIncidents(data, { year: 2026, quarter: 1 });
const NOW = new Date(2026, 6, 25, 10, 30);

describe("the sheet Hændelser 2026 (worked example)", () => {
  const sheet = incidentsSheet(year, { madeAt: "25-07-2026 kl. 10:30", offerName: "Lærkebo" });

  test("is named for the period and shows the section's figures beside the year before", () => {
    expect(sheet.name).toBe("Hændelser 2026");
    expect(rowOf(tableAfter(sheet, "Episoder i alt"), "I alt")).toEqual({
      Episoder: "I alt",
      "2026": 7,
      "2025": 3,
      Ændring: 4,
    });
    expect(rowOf(tableAfter(sheet, "Pr. retning"), "Borger mod medarbejder")).toMatchObject({
      "2026": 3,
      "2025": 1,
      Ændring: 2,
    });
    expect(rowOf(tableAfter(sheet, "Pr. afdeling"), "Hus B")).toMatchObject({ "2026": 1, "2025": 2, Ændring: -1 });
    expect(tableAfter(sheet, "Pr. type").rows.map((r) => r[0])).toEqual([
      "Fysisk vold",
      "Psykisk vold",
      "Trusler om vold",
      "Seksuel krænkelse",
      "Hærværk",
    ]);
    expect(rowOf(tableAfter(sheet, "Opfølgning på episoderne"), "– heraf med debriefing")).toMatchObject({
      Antal: 2,
      Andel: 2 / 3,
    });
    expect(tableAfter(sheet, "Tidspunkt på døgnet").rows).toEqual([
      ["kl. 00-06", 0],
      ["kl. 06-12", 2],
      ["kl. 12-18", 1],
      ["kl. 18-24", 2],
      ["ukendt", 2],
    ]);
    expect(tableAfter(sheet, "Pr. ugedag").rows.map((r) => r[1])).toEqual([2, 1, 1, 0, 2, 0, 1]);
    expect(allTexts(sheet)).toContain("25-07-2026 kl. 10:30");
  });

  test("declares a column chart of episodes per month, this year and the year before, over its month table", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart).toMatchObject({ kind: "column", categoriesColumn: 0 });
    expect(chart.series).toEqual([
      { name: "2026", valuesColumn: 1 },
      { name: "2025", valuesColumn: 2 },
    ]);
    const data = sheet.blocks[chart.dataBlock] as TableBlock;
    expect(data.kind).toBe("table");
    expect(data.headers).toEqual(["Måned", "2026", "2025"]);
    expect(data.rows.map((r) => r[1])).toEqual([2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(data.rows.map((r) => r[2])).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(data.rows[0][0]).toBe("januar");
  });

  test("the per-citizen list is on the offer's own sheet, with each citizen's latest risk assessment", () => {
    const list = tableAfter(sheet, "Borgere med episoder (kun til tilbuddets eget brug)");
    expect(list.rows.map((r) => [r[0], r[1], r[7]])).toEqual([
      ["B01", 3, "Nej"],
      ["B02", 2, "Ja"],
      ["B03", 1, "Ja"],
    ]);
    const b01 = rowOf(list, "B01");
    expect(b01).toMatchObject({ "Seneste risikovurdering": 45982, Risiko: "Høj", "Seneste episode": 46346 });
  });

  test("lists the rows left out, and no free text of the register appears anywhere", () => {
    const left = tableAfter(sheet, "Hvad tallene bygger på");
    expect(left.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Hændelser", 7, "Dato"],
      ["Hændelser", 8, "Tidspunkt"],
      ["Hændelser", 10, "BorgerID"],
      ["Hændelser", 16, "HændelseID"],
      ["Risikovurdering", 5, "Score"],
      ["Risikovurdering", 6, "Dato"],
    ]);
    const texts = allTexts(sheet).join("\n");
    for (const secret of [WORKED_CPR_TEXT, "Slog ud ved badet.", "To ved badet.", "Rolige overgange."]) {
      expect(texts).not.toContain(secret);
    }
  });

  test("a quarter's sheet is Hændelser 2026 K1, with the quarter's three months in the chart's table", () => {
    const q = incidentsSheet(quarter, { madeAt: "x" });
    expect(q.name).toBe("Hændelser 2026 K1");
    const months = q.blocks[q.charts![0].dataBlock] as TableBlock;
    expect(months.headers).toEqual(["Måned", "1. kvartal 2026", "1. kvartal 2025"]);
    expect(months.rows).toEqual([
      ["januar", 2, 0],
      ["februar", 1, 1],
      ["marts", 1, 0],
    ]);
  });

  test("the learning table is kept as typed, with the group's own columns, and the period before is shown", () => {
    const kept: RawTable = {
      headers: ["Læringspunkt", "Tiltag", "Ansvarlig", "Frist", "Status", "Egen note"],
      rows: [
        {
          Læringspunkt: "Bad om morgenen",
          Tiltag: "To ved badet",
          Ansvarlig: "Leder",
          Frist: "01-09-2026",
          Status: "I gang",
          "Egen note": "x",
        },
      ],
    };
    const previous: RawTable = {
      rows: [{ Læringspunkt: "Vagtskifte", Tiltag: "Overlap", Ansvarlig: "", Frist: "", Status: "Gennemført" }],
    };
    const s = incidentsSheet(quarter, { madeAt: "x", keptLearning: kept, previousLearning: previous });
    const learning = s.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === "Laering_2026_K1")!;
    expect(learning.headers).toEqual(["Læringspunkt", "Tiltag", "Ansvarlig", "Frist", "Status", "Egen note"]);
    expect(learning.rows).toEqual([["Bad om morgenen", "To ved badet", "Leder", "01-09-2026", "I gang", "x"]]);
    expect(learning.lists?.Status).toContain("Gennemført");
    const before = tableAfter(s, "Læring og tiltag fra 4. kvartal 2025");
    expect(before.rows[0]).toEqual(["Vagtskifte", "Overlap", "", "", "Gennemført"]);
    expect(learningPeriod({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(learningPeriod({ year: 2026, quarter: null })).toEqual({ year: 2025, quarter: null });
  });
});

describe("runIncidents through the port (memory workbook)", () => {
  const freshPort = (): MemoryWorkbookAdapter =>
    new MemoryWorkbookAdapter(seedWorkbook(WORKED_REGISTER as Parameters<typeof seedWorkbook>[0]));

  test("writes Hændelser 2026 with the worked example's figures", async () => {
    const port = freshPort();
    const run = await runIncidents(port, { year: 2026, quarter: null }, { now: NOW });
    expect(sheetNames(port.workbook)).toContain("Hændelser 2026");
    expect(run.analysis.total).toEqual({ count: 7, previous: 3, change: 4 });
    expect(run.findings.some((f) => f.row === 7 && f.column === "Dato")).toBe(true);
  });

  test("re-running keeps the learning table the arbejdsmiljøgruppe typed; the next quarter shows it", async () => {
    const port = freshPort();
    await runIncidents(port, { year: 2026, quarter: 1 }, { now: NOW });
    const table = findMemoryTable(port.workbook, "Laering_2026_K1")!;
    const headers = table.table.columns.map((c) => c.name);
    table.table.rows[0] = headers.map((h) =>
      h === "Læringspunkt" ? "Bad om morgenen" : h === "Status" ? "I gang" : "",
    );
    const again = await runIncidents(port, { year: 2026, quarter: 1 }, { now: NOW });
    expect(again.keptLearning).toBe(1);
    expect(tableRows(port.workbook, "Laering_2026_K1")?.[0]).toMatchObject({
      Læringspunkt: "Bad om morgenen",
      Status: "I gang",
    });
    const next = await runIncidents(port, { year: 2026, quarter: 2 }, { now: NOW });
    expect(tableAfter(next.sheet, "Læring og tiltag fra 1. kvartal 2026").rows[0][0]).toBe("Bad om morgenen");
  });
});
