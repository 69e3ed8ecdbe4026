/**
 * A guard over every report sheet the product writes: each is set up for A4 printing (orientation,
 * repeated rows, a footer naming the sheet), its wrapped rows get heights, and every chart it
 * describes over data is laid out and written as a chart part in the chart schema's order. A new
 * report builder belongs in REPORTS.
 */
import { evaluateYear, readWorkbook, regionalExportRows } from "../../../src/domain";
import { analyseIncidents, readIncidents } from "../../../src/domain/incidents";
import { incidentsSheet } from "../../../src/workbook/reports/incidentsSheet";
import { consolidate, readExport } from "../../../src/domain/sector";
import type { OfferExport } from "../../../src/domain/sector";
import { sectorSheet } from "../../../src/workbook/reports/sectorSheet";
import { WORKED_FILES } from "../../domain/sector/workedExample";
import { WORKED_REGISTER, WORKED_TODAY } from "../../domain/incidents/workedExample";
import { citizenStatus } from "../../../src/domain/status";
import { layoutSheet } from "../../../src/workbook/layout/blocks";
import type { SheetGrid } from "../../../src/workbook/layout/grid";
import { basisSheet } from "../../../src/workbook/reports/basisSheet";
import { evaluationSheet } from "../../../src/workbook/reports/evaluationSheet";
import { regionalSheet } from "../../../src/workbook/reports/regionalSheet";
import { statusSheet } from "../../../src/workbook/reports/statusSheet";
import { qualitySheetGrid } from "../../../src/workbook/template/qualityModel";
import { chartXml } from "../../../src/workbook/xlsx/charts/chartXml";
import { workedExampleData } from "../../support/workedExampleData";
import { chartOrderProblems } from "../xlsx/charts/chartSchema";

const data = workedExampleData();
const model = evaluateYear(data, 2026);
const MADE = "15-01-2027 kl. 10:30";
const register = readIncidents(WORKED_REGISTER, {
  citizens: readWorkbook(WORKED_REGISTER, { today: WORKED_TODAY }).data.citizens,
}).data;

/** Every report sheet, laid out as the writers get it, with how many charts it should carry. */
const sectorFiles = WORKED_FILES.map(([name, text]) => {
  const r = readExport(name, text);
  if (!r.ok) throw new Error(r.refusal.reason);
  return r.value;
}) satisfies OfferExport[];

const REPORTS: ReadonlyArray<readonly [string, () => SheetGrid, number]> = [
  ["Sektor", () => layoutSheet(sectorSheet(consolidate(sectorFiles, 2026), { madeAt: MADE })), 1],
  ["Årsevaluering", () => layoutSheet(evaluationSheet(model, { madeAt: MADE })), 1],
  ["Grundlag", () => layoutSheet(basisSheet(model, MADE)), 0],
  [
    "Regional rapport",
    () =>
      layoutSheet(
        regionalSheet(regionalExportRows(model, data.settings), { year: 2026, minCount: 3, offer: "X", madeAt: MADE }),
      ),
    0,
  ],
  ["Status", () => layoutSheet(statusSheet(citizenStatus(data, "B01")!, { offer: "X", madeAt: MADE })), 2],
  ["Kvalitetsmodel", qualitySheetGrid, 0],
  [
    "Hændelser",
    () =>
      layoutSheet(
        incidentsSheet(analyseIncidents(register, { year: 2026, quarter: null }), { madeAt: MADE, offerName: "X" }),
      ),
    1,
  ],
];

describe.each(REPORTS)("the report sheet %s", (_, grid, charts) => {
  test("prints on A4 with an orientation, repeated rows and a footer naming the sheet", () => {
    const g = grid();
    expect(["portrait", "landscape"]).toContain(g.print?.orientation);
    expect(g.print?.repeatRows?.from).toBeGreaterThanOrEqual(1);
    expect(g.print?.footer.sheet).toBe(g.name);
  });

  test("draws each of its charts, in the chart schema's element order", async () => {
    const g = grid();
    expect(g.charts ?? []).toHaveLength(charts);
    for (const c of g.charts ?? []) expect(await chartOrderProblems(chartXml(c, g.name))).toEqual([]);
  });
});
