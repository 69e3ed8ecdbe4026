import fc from "fast-check";
import {
  QUALITY_MODEL_2025,
  RESULT_DOCUMENTATION_MARKER_ID,
  qualityCriteria,
  qualityMarker,
  qualityMarkers,
} from "../../../src/domain/qualityModel/model2025";
import {
  criterionResult,
  necessaryQuality,
  parseJudgement,
  qualityStatus,
} from "../../../src/domain/qualityModel/rule";

describe("the 2025 quality model as data", () => {
  test("five themes with the model's names, in order", () => {
    expect(QUALITY_MODEL_2025.map((t) => [t.id, t.name])).toEqual([
      ["1", "Målgruppe, metoder og resultater"],
      ["2", "Sundhed og trivsel"],
      ["3", "Organisation og ledelse"],
      ["4", "Kompetencer"],
      ["5", "Fysiske rammer"],
    ]);
  });

  test("nine criteria and twenty markers (4+1+2+2+2+2+2+2+3), numbered theme.criterion.marker", () => {
    expect(qualityCriteria().map((c) => c.id)).toEqual(["1.1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "5.1"]);
    const markers = qualityMarkers();
    expect(markers).toHaveLength(20);
    for (const m of markers) expect(m.id.startsWith(`${m.criterionId}.`)).toBe(true);
    expect(new Set(markers.map((m) => m.id)).size).toBe(markers.length);
  });

  test("Tema 1's criterion and its markers are the model's texts", () => {
    const [c] = QUALITY_MODEL_2025[0].criteria;
    expect(c.text).toBe(
      "Tilbuddet arbejder med afsæt i en tydelig målgruppebeskrivelse systematisk med faglige tilgange og metoder, der fører til positive resultater for borgerne",
    );
    expect(c.markers.map((m) => m.id)).toEqual(["1.1.1", "1.1.2", "1.1.3", "1.1.4"]);
  });

  test("the marker on resultatdokumentation is exported as an id the evaluation can use as evidence", () => {
    expect(RESULT_DOCUMENTATION_MARKER_ID).toBe("1.1.3");
    expect(qualityMarker(RESULT_DOCUMENTATION_MARKER_ID)?.text).toBe(
      "Tilbuddet arbejder relevant med resultatdokumentation",
    );
  });

  test("criteria of Tema 2 name magtanvendelser and vold og overgreb", () => {
    expect(QUALITY_MODEL_2025[1].criteria.map((c) => c.text)).toEqual([
      "Tilbuddet understøtter borgernes selv- og medbestemmelse",
      "Tilbuddet understøtter borgernes fysiske og mentale sundhed og trivsel",
      "Tilbuddet forebygger magtanvendelser",
      "Tilbuddet forebygger vold og overgreb",
    ]);
  });
});

describe("the binary rule", () => {
  test("a criterion is Opfyldt when every marker is Til stede or Ikke aktuel", () => {
    expect(criterionResult(["Til stede", "Til stede", "Ikke aktuel"])).toBe("Opfyldt");
  });
  test("one marker Ikke til stede makes it Ikke opfyldt, even while others are not yet judged", () => {
    expect(criterionResult(["Til stede", "Ikke til stede", "Til stede"])).toBe("Ikke opfyldt");
    expect(criterionResult([null, "Ikke til stede", ""])).toBe("Ikke opfyldt");
  });
  test("a marker not yet judged makes it Ikke færdigvurderet", () => {
    expect(criterionResult(["Til stede", null])).toBe("Ikke færdigvurderet");
    expect(criterionResult(["Til stede", ""])).toBe("Ikke færdigvurderet");
    expect(criterionResult(["Til stede", "Måske"])).toBe("Ikke færdigvurderet");
    expect(criterionResult([])).toBe("Ikke færdigvurderet");
  });
  test("judgements are read trimmed and case-insensitively, also in the form's spellings", () => {
    expect(parseJudgement(" til STEDE ")).toBe("Til stede");
    expect(parseJudgement("Ikke tilstede")).toBe("Ikke til stede");
    expect(parseJudgement("ikke aktuelt")).toBe("Ikke aktuel");
    expect(criterionResult(["tilstede", "IKKE AKTUELT"])).toBe("Opfyldt");
  });
  test("all markers Ikke aktuel does not fail the criterion", () => {
    expect(criterionResult(["Ikke aktuel", "Ikke aktuel"])).toBe("Opfyldt");
  });
  test("fornøden kvalitet only when every criterion is Opfyldt", () => {
    expect(necessaryQuality(["Opfyldt", "Opfyldt"])).toBe(true);
    expect(necessaryQuality(["Opfyldt", "Ikke opfyldt"])).toBe(false);
    expect(necessaryQuality(["Opfyldt", "Ikke færdigvurderet"])).toBe(false);
    expect(necessaryQuality([])).toBe(false);
    expect(qualityStatus(["Opfyldt", "Opfyldt"])).toBe("Fornøden kvalitet");
    expect(qualityStatus(["Ikke færdigvurderet", "Ikke opfyldt"])).toBe("Ikke fornøden kvalitet");
    expect(qualityStatus(["Opfyldt", "Ikke færdigvurderet"])).toBe("Ikke færdigvurderet");
  });
  test("property: the result does not depend on the order of the markers", () => {
    const judgement = fc.constantFrom("Til stede", "Ikke til stede", "Ikke aktuel", null, "");
    fc.assert(
      fc.property(
        fc
          .array(judgement, { maxLength: 6 })
          .chain((js) => fc.tuple(fc.constant(js), fc.shuffledSubarray(js, { minLength: js.length }))),
        ([a, b]) => {
          expect(criterionResult(b)).toBe(criterionResult(a));
        },
      ),
    );
  });
  test("property: Opfyldt ⇔ no Ikke til stede and every marker judged", () => {
    const judgement = fc.constantFrom("Til stede", "Ikke til stede", "Ikke aktuel", null);
    fc.assert(
      fc.property(fc.array(judgement, { minLength: 1, maxLength: 6 }), (js) => {
        const expected = js.every((j) => j === "Til stede" || j === "Ikke aktuel");
        expect(criterionResult(js) === "Opfyldt").toBe(expected);
      }),
    );
  });
});
