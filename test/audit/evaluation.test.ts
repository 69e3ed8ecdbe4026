/**
 * Independent audit of readWorkbook + evaluateYear on the "Bofællesskabet Åbakken" workbook
 * (test/audit/workbook.ts), year 2025, every figure worked out by hand from the contract's rules.
 *
 * Settings: MindsteAntal 2 (raised to 3), GASRho 0.5, Interval "60". Scale: Fuldt 1, Næsten 0.75,
 * Delvist 0.5, Lidt 0.25, Ikke opnået 0, Ikke vurderet (empty, does not count).
 *
 * Units 2025 (value of the latest counting follow-up in 2025; same date → later row):
 *   G1 (B0001, Low Arousal, w1): F01 0.5 (1 Mar), F02 1 and F03 "næsten OPNÅET" 0.75 on 1 Sep → F03 wins
 *      → 0.75 (Delvist). GAS: F03 has none, so the latest with a level is F02 → +1.
 *   G2 (B0001, delmål of G1 → Low Arousal, Vægt "2", Afsluttet): F04 0 (10 May, GAS −1), F05 Ikke vurderet
 *      (20 Nov, GAS 0) does not count → 0 (Ikke opnået); GAS level of the latest with one = F05 → 0.
 *   G3 (B0002, Åben dialog, Udgangspunkt 10 → Målværdi 2): F06 Måling 6 → (6−10)/(2−10) = 0.5;
 *      F07 Måling "1" (15 Nov) → (1−10)/(−8) = 1.125 → clamped 1. F15 (unknown label) is left out → 1.
 *   G4 (B0002, KRAP, Opgivet): F08 Delvist 20 Feb, before Startdato 1 Mar (warning, counts) → 0.5.
 *   G5 (B0003, KRAP, status empty): F10 Fuldt 1 Oct, F09 Lidt 10 Dec (after "today" 1 Dec: warning, counts)
 *      → 0.25; GAS +2 (F09). F16 (#N/A date) left out.
 *   G7 (B0001, method '=HYPERLINK(...)'): F17 Fuldt 1 Nov → 1.
 *   G6 (B0004, Neuropædagogik) has no 2025 follow-up. G8 (unknown citizen B9999) is left out.
 * Units 2024: G5 F12 = 1 (KRAP, Udviklingshæmning, (ingen afdeling)); G6 F11 = 1 (Neuropædagogik,
 *   Erhvervet hjerneskade, Bøgen).
 *
 * GAS T with ρ = 0.5: B0001 levels G1 +1 (w1), G2 0 (w2): Σwx = 1, Σw² = 5, (Σw)² = 9
 *   → T = 50 + 10·1/√(0.5·5 + 0.5·9) = 50 + 10/√7 = 53.7796447…; B0003 G5 +2 (w1) → 50 + 20/√1 = 70.
 */
import { dayFromYmd, evaluateYear, evaluationToJson, readWorkbook } from "../../src/domain";
import type { EvaluationModel, GroupFigures, ReadResult } from "../../src/domain/types";
import { auditRaw, AUDIT_TODAY, AUDIT_YEAR } from "./workbook";
import { byName } from "./support";

const T_B0001 = 50 + 10 / Math.sqrt(7);
const T_B0003 = 70;

let read: ReadResult;
let model: EvaluationModel;
beforeAll(() => {
  read = readWorkbook(auditRaw, { today: AUDIT_TODAY });
  model = evaluateYear(read.data, AUDIT_YEAR);
});

type Expected = Omit<GroupFigures, "group" | "gasCitizens">;
function expectFigures(actual: Omit<GroupFigures, "group">, expected: Expected): void {
  for (const key of Object.keys(expected) as (keyof Expected)[]) {
    const want = expected[key];
    const got = actual[key];
    if (typeof want === "number" && !Number.isInteger(want)) {
      expect([key, got]).toEqual([key, expect.closeTo(want, 9)]);
    } else {
      expect([key, got]).toEqual([key, want]);
    }
  }
}

const none = { previousMean: null, change: null };
/** A group with no unit in 2025 and a 2024 mean of 1: listed with empty figures, change empty. */
const onlyIn2024: Expected = {
  citizens: 0,
  goals: 0,
  achieved: 0,
  partial: 0,
  notAchieved: 0,
  mean: null,
  citizenMean: null,
  gasT: null,
  previousMean: 1,
  change: null,
};

