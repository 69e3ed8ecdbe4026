/**
 * Every figure of the worked example (test/fixtures/workedExample.ts), as assertions on an evaluation model for 2026 (the
 * roll-up figures from ./workedExampleFigures). Shared by the test on typed data and the test from raw
 * rows through readWorkbook.
 */
import { dayFromYmd } from "../../src/domain/dates";
import type { EvaluationModel } from "../../src/domain/types";
import { closeGasT, WORKED_EXAMPLE_ROLLUPS as expected } from "./workedExampleFigures";

export function expectWorkedExampleFigures(model: EvaluationModel): void {
  expect(model.year).toBe(2026);
  expect(model.basis).toMatchObject({ citizens: 3, goals: 5, followUps: 7, units: 4 });
  expect(model.basis.leftOut).toEqual([]);
  expect(model.units.map((u) => [u.goalId, u.value, u.method])).toEqual([
    ["M01", 1, "Low Arousal"],
    ["M02", 0, "Low Arousal"],
    ["M04", 0.5, "KRAP"],
    ["M05", 0.5, "Low Arousal"],
  ]);
  expect(model.units.some((u) => u.goalId === "M03")).toBe(false);

  expect(model.byMethod).toEqual(expected.byMethod.map(closeGasT));
  expect(model.byMethod[1].gasT).toBeCloseTo(47.992, 3); // Low Arousal
  expect(model.byTargetGroup).toEqual(expected.byTargetGroup.map(closeGasT));
  expect(model.byDepartment).toEqual(expected.byDepartment.map(closeGasT));
  expect(model.total).toEqual(closeGasT(expected.total));
  expect(model.targetGroupByMethod).toEqual(expected.targetGroupByMethod.map(closeGasT));

  expect(model.dataQuality).toEqual({
    activeGoals: 5,
    smorteComplete: 4,
    overdueAtYearEnd: 4,
    overdueOn: dayFromYmd(2026, 12, 31),
    citizensWithoutResult: 1,
    involved: 3,
  });
}
