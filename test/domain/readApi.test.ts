import * as domain from "../../src/domain";
import { workedExample, WORKED_EXAMPLE_TODAY } from "../fixtures/workedExample";

describe("the domain entry point offers reading, checking and the quality model", () => {
  test("reading and checking the worked example through the public entry point", () => {
    const { data, findings } = domain.readWorkbook(workedExample, { today: WORKED_EXAMPLE_TODAY });
    expect(findings).toEqual([]);
    const smorte = domain.checkWorkbook(data);
    expect(smorte.filter((f) => f.severity === "error").map((f) => [f.row, f.code])).toEqual([[6, "e-missing"]]);
    expect(domain.hasErrors(smorte)).toBe(true);
  });

  test("cells, CPR detection, SMORTE and the quality rule are exported", () => {
    expect(domain.readNumber("2,5")).toBe(2.5);
    expect(domain.looksLikeCpr("010190-1234")).toBe(true);
    expect(domain.containsCpr("cpr 0101901234")).toBe(true);
    expect(domain.SMORTE_LETTERS).toEqual(["S", "M", "O", "R", "T", "E"]);
    expect(domain.criterionResult(["Til stede"])).toBe("Opfyldt");
    expect(domain.qualityMarker(domain.RESULT_DOCUMENTATION_MARKER_ID)?.text).toContain("resultatdokumentation");
    expect(domain.DEFAULT_SETTINGS.interval).toBe(90);
  });
});
