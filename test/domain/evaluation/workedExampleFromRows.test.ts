/**
 * The worked example (test/fixtures/workedExample.ts) end to end: the raw rows of test/fixtures/workedExample.ts through
 * readWorkbook and evaluateYear give every figure of the example, and the regional export hides them all.
 */
import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { regionalExportRows } from "../../../src/domain/export/regionalRows";
import { exportToCsv } from "../../../src/domain/export/serialise";
import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { WORKED_EXAMPLE_TODAY, WORKED_EXAMPLE_YEAR, workedExample } from "../../fixtures/workedExample";
import { expectWorkedExampleFigures } from "../../support/workedExampleExpectations";

describe("the worked example from raw rows", () => {
  const { data, findings } = readWorkbook(workedExample, { today: WORKED_EXAMPLE_TODAY });
  const model = evaluateYear(data, WORKED_EXAMPLE_YEAR);

  test("the rows read without errors", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("every figure of the example", () => expectWorkedExampleFigures(model));

  test("the text date '10-05-2026' of M02's follow-up is read and counts", () => {
    expect(model.units.find((u) => u.goalId === "M02")).toMatchObject({ followUpId: "O03", value: 0 });
  });

  test("the regional export keeps the group names, hides every figure and never carries names or ids", () => {
    const rows = regionalExportRows(model, data.settings);
    expect(rows.every((r) => r.suppressed === 1)).toBe(true);
    const csv = exportToCsv(rows);
    expect(csv).toContain("Region Nordjylland,T-0001,2026,Autismespektrum,KRAP,,,,,,,,,,1");
    expect(csv).not.toMatch(/B0[123]|M0[1-5]|O0[1-7]|Eksempel|Kim|Lise|2026-|-2026/);
  });
});
