/**
 * Every figure of DOMAIN.md §4's worked example, as assertions on an evaluation model for 2026. Shared by
 * the test on typed data and the test from raw rows through readWorkbook.
 */
import type { EvaluationModel, GroupFigures } from "../../src/domain/types";

const B01 = 50 + (10 * (1 * 1 + 2 * -1)) / Math.sqrt(0.7 * 5 + 0.3 * 9); // 45.98394…

export function expectWorkedExampleFigures(model: EvaluationModel): void {
  const group = (list: readonly GroupFigures[], name: string): GroupFigures => {
    const found = list.find((g) => g.group === name);
    if (!found) throw new Error(`no group ${name}`);
    return found;
  };

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

  expect(model.byMethod.map((g) => g.group)).toEqual(["KRAP", "Low Arousal"]);
  const lowArousal = group(model.byMethod, "Low Arousal");
  expect(lowArousal).toMatchObject({
    citizens: 2,
    goals: 3,
    achieved: 1,
    partial: 1,
    notAchieved: 1,
    mean: 0.5,
    citizenMean: 0.5,
  });
  expect(lowArousal.gasT).toBeCloseTo(47.992, 3);
  expect(lowArousal.gasT).toBeCloseTo((B01 + 50) / 2, 12);
  expect(lowArousal.previousMean).toBeNull();
  expect(lowArousal.change).toBeNull();
  expect(group(model.byMethod, "KRAP")).toEqual({
    group: "KRAP",
    citizens: 1,
    goals: 1,
    achieved: 0,
    partial: 1,
    notAchieved: 0,
    mean: 0.5,
    citizenMean: 0.5,
    gasT: null,
    previousMean: 1,
    change: -0.5,
  });

  expect(model.byTargetGroup.map((g) => g.group)).toEqual(["Autismespektrum", "Udviklingshæmning"]);
  const disability = group(model.byTargetGroup, "Udviklingshæmning");
  expect(disability).toMatchObject({
    citizens: 1,
    goals: 2,
    achieved: 1,
    partial: 0,
    notAchieved: 1,
    mean: 0.5,
    citizenMean: 0.5,
    previousMean: 1,
    change: -0.5,
  });
  expect(disability.gasT).toBeCloseTo(B01, 12);
  expect(group(model.byTargetGroup, "Autismespektrum")).toEqual({
    group: "Autismespektrum",
    citizens: 1,
    goals: 2,
    achieved: 0,
    partial: 2,
    notAchieved: 0,
    mean: 0.5,
    citizenMean: 0.5,
    gasT: 50,
    previousMean: null,
    change: null,
  });

  expect(model.byDepartment.map((g) => g.group)).toEqual(["(ingen afdeling)", "Hus Nord"]);
  expect(group(model.byDepartment, "Hus Nord")).toEqual({ ...disability, group: "Hus Nord" });
  expect(group(model.byDepartment, "(ingen afdeling)")).toEqual({
    ...group(model.byTargetGroup, "Autismespektrum"),
    group: "(ingen afdeling)",
  });

  expect(model.total).toMatchObject({
    group: "(alle)",
    citizens: 2,
    goals: 4,
    achieved: 1,
    partial: 2,
    notAchieved: 1,
    mean: 0.5,
    citizenMean: 0.5,
    previousMean: 1,
    change: -0.5,
  });
  expect(model.total.gasT).toBeCloseTo((B01 + 50) / 2, 12);

  expect(
    model.targetGroupByMethod.map((c) => [
      c.targetGroup,
      c.method,
      c.citizens,
      c.goals,
      c.mean,
      c.previousMean,
      c.change,
    ]),
  ).toEqual([
    ["Autismespektrum", "KRAP", 1, 1, 0.5, null, null],
    ["Autismespektrum", "Low Arousal", 1, 1, 0.5, null, null],
    ["Udviklingshæmning", "KRAP", 0, 0, null, 1, null],
    ["Udviklingshæmning", "Low Arousal", 1, 2, 0.5, null, null],
  ]);
  expect(model.targetGroupByMethod[0].gasT).toBeNull();
  expect(model.targetGroupByMethod[1].gasT).toBe(50);
  expect(model.targetGroupByMethod[3].gasT).toBeCloseTo(B01, 12);

  expect(model.dataQuality).toEqual({
    activeGoals: 5,
    smorteComplete: 4,
    overdueAtYearEnd: 4,
    citizensWithoutResult: 1,
    involved: 3,
  });
}
