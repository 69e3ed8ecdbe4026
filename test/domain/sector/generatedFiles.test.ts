import { judgeExports } from "../../../src/domain/sector";
import { generatedExportFiles } from "../../support/sectorFiles";

test("the generated export files are accepted exports of both versions, formats and two years", () => {
  const files = generatedExportFiles(12, 2026);
  const reading = judgeExports(files.map(([file, text]) => ({ file, text })));
  expect(reading.refused).toEqual([]);
  expect(reading.years.map((y) => [y.year, y.offers.length])).toEqual([
    [2025, 4],
    [2026, 12],
  ]);
  expect(new Set(reading.accepted.map((f) => f.schemaVersion))).toEqual(new Set([1, 2]));
  expect(files.some(([n]) => n.endsWith(".json")) && files.some(([n]) => n.endsWith(".csv"))).toBe(true);
  expect(reading.accepted.some((f) => f.rows.some((r) => r.suppressed))).toBe(true);
});
