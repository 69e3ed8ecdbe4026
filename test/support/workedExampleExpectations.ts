/**
 * Every figure of DOMAIN.md §4's worked example, as assertions on an evaluation model for 2026 (the
 * roll-up figures from ./workedExampleFigures). Shared by the test on typed data and the test from raw
 * rows through readWorkbook.
 */
import type { EvaluationModel } from "../../src/domain/types";
import {
  AUTISM,
  closeGasT,
  DISABILITY,
  HUS_NORD,
  KRAP,
  LOW_AROUSAL,
  NO_DEPARTMENT,
  TARGET_GROUP_BY_METHOD,
  TOTAL,
} from "./workedExampleFigures";

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

  expect(model.byMethod).toEqual([KRAP, closeGasT(LOW_AROUSAL)]);
  expect(model.byMethod[1].gasT).toBeCloseTo(47.992, 3);
  expect(model.byTargetGroup).toEqual([AUTISM, closeGasT(DISABILITY)]);
  expect(model.byDepartment).toEqual([NO_DEPARTMENT, closeGasT(HUS_NORD)]);
  expect(model.total).toEqual(closeGasT(TOTAL));
  expect(model.targetGroupByMethod).toEqual(TARGET_GROUP_BY_METHOD.map(closeGasT));

  expect(model.dataQuality).toEqual({
    activeGoals: 5,
    smorteComplete: 4,
    overdueAtYearEnd: 4,
    citizensWithoutResult: 1,
    involved: 3,
  });
}