describe("reading an Excel user's workbook", () => {
  test("settings are read from text and numbers; MindsteAntal 2 is raised to the floor 3", () => {
    expect(read.data.settings.interval).toBe(60);
    expect(read.data.settings.gasRho).toBe(0.5);
  });

  test("MindsteAntal 2 is raised to 3: KRAP with 2 citizens gets a 'for få data' remark", () => {
    // With a threshold of 2, KRAP (B0002, B0003) would have enough citizens; with 3 it has too few.
    const krap = model.remarks.filter((r) => r.dimension === "method" && r.group === "KRAP").map((r) => r.kind);
    expect(krap).toContain("too-few");
    // KRAP also fell from 1 to 0.375.
    expect(krap).toContain("falling");
    // Åben dialog has 1 citizen: too few, not falling (no previous year).
    expect(model.remarks.filter((r) => r.group === "Åben dialog").map((r) => r.kind)).toEqual(["too-few"]);
  });

  test("suggested action rows: one per method that fell or has too few citizens, advising the offer's own interval", () => {
    // Methods 2025: =HYPERLINK (1 citizen), KRAP (2, fell), Low Arousal (1), Neuropædagogik (0), Åben dialog (1):
    // all five have fewer than 3 citizens.
    expect(model.suggestedActions.map((a) => a.focusArea)).toHaveLength(5);
    const krap = model.suggestedActions.find((a) => a.focusArea.includes("KRAP"))!;
    // The Interval setting is 60 days, so the advice is not "every 3 months".
    expect(krap.action).toContain("60");
    expect(krap.action).not.toContain("3. måned");
  });

  test("the custom five-level scale replaces the default", () => {
    expect(read.data.scale.map((s) => s.label)).toEqual([
      "Fuldt opnået",
      "Næsten opnået",
      "Delvist opnået",
      "Lidt opnået",
      "Ikke opnået",
      "Ikke vurderet",
    ]);
  });

  test("CPR-looking BorgerIDs are errors on their worksheet row, column BorgerID; non-CPR ids are kept", () => {
    const cpr = read.findings.filter((f) => f.sheet === "Borgere" && f.severity === "error");
    expect(cpr.map((f) => [f.row, f.column])).toEqual([
      [8, "BorgerID"], // 010190-1234: DDMMYY-SSSS
      [9, "BorgerID"], // 3112991234: 31-12-99 is a valid date
    ]);
    // No message repeats the CPR number.
    for (const f of read.findings) {
      expect(f.message).not.toContain("010190");
      expect(f.message).not.toContain("3112991234");
    }
    // 1234567890: "12-34-56" is no date, so it is a pseudonym.
    expect(read.data.citizens.map((c) => c.citizenId).sort()).toEqual([
      "1234567890",
      "B0001",
      "B0002",
      "B0003",
      "B0004",
    ]);
  });

  test("headers match whatever their case and spaces; extra columns do not disturb", () => {
    const b1 = read.data.citizens.find((c) => c.citizenId === "B0001")!;
    expect(b1.targetGroup).toBe("Udviklingshæmning");
    expect(b1.department).toBe("Bøgen");
    expect(b1.row).toBe(4);
  });

  test("text dates in all four formats and serials give the same calendar days", () => {
    const goal = (id: string) => read.data.goals.find((g) => g.goalId === id)!;
    // 2025-01-15 = serial 45672; 01-02-2025 = 1 Feb 2025 = 45689; 1.3.2025 = 45717; 01/03/2024 = 45352.
    expect(goal("G1").startDate).toBe(45672);
    expect(goal("G2").startDate).toBe(45689);
    expect(goal("G3").startDate).toBe(45717);
    expect(goal("G4").startDate).toBe(45717);
    expect(goal("G5").startDate).toBe(45352);
  });

  test("every unusable row is reported with sheet, Excel row and column, and left out", () => {
    const left = read.data.leftOut.map((l) => [l.sheet, l.row, l.column]);
    expect(left).toEqual(
      expect.arrayContaining([
        ["Borgere", 8, "BorgerID"],
        ["Borgere", 9, "BorgerID"],
        ["Mål", 9, "BorgerID"], // G8: citizen B9999 does not exist
        ["Opfølgning", 18, "MålID"], // F13: goal G77 does not exist
        ["Opfølgning", 19, "Dato"], // F14: 31-02-2025 is no date
        ["Opfølgning", 20, "Vurdering"], // F15: "Rigtig godt" is not on the scale
        ["Opfølgning", 21, "Dato"], // F16: #N/A
      ]),
    );
    expect(left).toHaveLength(7);
    for (const l of read.data.leftOut) {
      expect(read.findings.some((f) => f.severity === "error" && f.sheet === l.sheet && f.row === l.row)).toBe(true);
    }
  });

  test("warnings: a follow-up before its goal's Startdato and one after today; blank rows are reported", () => {
    const warnings = read.findings.filter((f) => f.severity === "warning" && f.sheet === "Opfølgning");
    const rows = warnings.map((f) => f.row);
    expect(rows).toContain(13); // F08 20 Feb before G4's Startdato 1 Mar
    expect(rows).toContain(14); // F09 10 Dec after today (1 Dec)
    expect(read.data.emptyRows?.Borgere).toEqual([10]);
    expect(read.data.emptyRows?.Opfoelgning).toEqual([22]);
  });

  test("used + left out + blank rows = input rows for each data table", () => {
    expect(read.data.citizens.length + 2 + 1).toBe(8);
    expect(read.data.goals.length + 1).toBe(8);
    expect(read.data.followUps.length + 4 + 1).toBe(18);
  });
});

