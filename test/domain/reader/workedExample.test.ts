import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { workedExample, WORKED_EXAMPLE_TODAY } from "../../fixtures/workedExample";
import { accountingProblem } from "./helpers";

describe("reading the worked example", () => {
  const r = readWorkbook(workedExample, { today: WORKED_EXAMPLE_TODAY });

  test("reads without a single finding and leaves nothing out", () => {
    expect(r.findings).toEqual([]);
    expect(r.data.leftOut).toEqual([]);
    expect(accountingProblem(r)).toBeNull();
  });

  test("counts the input rows of every table", () => {
    expect(r.data.inputRows).toEqual({
      Borgere: 3,
      Maal: 5,
      Opfoelgning: 7,
      Metoder: 2,
      Maalgrupper: 2,
      Skala: 4,
      Indstillinger: 6,
    });
  });

  test("citizens keep pseudonym, target group and department; rows are numbered as Excel shows them", () => {
    expect(r.data.citizens.map((c) => [c.row, c.citizenId, c.targetGroup, c.department])).toEqual([
      [2, "B01", "Udviklingshæmning", "Hus Nord"],
      [3, "B02", "Udviklingshæmning", "Hus Nord"],
      [4, "B03", "Autismespektrum", ""],
    ]);
  });

  test("goals: the delmål points at its indsatsmål, empty weight is 1, empty interval is null", () => {
    const byId = new Map(r.data.goals.map((g) => [g.goalId, g]));
    expect(byId.get("M02")).toEqual(
      expect.objectContaining({ row: 3, citizenId: "B01", parentId: "M01", method: "", weight: 2, interval: null }),
    );
    expect(byId.get("M01")).toEqual(expect.objectContaining({ parentId: "", method: "Low Arousal", weight: 1 }));
    expect(byId.get("M04")).toEqual(expect.objectContaining({ baseline: 1, target: 5, method: "KRAP" }));
    expect(byId.get("M05")).toEqual(expect.objectContaining({ interval: 365, involved: null, status: "Aktiv" }));
    expect(byId.get("M03")).toEqual(expect.objectContaining({ goalType: "Fastholde", involved: false }));
  });

  test("follow-ups: the text date is read day-first, labels and GAS levels kept", () => {
    expect(r.data.followUps.map((f) => [f.followUpId, f.goalId, f.date, f.assessment, f.measurement, f.gas])).toEqual([
      ["O01", "M01", 46082, "Delvist opnået", null, -1],
      ["O02", "M01", 46266, "Opnået", null, 1],
      ["O03", "M02", 46152, "Ikke opnået", null, -1],
      ["O04", "M03", 45962, "Opnået", null, null],
      ["O05", "M03", 46055, "Ikke vurderet", null, null],
      ["O06", "M04", 46113, "", 3, null],
      ["O07", "M05", 46174, "Delvist opnået", null, 0],
    ]);
  });

  test("the scale and the settings", () => {
    expect(r.data.scale.map((s) => [s.label, s.value])).toEqual([
      ["Opnået", 1],
      ["Delvist opnået", 0.5],
      ["Ikke opnået", 0],
      ["Ikke vurderet", null],
    ]);
    expect(r.data.settings).toEqual({
      offerName: "Bostedet Eksempel",
      offerId: "T-0001",
      region: "Region Nordjylland",
      minCount: 5,
      gasRho: 0.3,
      interval: 90,
    });
    expect(r.data.today).toBe(WORKED_EXAMPLE_TODAY);
  });
});
