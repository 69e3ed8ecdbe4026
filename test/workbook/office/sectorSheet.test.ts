/**
 * The sheet Sektor Y as the pane writes it inside Excel (Office.js over the fake Excel, which enforces
 * Excel on the web's request limits): one scatter chart per target group beside its funnel table, and
 * the same number of round trips for 3 offers as for 60 (the rows grow, the syncs do not).
 */
import { consolidate, judgeExports } from "../../../src/domain/sector";
import { sectorSheet } from "../../../src/workbook/reports/sectorSheet";
import { generatedExportFiles } from "../../support/sectorFiles";
import { officeHarness, seedFake } from "./harness";

const sheetFor = (offers: number) => {
  const reading = judgeExports(generatedExportFiles(offers, 2026).map(([file, text]) => ({ file, text })));
  return sectorSheet(consolidate(reading.accepted, 2026), { madeAt: "02-12-2026 kl. 10:00" });
};

test("Sektor 2026 through Office.js: a scatter chart per target group, and the same syncs for 3 and 60 offers", async () => {
  const small = officeHarness(seedFake({}));
  const smallSheet = sheetFor(3);
  await small.port.writeSheet(smallSheet);
  const large = officeHarness(seedFake({}));
  const largeSheet = sheetFor(60);
  await large.port.writeSheet(largeSheet);
  expect(large.fake.lastRun.syncs).toBe(small.fake.lastRun.syncs);

  const charts = large.fake.state.sheet("Sektor 2026")!.charts;
  expect(charts.map((c) => c.type)).toEqual(largeSheet.charts!.map(() => "XYScatter"));
  expect(charts.length).toBe(4);
  const funnel = await large.port.readSheetTable("Sektor 2026", "Sektor_2026_Tragt1");
  expect(funnel?.rows.length).toBe(60);
});
