/**
 * The worked example (test/fixtures/workedExample.ts) through evaluateYear: every figure of the example asserted.
 */
import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { workedExampleData } from "../../support/workedExampleData";
import { expectWorkedExampleFigures } from "../../support/workedExampleExpectations";

describe("the worked example, evaluated for 2026", () => {
  const model = evaluateYear(workedExampleData(), 2026);

  test("every figure of the example", () => expectWorkedExampleFigures(model));

  test("offer details come from Indstillinger", () => {
    expect(model.offer).toEqual({ name: "Bostedet Eksempel", offerId: "T-0001", region: "Region Nordjylland" });
    expect(model.schemaVersion).toBe(1);
  });

  test("every group has fewer than 5 citizens, and KRAP and Udviklingshæmning fell: remarks say so in Danish", () => {
    expect(model.remarks.map((r) => [r.dimension, r.group, r.kind])).toEqual([
      ["method", "KRAP", "too-few"],
      ["method", "KRAP", "falling"],
      ["method", "Low Arousal", "too-few"],
      ["targetGroup", "Autismespektrum", "too-few"],
      ["targetGroup", "Udviklingshæmning", "too-few"],
      ["targetGroup", "Udviklingshæmning", "falling"],
    ]);
    expect(model.remarks[0].text).toBe("For få data: 1 borger med resultat i 2026 (mindst 5). Tolk tallene varsomt.");
    expect(model.remarks[1].text).toBe("Gennemsnittet faldt fra 100 % i 2025 til 50 % i 2026 (−50 procentpoint).");
  });

  test("one suggested action-plan row per method that fell or has too little data, responsibility left to the leader", () => {
    expect(model.suggestedActions).toHaveLength(2);
    const [krap, lowArousal] = model.suggestedActions;
    expect(krap.focusArea).toBe("Målopfyldelse med KRAP");
    expect(krap.action).toMatch(/KRAP/);
    expect(krap.actionGoal).toMatch(/mindst 100 %/);
    expect(krap.actionGoal).toMatch(/Mindst 5 borgere/);
    expect(lowArousal.focusArea).toBe("Målopfyldelse med Low Arousal");
    for (const row of model.suggestedActions) {
      expect(row.responsibleForAction).toBe("");
      expect(row.responsibleForFollowUp).toBe("");
      expect(row.status).toBe("Ikke startet");
      expect(row.howAndWhen).toMatch(/2027/);
    }
  });
});
