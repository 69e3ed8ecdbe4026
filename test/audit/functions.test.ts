/**
 * Audit of the SMORTE.* custom functions, called as Excel calls them: 2-D arrays for ranges (structured
 * references with the header row as the user typed it), serial numbers for dates, null for an omitted
 * optional argument. Expected values are worked out by hand (see test/audit/evaluation.test.ts for the
 * audit workbook's units).
 */
import "../support/customFunctionsGlobal";
import {
  check,
  criterion,
  fulfilment,
  gas,
  goalResult,
  overdue,
  progress,
  results,
} from "../../src/functions/functions";
import type { RawRow, RawTable } from "../../src/domain/types";
import { auditRaw } from "./workbook";
import { serial } from "./support";

const OMIT = null as unknown as undefined;

/** A table as Excel passes `Table[#Alle]`: header row first, "" for empty cells. */
function range(rows: readonly RawRow[]): unknown[][] {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ""))];
}
const rowsOf = (t: unknown) => (Array.isArray(t) ? (t as RawRow[]) : (t as RawTable).rows);
const maal = range(rowsOf(auditRaw.Maal));
const allFollowUps = range(rowsOf(auditRaw.Opfoelgning));
/** The follow-ups without F16, whose Dato holds the error value #N/A (an error inside a range refuses to compute). */
const opf = allFollowUps.filter((r) => r[0] !== "F16");
const borgere = range(rowsOf(auditRaw.Borgere));
const skala = range(rowsOf(auditRaw.Skala));
const skalaNoHeader = skala.slice(1);

function excelError(call: () => unknown): string {
  try {
    const value = call();
    return `value ${JSON.stringify(value)}`;
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e.code;
    return `exception ${String(e)}`;
  }
}