describe("the 2025 evaluation model", () => {
  test("offer and basis: records read, units counted, rows left out", () => {
    expect(model.schemaVersion).toBe(1);
    expect(model.year).toBe(2025);
    expect(model.offer).toEqual({ name: "Bofællesskabet Åbakken", offerId: "T-4711", region: "Region Nordjylland" });
    // Citizens B0001-B0004 and 1234567890; goals G1-G7; follow-ups F01-F12 and F17.
    expect(model.basis.citizens).toBe(5);
    expect(model.basis.goals).toBe(7);
    expect(model.basis.followUps).toBe(13);
    expect(model.basis.units).toBe(6);
    expect(model.basis.leftOut).toHaveLength(7);
  });

  test("units: values, inherited method, category, GAS level and weight", () => {
    const units = Object.fromEntries(model.units.map((u) => [u.goalId, u]));
    expect(Object.keys(units).sort()).toEqual(["G1", "G2", "G3", "G4", "G5", "G7"]);
    expect(units.G1).toMatchObject({ value: 0.75, category: "Delvist opnået", gas: 1, weight: 1, followUpId: "F03" });
    expect(units.G2).toMatchObject({ value: 0, category: "Ikke opnået", gas: 0, weight: 2, method: "Low Arousal" });
    expect(units.G3).toMatchObject({
      value: 1,
      category: "Opnået",
      gas: null,
      method: "Åben dialog",
      department: "Åen",
    });
    expect(units.G4).toMatchObject({ value: 0.5, method: "KRAP", targetGroup: "Autismespektrum" });
    expect(units.G5).toMatchObject({ value: 0.25, gas: 2, department: "(ingen afdeling)", followUpId: "F09" });
    expect(units.G7).toMatchObject({ value: 1, method: '=HYPERLINK("http://x.dk";"Klik")' });
  });

  test("byMethod: figures per method incl. a previous-year-only method, in Danish order", () => {
    expect(model.byMethod.map((g) => g.group)).toEqual([
      '=HYPERLINK("http://x.dk";"Klik")',
      "KRAP",
      "Low Arousal",
      "Neuropædagogik",
      "Åben dialog",
    ]);
    // Low Arousal: B0001's G1 0.75 and G2 0 → mean 0.375.
    expectFigures(byName(model.byMethod, "Low Arousal"), {
      citizens: 1,
      goals: 2,
      achieved: 0,
      partial: 1,
      notAchieved: 1,
      mean: 0.375,
      citizenMean: 0.375,
      gasT: T_B0001,
      ...none,
    });
    // KRAP: G4 0.5 (B0002), G5 0.25 (B0003); GAS only B0003 → 70; 2024: G5 1 → change −0.625.
    expectFigures(byName(model.byMethod, "KRAP"), {
      citizens: 2,
      goals: 2,
      achieved: 0,
      partial: 2,
      notAchieved: 0,
      mean: 0.375,
      citizenMean: 0.375,
      gasT: T_B0003,
      previousMean: 1,
      change: -0.625,
    });
    expectFigures(byName(model.byMethod, "Åben dialog"), {
      citizens: 1,
      goals: 1,
      achieved: 1,
      partial: 0,
      notAchieved: 0,
      mean: 1,
      citizenMean: 1,
      gasT: null,
      ...none,
    });
    // Neuropædagogik: only a 2024 unit (G6 = 1): listed, empty figures this year, change empty.
    expectFigures(byName(model.byMethod, "Neuropædagogik"), onlyIn2024);
  });

  test("byTargetGroup: citizen-weighted mean differs from the unit mean", () => {
    expect(model.byTargetGroup.map((g) => g.group)).toEqual([
      "Autismespektrum",
      "Erhvervet hjerneskade",
      "Udviklingshæmning",
    ]);
    // B0001: G1 .75, G2 0, G7 1 (mean 1.75/3); B0003: G5 .25. Unit mean 2/4 = .5;
    // citizen mean (0.58333 + 0.25)/2 = 0.416666…; 2024: G5 = 1 → change −0.5.
    expectFigures(byName(model.byTargetGroup, "Udviklingshæmning"), {
      citizens: 2,
      goals: 4,
      achieved: 1,
      partial: 2,
      notAchieved: 1,
      mean: 0.5,
      citizenMean: (1.75 / 3 + 0.25) / 2,
      gasT: (T_B0001 + T_B0003) / 2,
      previousMean: 1,
      change: -0.5,
    });
    expectFigures(byName(model.byTargetGroup, "Autismespektrum"), {
      citizens: 1,
      goals: 2,
      achieved: 1,
      partial: 1,
      notAchieved: 0,
      mean: 0.75,
      citizenMean: 0.75,
      gasT: null,
      ...none,
    });
    expectFigures(byName(model.byTargetGroup, "Erhvervet hjerneskade"), onlyIn2024);
  });

  test("byDepartment: '(ingen afdeling)' for an empty Afdeling, Danish order with Å last", () => {
    expect(model.byDepartment.map((g) => g.group)).toEqual(["(ingen afdeling)", "Bøgen", "Åen"]);
    // Bøgen: B0001 (G1 .75, G2 0, G7 1); 2024: G6 (B0004) = 1.
    expectFigures(byName(model.byDepartment, "Bøgen"), {
      citizens: 1,
      goals: 3,
      achieved: 1,
      partial: 1,
      notAchieved: 1,
      mean: 1.75 / 3,
      citizenMean: 1.75 / 3,
      gasT: T_B0001,
      previousMean: 1,
      change: 1.75 / 3 - 1,
    });
    expectFigures(byName(model.byDepartment, "(ingen afdeling)"), {
      citizens: 1,
      goals: 1,
      achieved: 0,
      partial: 1,
      notAchieved: 0,
      mean: 0.25,
      citizenMean: 0.25,
      gasT: 70,
      previousMean: 1,
      change: -0.75,
    });
    expectFigures(byName(model.byDepartment, "Åen"), {
      citizens: 1,
      goals: 2,
      achieved: 1,
      partial: 1,
      notAchieved: 0,
      mean: 0.75,
      citizenMean: 0.75,
      gasT: null,
      ...none,
    });
  });

  test("total for the whole offer", () => {
    expect(model.total.group).toBe("(alle)");
    // Units .75, 0, 1, .5, .25, 1 → 3.5/6; citizen means B0001 1.75/3, B0002 .75, B0003 .25.
    expectFigures(model.total, {
      citizens: 3,
      goals: 6,
      achieved: 2,
      partial: 3,
      notAchieved: 1,
      mean: 3.5 / 6,
      citizenMean: (1.75 / 3 + 0.75 + 0.25) / 3,
      gasT: (T_B0001 + T_B0003) / 2,
      previousMean: 1,
      change: 3.5 / 6 - 1,
    });
  });

  test("target group × method, incl. a previous-year-only pair, sorted by target group then method", () => {
    expect(model.targetGroupByMethod.map((c) => `${c.targetGroup} × ${c.method}`)).toEqual([
      "Autismespektrum × KRAP",
      "Autismespektrum × Åben dialog",
      "Erhvervet hjerneskade × Neuropædagogik",
      'Udviklingshæmning × =HYPERLINK("http://x.dk";"Klik")',
      "Udviklingshæmning × KRAP",
      "Udviklingshæmning × Low Arousal",
    ]);
    const cell = (t: string, m: string) =>
      model.targetGroupByMethod.find((c) => c.targetGroup === t && c.method === m)!;
    expectFigures(cell("Udviklingshæmning", "KRAP"), {
      citizens: 1,
      goals: 1,
      achieved: 0,
      partial: 1,
      notAchieved: 0,
      mean: 0.25,
      citizenMean: 0.25,
      gasT: 70,
      previousMean: 1,
      change: -0.75,
    });
    expectFigures(cell("Erhvervet hjerneskade", "Neuropædagogik"), onlyIn2024);
  });

  test("data quality at 31 December 2025", () => {
    // Active (Aktiv or empty): G1, G3, G5, G6, G7 (G2 Afsluttet, G4 Opgivet, G8 left out) → 5.
    // SMORTE-complete: G1, G3 (G5 lacks Succeskriterium and numbers, G6 lacks Relevans, G7 lacks Slutdato) → 2.
    // Overdue at 31-12 (due no later than Slutdato): G1 last 1 Sep + 60 = 31 Oct (yes); G3 last usable
    //   15 Nov + 30 = 15 Dec (yes); G5 ended 01-02-2025 and was followed up after (10 Dec): ready to close,
    //   not overdue (no); G6 ended 01-12-2024, last follow-up 1 Jun 2024: its final follow-up is missing
    //   (yes); G7 1 Nov + 60 = 31 Dec, not before (no) → 3.
    // Without result: B0004 (G6 active, no 2025 unit) → 1. Involved (Ja): G1, G3, G7 → 3.
    expect(model.dataQuality).toEqual({
      activeGoals: 5,
      smorteComplete: 2,
      overdueAtYearEnd: 3,
      citizensWithoutResult: 1,
      involved: 3,
      overdueOn: dayFromYmd(2025, 12, 31),
    });
  });

  test("the JSON has the contract's field names, nulls for empty figures and plain numbers", () => {
    const json = JSON.parse(evaluationToJson(model));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "schemaVersion",
        "year",
        "offer",
        "basis",
        "byMethod",
        "byTargetGroup",
        "byDepartment",
        "total",
        "targetGroupByMethod",
        "dataQuality",
      ]),
    );
    expect(Object.keys(json.basis).sort()).toEqual(["citizens", "followUps", "goals", "leftOut", "units"].sort());
    expect(Object.keys(json.basis.leftOut[0]).sort()).toEqual(["column", "reason", "row", "sheet"]);
    const fields = [
      "group",
      "citizens",
      "goals",
      "achieved",
      "partial",
      "notAchieved",
      "mean",
      "citizenMean",
      "gasT",
      "previousMean",
      "change",
    ];
    for (const g of json.byMethod) expect(Object.keys(g).sort()).toEqual([...fields].sort());
    expect(Object.keys(json.total).sort()).toEqual([...fields].sort());
    const cross = json.targetGroupByMethod[0];
    expect(Object.keys(cross).sort()).toEqual([...fields.filter((f) => f !== "group"), "targetGroup", "method"].sort());
    const neuro = json.byMethod.find((g: { group: string }) => g.group === "Neuropædagogik");
    expect(neuro.mean).toBeNull();
    expect(neuro.change).toBeNull();
    const ud = json.byTargetGroup.find((g: { group: string }) => g.group === "Udviklingshæmning");
    expect(ud.citizenMean).toBeCloseTo(0.4166666666666667, 12);
    // No names, no free text in the machine-readable model.
    const text = evaluationToJson(model);
    for (const s of ["Søren", "Åse Øberg", "madpakke", "Netto"]) expect(text).not.toContain(s);
  });

  test("the result does not depend on row order", () => {
    const shuffled = {
      ...auditRaw,
      Maal: [...(auditRaw.Maal as object[])].reverse(),
    } as typeof auditRaw;
    const again = evaluateYear(readWorkbook(shuffled, { today: AUDIT_TODAY }).data, AUDIT_YEAR);
    expect(again.byMethod).toEqual(model.byMethod);
    expect(again.total).toEqual(model.total);
  });
});
