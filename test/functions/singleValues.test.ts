/**
 * The single-value custom functions against values worked out by hand (in the comments), and every
 * bad-input rule: blank where a value is required, text in a number argument, error values inside
 * ranges, ranges of different shapes → #VALUE! with a Danish message; no result → #N/A.
 */
import "../support/customFunctionsGlobal";
import { checkGoal, dayFromYmd, todayDay } from "../../src/domain";
import { check, fulfilment, gas, overdue, progress } from "../../src/functions/functions";
import { excelError, OMITTED } from "./excelError";

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

describe("SMORTE.FULFILMENT / SMORTE.MÅLOPFYLDELSE", () => {
  it("gives the default scale's values: Opnået 1, Delvist opnået 0,5, Ikke opnået 0 (labels trimmed, any case)", () => {
    expect(fulfilment("Opnået")).toBe(1);
    expect(fulfilment(" delvist OPNÅET ")).toBe(0.5);
    expect(fulfilment("Ikke opnået")).toBe(0);
  });

  it("gives empty text for a label that does not count (Ikke vurderet)", () => {
    expect(fulfilment("Ikke vurderet")).toBe("");
  });

  it("uses a custom scale without its header row", () => {
    const scale = [
      ["Godt", 0.75],
      ["Lidt", 0.25],
      ["Ved ikke", ""],
    ];
    expect(fulfilment("godt", scale)).toBe(0.75);
    expect(fulfilment("Ved ikke", scale)).toBe("");
    // The default scale's labels are not on this scale.
    expect(excelError(() => fulfilment("Opnået", scale))).toEqual({
      code: "#VALUE!",
      message: "Vurderingen findes ikke i skalaen. Brug en af: Godt, Lidt, Ved ikke.",
    });
  });

  it("uses a five-level scale with its header row, whose labels are numbers", () => {
    // 1 → 0, 2 → 0.25, 3 → 0.5, 4 → 0.75, 5 → 1: the number 4 is the label "4", so 0.75 (not 4).
    const scale = [
      ["Vurdering", "Værdi"],
      [1, 0],
      [2, 0.25],
      [3, 0.5],
      [4, 0.75],
      [5, 1],
    ];
    expect(fulfilment(4, scale)).toBe(0.75);
    expect(fulfilment("3", scale)).toBe(0.5);
  });

  it("takes a number from 0 to 1 that is not a label as the value itself", () => {
    expect(fulfilment(0.4)).toBe(0.4);
    expect(excelError(() => fulfilment(1.5)).code).toBe("#VALUE!");
  });

  it("refuses a blank assessment, an error value and a bad scale with #VALUE!", () => {
    expect(excelError(() => fulfilment(""))).toEqual({
      code: "#VALUE!",
      message: "Argumentet «vurdering» er ikke udfyldt. Skriv en vurdering fra skalaen eller et tal fra 0 til 1.",
    });
    expect(excelError(() => fulfilment("#N/A")).code).toBe("#VALUE!");
    expect(excelError(() => fulfilment("Opnået", [["Opnået", "høj"]])).message).toMatch(
      /række 1, kolonne 2 af «skala»/,
    );
    expect(excelError(() => fulfilment("Opnået", [["Opnået", "#REF!"]])).message).toMatch(/#REF!/);
  });
});

describe("SMORTE.PROGRESS / SMORTE.FREMSKRIDT", () => {
  it("is the share of the way from baseline to target: (3 − 1) / (5 − 1) = 0,5", () => {
    expect(progress(3, 1, 5)).toBe(0.5);
  });

  it("works when the target lies below the baseline: (2 − 10) / (0 − 10) = 0,8; (6 − 10) / (0 − 10) = 0,4", () => {
    expect(progress(2, 10, 0)).toBeCloseTo(0.8, 12);
    expect(progress(6, 10, 0)).toBeCloseTo(0.4, 12);
  });

  it("is clamped to 0..1: past the target (9 of 1→5: 2) gives 1, behind the baseline (0 of 1→5: −0,25) gives 0", () => {
    expect(progress(9, 1, 5)).toBe(1);
    expect(progress(0, 1, 5)).toBe(0);
    // Falling target, measured above the baseline: (12 − 10) / (0 − 10) = −0,2 → 0.
    expect(progress(12, 10, 0)).toBe(0);
  });

  it("refuses equal baseline and target, blanks and text with #VALUE!", () => {
    expect(excelError(() => progress(3, 4, 4)).message).toMatch(/Udgangspunkt og målværdi er ens/);
    expect(excelError(() => progress("", 1, 5))).toEqual({
      code: "#VALUE!",
      message: "Argumentet «måling» er ikke udfyldt. Skriv et tal.",
    });
    expect(excelError(() => progress(3, null, 5)).message).toMatch(/«udgangspunkt» er ikke udfyldt/);
    expect(excelError(() => progress(3, 1, "fem")).message).toBe(
      "Argumentet «målværdi» skal være et tal, men er tekst.",
    );
    expect(excelError(() => progress("#DIV/0!", 1, 5)).message).toMatch(/#DIV\/0!/);
  });
});

describe("SMORTE.GAS", () => {
  // Kiresuk & Sherman: T = 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²)

  it("gives 45,98390 for levels 1 and −1 with weights 1 and 2 (ρ 0,3: 50 − 10/√(0,7·5 + 0,3·9) = 50 − 10/√6,2)", () => {
    expect(gas([[1], [-1]], [[1], [2]])).toBeCloseTo(45.9839034, 6);
  });

  it("gives 50 when every goal reaches its expected level", () => {
    expect(gas([[0, 0, 0]])).toBe(50);
  });

  it("uses rho: levels 2 and 1 with ρ 0 give 50 + 30/√2 = 71,21320; three levels 1 with ρ 0,5 give 50 + 30/√6 = 62,24745", () => {
    expect(gas([[2, 1]], OMITTED, 0)).toBeCloseTo(71.2132034, 6);
    expect(gas([[1], [1], [1]], OMITTED, 0.5)).toBeCloseTo(62.2474487, 6);
  });

  it("leaves out blank levels with their weight, and counts a blank weight as 1", () => {
    expect(gas([[1], [""], [-1]], [[1], [4], [2]])).toBeCloseTo(45.9839034, 6);
    // Levels 2 (weight blank = 1) and 0 (weight 3): 50 + 10·2/√(0,7·10 + 0,3·16) = 50 + 20/√11,8 = 55,82223.
    expect(gas([[2], [0]], [[""], [3]])).toBeCloseTo(55.8222251, 6);
  });

  it("gives #N/A when there is no level at all", () => {
    expect(excelError(() => gas([[""], [null]])).code).toBe("#N/A");
  });

  it("refuses a level outside −2..2, a weight outside 1..4 and ρ outside 0 ≤ ρ < 1 with the domain's message", () => {
    expect(excelError(() => gas([[3]]))).toEqual({
      code: "#VALUE!",
      message: "GAS-niveau nr. 1 skal være et helt tal fra -2 til 2; fik 3.",
    });
    expect(excelError(() => gas([[1]], [[5]])).message).toMatch(/GAS-vægt nr. 1/);
    expect(excelError(() => gas([[1]], OMITTED, 1)).message).toMatch(/ρ/);
  });

  it("refuses text or an error value inside the ranges, and ranges of different shapes", () => {
    expect(excelError(() => gas([[1], ["høj"]])).message).toBe(
      "Cellen i række 2, kolonne 1 af «niveauer» skal være et tal, men er tekst.",
    );
    expect(excelError(() => gas([[1], [0]], [[1], ["#N/A"]])).message).toMatch(/række 2, kolonne 1 af «vægte».*#N\/A/);
    expect(excelError(() => gas([[1], [0]], [[1, 2]])).message).toMatch(/samme form/);
    expect(excelError(() => gas([[1]], OMITTED, "lav")).message).toMatch(/«rho» skal være/);
  });
});

describe("SMORTE.OVERDUE / SMORTE.FORSINKET", () => {
  // Last follow-up 01-03-2026 (46082) + 90 days = due 30-05-2026 (46172).
  it("counts the days from the due date to the reference date: 27-06-2026 (46200) is 28 days overdue", () => {
    expect(overdue(day(2026, 3, 1), 90, day(2026, 6, 27))).toBe(28);
    expect(overdue(day(2026, 3, 1), 90, day(2026, 5, 31))).toBe(1);
  });

  it("is 0 on the due date and before it", () => {
    expect(overdue(day(2026, 3, 1), 90, day(2026, 5, 30))).toBe(0);
    expect(overdue(day(2026, 3, 1), 90, day(2026, 4, 1))).toBe(0);
  });

  it("reads text dates day-first and counts to today when no date is given", () => {
    expect(overdue("01-03-2026", 90, "27-06-2026")).toBe(28);
    expect(overdue(todayDay() - 100, 90)).toBe(10);
  });

  it("refuses a blank date or interval, an interval that is not a whole number of days, and text", () => {
    expect(excelError(() => overdue("", 90)).message).toMatch(/«seneste» er ikke udfyldt/);
    expect(excelError(() => overdue(day(2026, 3, 1), null)).message).toMatch(/«interval» er ikke udfyldt/);
    expect(excelError(() => overdue(day(2026, 3, 1), 0)).code).toBe("#VALUE!");
    expect(excelError(() => overdue(day(2026, 3, 1), 7.5)).message).toMatch(/helt antal dage/);
    expect(excelError(() => overdue("sidste uge", 90)).message).toMatch(/ikke en dato/);
  });
});

describe("SMORTE.CHECK / SMORTE.TJEK", () => {
  const good = {
    text: "Anna smører selv sin madpakke om morgenen på hverdage.",
    criterion: "Anna smører madpakken selv mindst 4 ud af 5 hverdage.",
    achievability: "Anna har selv peget på målet og har klaret lignende før med støtte.",
    relevance: "Annas eget ønske; følger indsatsformålet i § 141-handleplanen.",
    evaluation: "Kontaktpersonen evaluerer med Anna hver 3. måned på statusmødet.",
  };
  /** CHECK's first seven arguments: the good goal between these dates, with any of its fields changed. */
  const goalArgs = (startDate: number, endDate: number, change: Partial<typeof good> = {}) => {
    const g = { ...good, ...change };
    return [g.text, g.criterion, g.achievability, g.relevance, startDate, endDate, g.evaluation] as const;
  };

  it("is empty for a SMORTE-complete goal, even when it has a warning (here: a span over 12 months)", () => {
    expect(check(...goalArgs(day(2025, 1, 1), day(2026, 12, 31)))).toBe("");
  });

  it("lists every missing part by its letter with the check's Danish message, errors first", () => {
    const text = check("", "", "", "", null, null, "");
    const parts = text.split(" | ");
    expect(parts.map((p) => p.slice(0, 2))).toEqual(["S:", "M:", "O:", "R:", "T:", "T:", "E:"]);
    expect(parts[0]).toBe("S: Målet mangler. Skriv konkret, hvad borgeren vil opnå.");
  });

  it("marks warnings and puts them after the errors", () => {
    // Vague goal (S warning) and no relevance (R error).
    const text = check(...goalArgs(day(2026, 1, 1), day(2026, 6, 30), { text: "Have det bedre", relevance: "" }));
    const [first, second] = text.split(" | ");
    expect(first).toMatch(/^R: Relevans mangler/);
    expect(second).toMatch(/^S \(advarsel\): Målet er formuleret vagt/);
  });

  it("agrees with the domain's check, finding for finding", () => {
    const input = {
      text: "Undgå konflikter",
      successCriterion: "",
      achievability: "",
      relevance: "x",
      evaluation: "",
      startDate: day(2026, 1, 1),
      endDate: day(2025, 1, 1),
      baseline: null,
      target: null,
      interval: null,
    };
    const expected = checkGoal(input);
    const text = check(input.text, "", "", "x", input.startDate, input.endDate, "");
    for (const f of expected) expect(text).toContain(f.message);
    expect(text.split(" | ")).toHaveLength(expected.length);
  });

  it("counts a numeric baseline and target as measurable (M), as the goals table does", () => {
    const args = goalArgs(day(2026, 1, 1), day(2026, 6, 30), { criterion: "" });
    expect(check(...args)).toMatch(/^M: Succeskriteriet mangler/);
    expect(check(...args, null, 1, 5)).toBe("");
  });

  it("uses the standard interval when none is given, and refuses an interval that is not a whole number of days", () => {
    const args = goalArgs(day(2026, 1, 1), day(2026, 6, 30));
    expect(check(...args, null)).toBe("");
    expect(check(...args, 30)).toBe("");
    expect(excelError(() => check(...args, -5)).code).toBe("#VALUE!");
    expect(excelError(() => check(...args, "ofte")).message).toMatch(/«interval» skal være et helt antal dage/);
  });

  it("reads 0 as an empty cell where 0 cannot be meant (Excel desktop passes empty cells as 0)", () => {
    const blank = check("", "", "", "", null, null, "");
    // Every text, both dates and the interval passed as 0: the same findings as blank cells.
    expect(check(0, 0, 0, 0, 0, 0, 0, 0)).toBe(blank);
    const args = goalArgs(day(2026, 1, 1), day(2026, 6, 30), { criterion: "" });
    expect(check(...args, 0)).toBe(check(...args, null));
    // Baseline and target both 0 are two empty cells: not measured, so M still lacks its criterion.
    expect(check(...args, null, 0, 0)).toMatch(/^M: Succeskriteriet mangler/);
    // One real 0 beside another number is a measured goal.
    expect(check(...args, null, 0, 5)).toBe("");
  });

  it("keeps 0 as a real value where it can be one: an assessment of 0 and a measurement of 0", () => {
    expect(fulfilment(0)).toBe(0);
    expect(progress(0, 0, 10)).toBe(0);
    expect(progress(5, 0, 10)).toBe(0.5);
  });

  it("refuses a date that cannot be read and an error value, but not a blank field (that is a finding)", () => {
    expect(excelError(() => check(good.text, "", "", "", "snart", null, "")).message).toMatch(
      /«startdato» er ikke en dato/,
    );
    expect(excelError(() => check("#N/A", "", "", "", null, null, "")).message).toMatch(
      /«mål» indeholder fejlværdien #N\/A/,
    );
  });
});