describe("SMORTE.FULFILMENT (MÅLOPFYLDELSE)", () => {
  test("labels of a custom scale, with or without the header row, trimmed and case-insensitive", () => {
    expect(fulfilment("Næsten opnået", skala)).toBe(0.75);
    expect(fulfilment("  lidt OPNÅET ", skalaNoHeader)).toBe(0.25);
    expect(fulfilment("Ikke vurderet", skala)).toBe("");
  });
  test("the default scale when no scale is given; a number 0..1 is itself", () => {
    expect(fulfilment("Opnået", OMIT)).toBe(1);
    expect(fulfilment("Delvist opnået", OMIT)).toBe(0.5);
    expect(fulfilment("ikke opnået", OMIT)).toBe(0);
    expect(fulfilment("Ikke vurderet", OMIT)).toBe("");
    expect(fulfilment(0.3, OMIT)).toBe(0.3);
  });
  test("an unknown label or a number outside 0..1 is an Excel error, not a number", () => {
    expect(excelError(() => fulfilment("Super", OMIT))).toMatch(/^#(VALUE!|N\/A)$/);
    expect(excelError(() => fulfilment(1.5, OMIT))).toBe("#VALUE!");
  });
});

describe("SMORTE.PROGRESS (FREMSKRIDT)", () => {
  test.each([
    [6, 10, 2, 0.5], // (6−10)/(2−10)
    [1, 10, 2, 1], // past the target: clamped
    [12, 10, 2, 0], // behind the baseline: clamped
    [3, 1, 5, 0.5],
  ])("PROGRESS(%p; %p; %p) = %p", (m, b, t, v) => {
    expect(progress(m, b, t)).toBeCloseTo(v, 12);
  });
  test("blank or text arguments and baseline = target are Excel errors", () => {
    expect(excelError(() => progress("", 1, 5))).toBe("#VALUE!");
    expect(excelError(() => progress("tre", 1, 5))).toBe("#VALUE!");
    // Text in a number argument is refused (issue 5), even when it reads as a number.
    expect(excelError(() => progress("4", 0, 8))).toBe("#VALUE!");
    expect(excelError(() => progress(3, 5, 5))).toMatch(/^#/);
  });
});

describe("SMORTE.GAS", () => {
  test("weights and rho: levels +1 (w1) and 0 (w2), ρ 0.5 → 50 + 10/√7", () => {
    expect(gas([[1], [0]], [[1], [2]], 0.5)).toBeCloseTo(50 + 10 / Math.sqrt(7), 9);
  });
  test("default weights 1 and ρ 0.3: one goal at −2 → 30; +2 and −2 → 50; all 0 → 50", () => {
    expect(gas([[-2]], OMIT, OMIT)).toBeCloseTo(30, 9);
    expect(gas([[2, -2]], OMIT, OMIT)).toBeCloseTo(50, 9);
    expect(gas([[0], [0], [0]], OMIT, OMIT)).toBe(50);
  });
  test("three goals +2, +1, −1 with weights 1, 2, 3 and ρ 0.3", () => {
    // Σwx = 2 + 2 − 3 = 1; Σw² = 14; Σw = 6 → T = 50 + 10/√(0.7·14 + 0.3·36) = 50 + 10/√20.6.
    expect(gas([[2], [1], [-1]], [[1], [2], [3]], 0.3)).toBeCloseTo(50 + 10 / Math.sqrt(20.6), 9);
  });
  test("a blank level cell is left out with its weight", () => {
    expect(gas([[1], [""]], [[1], [4]], OMIT)).toBeCloseTo(60, 9);
  });
  test("levels outside −2..2, weights outside 1..4, ρ ≥ 1 and mismatched shapes are #VALUE!", () => {
    expect(excelError(() => gas([[3]], OMIT, OMIT))).toBe("#VALUE!");
    expect(excelError(() => gas([[1]], [[5]], OMIT))).toBe("#VALUE!");
    expect(excelError(() => gas([[1]], OMIT, 1))).toBe("#VALUE!");
    expect(excelError(() => gas([[1], [2]], [[1, 2]], OMIT))).toBe("#VALUE!");
  });
});

describe("SMORTE.OVERDUE (FORSINKET)", () => {
  test("last follow-up + interval compared with the reference date, in days", () => {
    expect(overdue(serial(2025, 11, 1), 60, serial(2025, 12, 31))).toBe(0); // due exactly on 31 Dec
    expect(overdue(serial(2025, 11, 1), 60, serial(2026, 1, 5))).toBe(5);
    expect(overdue(serial(2025, 9, 1), 60, serial(2025, 12, 31))).toBe(61); // due 31 Oct
    expect(overdue(serial(2024, 2, 28), 2, serial(2024, 3, 2))).toBe(1); // leap year: due 1 Mar
  });
});

describe("SMORTE.CRITERION (KRITERIE)", () => {
  test("Opfyldt only without any 'Ikke til stede'; not yet judged markers make it Ikke færdigvurderet", () => {
    expect(criterion([["Til stede"], ["Ikke aktuel"], ["Til stede"]])).toBe("Opfyldt");
    expect(criterion([["Ikke aktuel"], ["Ikke aktuel"]])).toBe("Opfyldt");
    expect(criterion([["Til stede"], ["Ikke til stede"]])).toBe("Ikke opfyldt");
    expect(criterion([["Til stede"], [""]])).toBe("Ikke færdigvurderet");
  });
});

describe("SMORTE.CHECK (TJEK)", () => {
  const complete = [
    "Søren smører selv sin madpakke om morgenen",
    "Søren gør det selv mindst 3 gange om ugen i 4 uger i træk",
    "Søren kan det allerede med støtte; støtten trappes ned over tre måneder",
    "Sørens eget ønske og indsatsformålet i § 141-handleplanen",
    serial(2025, 1, 15),
    serial(2025, 12, 15),
    "Kontaktpersonen evaluerer hver måned på teammødet sammen med Søren",
  ] as const;
  test("a SMORTE-complete goal gives empty text", () => {
    const text = check(...complete, 60, OMIT, OMIT);
    expect(text.split("\n").filter((l) => /fejl/i.test(l))).toEqual([]);
  });
  test("a missing Slutdato and a missing Relevans are named", () => {
    const text = check(complete[0], complete[1], complete[2], "", complete[4], "", complete[6], OMIT, OMIT, OMIT);
    expect(text).toMatch(/Slutdato/);
    expect(text).toMatch(/Relevans/);
  });
});

describe("SMORTE.GOALRESULT (MÅLRESULTAT) on the audit workbook", () => {
  test("a goal with an unusable follow-up row of its own (unreadable date, unknown label) gives #VALUE!", () => {
    // F14 (G1, Dato 31-02-2025) and F15 (G3, "Rigtig godt"): the function refuses rather than guess.
    expect(excelError(() => goalResult("G1", opf, 2025, maal, skala))).toBe("#VALUE!");
    expect(excelError(() => goalResult("G3", opf, 2025, maal, skala))).toBe("#VALUE!");
  });
  const clean = opf.filter((r) => r[0] !== "F14" && r[0] !== "F15");
  test.each([
    ["G1", 2025, 0.75], // same date: the later row (Næsten opnået) wins
    ["G2", 2025, 0], // the latest (Ikke vurderet) does not count; the earlier Ikke opnået does
    ["G3", 2025, 1], // measured: 1 from baseline 10 to target 2 → 1.125 clamped
    ["G4", 2025, 0.5],
    ["G5", 2025, 0.25],
    ["G5", 2024, 1],
  ])("%s in %p = %p", (goal, year, value) => {
    expect(goalResult(goal, clean, year, maal, skala)).toBeCloseTo(value, 12);
  });
  test("an error value inside the follow-ups range gives #VALUE!, never a silently wrong number", () => {
    expect(excelError(() => goalResult("G1", allFollowUps, 2025, maal, skala))).toBe("#VALUE!");
    expect(excelError(() => results(maal, allFollowUps, borgere, 2025, "Metode", skala, 0.5))).toBe("#VALUE!");
  });
  test("a goal without a result in the year is #N/A", () => {
    expect(excelError(() => goalResult("G6", opf, 2025, maal, skala))).toBe("#N/A");
  });
});

describe("SMORTE.RESULTS (RESULTATER) equals the evaluation's hand-worked figures", () => {
  const T_B0001 = 50 + 10 / Math.sqrt(7);
  const num = (x: unknown) => (typeof x === "number" ? x : x === "" ? null : x);
  function table(groupBy: string): Map<string, unknown[]> {
    const out = results(maal, opf, borgere, 2025, groupBy, skala, 0.5);
    return new Map(out.slice(1).map((r) => [String(r[0]), r.slice(1).map(num)]));
  }
  function expectRow(actual: unknown[] | undefined, expected: (number | null)[]): void {
    expect(actual).toBeDefined();
    expected.forEach((v, i) => {
      if (v === null) expect(actual![i]).toBeNull();
      else expect(actual![i]).toBeCloseTo(v, 9);
    });
  }
  test("by method, with the GAS ρ 0.5 of the workbook's settings", () => {
    const t = table("Metode");
    // citizens, goals, achieved, partial, notAchieved, mean, citizenMean, gasT
    expectRow(t.get("Low Arousal"), [1, 2, 0, 1, 1, 0.375, 0.375, T_B0001]);
    expectRow(t.get("KRAP"), [2, 2, 0, 2, 0, 0.375, 0.375, 70]);
    expectRow(t.get("Åben dialog"), [1, 1, 1, 0, 0, 1, 1, null]);
    expectRow(t.get("(alle)"), [3, 6, 2, 3, 1, 3.5 / 6, (1.75 / 3 + 0.75 + 0.25) / 3, (T_B0001 + 70) / 2]);
  });
  test("by target group and by department", () => {
    const tg = table("Målgruppe");
    expectRow(tg.get("Udviklingshæmning"), [2, 4, 1, 2, 1, 0.5, (1.75 / 3 + 0.25) / 2, (T_B0001 + 70) / 2]);
    expectRow(tg.get("Autismespektrum"), [1, 2, 1, 1, 0, 0.75, 0.75, null]);
    const dep = table("Afdeling");
    expectRow(dep.get("Bøgen"), [1, 3, 1, 1, 1, 1.75 / 3, 1.75 / 3, T_B0001]);
    expectRow(dep.get("(ingen afdeling)"), [1, 1, 0, 1, 0, 0.25, 0.25, 70]);
  });
  test("by citizen", () => {
    const b = table("Borger");
    expectRow(b.get("B0002"), [1, 2, 1, 1, 0, 0.75, 0.75, null]);
  });
});
