/**
 * A citizen's status for the status meeting, on the worked example (DOMAIN section 4):
 * B01 has indsatsmål M01 (Low Arousal, weight 1) and its delmål M02 (no method of its own, weight 2).
 * M01: 01-03-2026 Delvist opnået (0.5) GAS −1, 01-09-2026 Opnået (1) GAS +1.
 * M02: 10-05-2026 Ikke opnået (0) GAS −1.
 * Over all follow-ups: M01 goes 0.5 → 1 (+0.5), latest GAS +1; M02 0, GAS −1;
 * GAS T = 50 + 10·(1·1 + 2·(−1)) / √(0.7·(1 + 4) + 0.3·(1 + 2)²) = 45.984.
 */
import { citizenStatus, statusSheetName } from "../../../src/domain/status";
import { day } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

const data = workedExampleData();

describe("a citizen's status report", () => {
  test("the indsatsmål comes first with its delmål under it; the delmål counts under its parent's method", () => {
    const s = citizenStatus(data, "B01")!;
    expect(s.goals.map((g) => [g.goalId, g.parentId, g.method])).toEqual([
      ["M01", "", "Low Arousal"],
      ["M02", "M01", "Low Arousal"],
    ]);
  });

  test("every follow-up with its value, progress from the first to the latest counting value, and the latest GAS", () => {
    const [m01, m02] = citizenStatus(data, "B01")!.goals;
    expect(m01.followUps.map((f) => [f.followUpId, f.value, f.category, f.gas])).toEqual([
      ["O01", 0.5, "Delvist opnået", -1],
      ["O02", 1, "Opnået", 1],
    ]);
    expect([m01.firstValue, m01.latestValue, m01.change, m01.latestGas]).toEqual([0.5, 1, 0.5, 1]);
    expect([m02.firstValue, m02.latestValue, m02.change, m02.latestGas]).toEqual([0, 0, null, -1]);
  });

  test("the citizen's GAS T-score weighs each goal's latest level by its weight", () => {
    expect(citizenStatus(data, "B01")!.gasT).toBeCloseTo(45.984, 3);
  });

  test("the period keeps only follow-ups dated in it, both ends included", () => {
    const s = citizenStatus(data, "B01", { from: day("2026-05-10"), to: day("2026-09-01") })!;
    expect(s.goals.map((g) => g.followUps.map((f) => f.followUpId))).toEqual([["O02"], ["O03"]]);
    expect(s.goals[0].change).toBeNull();
    expect(s.followUpCount).toBe(2);
  });

  test("a follow-up that does not count is listed, without a value", () => {
    const [m03] = citizenStatus(data, "B02", { from: day("2026-01-01") })!.goals;
    expect(m03.followUps.map((f) => [f.assessment, f.value, f.category])).toEqual([["Ikke vurderet", null, null]]);
    expect(m03.latestValue).toBeNull();
  });

  test("SMORTE marks per letter, and a measured goal's value is its progress", () => {
    const [m04, m05] = citizenStatus(data, "B03")!.goals;
    expect(m04.followUps[0].value).toBe(0.5);
    expect(m05.letters.E).toBe("error");
    expect(m05.smorteComplete).toBe(false);
  });

  test("an unknown citizen has no status", () => {
    expect(citizenStatus(data, "B99")).toBeNull();
  });
});

describe("the status report's sheet name", () => {
  test("is Status and the BorgerID, without characters Excel refuses, at most 31 characters", () => {
    expect(statusSheetName("B0001")).toBe("Status B0001");
    expect(statusSheetName("A/B:C*D?")).toBe("Status A_B_C_D_");
    expect(statusSheetName("X".repeat(40))).toHaveLength(31);
  });
});
