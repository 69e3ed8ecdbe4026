import { consolidate, duplicateRefusals, funnelLimits, readExport, refusalText } from "../../../src/domain/sector";
import type { OfferExport } from "../../../src/domain/sector";
import { FILE_A, FILE_B, FILE_C, WORKED_FILES } from "./workedExample";

const accepted = (files: ReadonlyArray<readonly [string, string]>): OfferExport[] =>
  files.map(([name, text]) => {
    const r = readExport(name, text);
    if (!r.ok) throw new Error(refusalText(r.refusal));
    return r.value;
  });

describe("the sector's worked example (three small offers, 2026)", () => {
  const result = consolidate(accepted(WORKED_FILES), 2026);

  test("lists the offers read for the year with their rows and suppressed rows", () => {
    expect(result.offers).toEqual([
      { offerId: "A", file: "a-2026.json", schemaVersion: 2, rows: 3, suppressedRows: 0 },
      { offerId: "B", file: "b-2026.csv", schemaVersion: 2, rows: 3, suppressedRows: 0 },
      { offerId: "C", file: "c-2026.csv", schemaVersion: 1, rows: 4, suppressedRows: 1 },
    ]);
    expect(result.region).toBe("Region Nordjylland");
    expect(result.warnings).toEqual([]);
  });

  test("Autisme: sums, the goal- and citizen-weighted means, GAS T over version-2 rows, last year", () => {
    const [autism] = result.byTargetGroup;
    expect(autism).toMatchObject({
      group: "Autisme",
      offers: 3,
      suppressedOffers: 0,
      citizens: 130,
      goals: 130,
      achieved: 53,
      partial: 30,
      notAchieved: 47,
      gasT: 49,
      previousMean: 0.5,
      suppressed: 0,
    });
    expect(autism.mean).toBeCloseTo(0.530769231, 9);
    expect(autism.citizenMean).toBeCloseTo(0.530769231, 9);
    expect(autism.change).toBeCloseTo(0.030769231, 9);
    expect(result.total).toMatchObject({ group: "(alle)", citizens: 130, goals: 130, offers: 3 });
  });

  test("per method: KRAP from the three offers; Low Arousal, only suppressed, is shown suppressed with its coverage", () => {
    expect(result.byMethod.map((m) => m.group)).toEqual(["KRAP", "Low Arousal"]);
    expect(result.byMethod[0]).toMatchObject({ citizens: 125, goals: 125, achieved: 50, partial: 29, notAchieved: 46 });
    expect(result.byMethod[0].mean).toBeCloseTo(0.524, 12);
    expect(result.byMethod[1]).toMatchObject({
      offers: 0,
      suppressedOffers: 1,
      citizens: null,
      mean: null,
      suppressed: 1,
    });
    expect(result.targetGroupByMethod.map((c) => `${c.targetGroup} × ${c.method}: ${c.suppressed}`)).toEqual([
      "Autisme × KRAP: 0",
      "Autisme × Low Arousal: 1",
    ]);
  });

  test("the funnel: the large offer B is under the 99.8 % limits, the small extreme offer A is not", () => {
    const [funnel] = result.comparison;
    expect(funnel.targetGroup).toBe("Autisme");
    expect(funnel.sector).toBeCloseTo(0.530769231, 9);
    const [a, b, c] = funnel.offers;
    expect([a.offerId, a.position, b.offerId, b.position, c.offerId, c.position]).toEqual([
      "A",
      "inden for",
      "B",
      "under",
      "C",
      "inden for",
    ]);
    expect(b.lower998).toBeCloseTo(0.331689, 6);
    expect(c.upper998).toBeCloseTo(0.72985, 5);
    expect(a.lower998).toBeCloseTo(0.043123, 6);
    expect(a.upper998).toBe(1);
  });

  test("a sector row with fewer citizens than the threshold is suppressed; the threshold is never below 3", () => {
    const high = consolidate(accepted(WORKED_FILES), 2026, { minCount: 200 });
    expect(high.byTargetGroup[0]).toMatchObject({ offers: 3, citizens: null, suppressed: 1 });
    expect(consolidate(accepted(WORKED_FILES), 2026, { minCount: 1 }).minCount).toBe(3);
  });

  test("a file of another year is named in a warning and not used", () => {
    const other = accepted([
      ["a-2020.json", FILE_A.replace(/"year":2026/g, '"year":2020')],
      ["b.csv", FILE_B],
    ]);
    const r = consolidate(other, 2026);
    expect(r.warnings).toEqual(["a-2020.json gælder 2020 og er ikke brugt (kun 2026 og 2025 bruges)."]);
    expect(r.offers.map((o) => o.offerId)).toEqual(["B"]);
  });
});

describe("files refused, with the file, the row and a Danish reason", () => {
  const refused = (name: string, text: string) => {
    const r = readExport(name, text);
    if (r.ok) throw new Error("accepted");
    return refusalText(r.refusal);
  };

  test("counts that do not add up", () => {
    expect(
      refused("b.csv", FILE_B.replace("60,60,12,12,36,0.3,0.3,45,6,0\r\n2,", "60,60,12,12,35,0.3,0.3,45,6,0\r\n2,")),
    ).toBe("b.csv, række 1: tallene passer ikke: achieved + partial + notAchieved (59) er ikke goals (60).");
  });

  test("a suppressed row that carries figures is a privacy breach: the whole file is refused", () => {
    expect(refused("c.csv", FILE_C.replace("Low Arousal,,,,,,,,,1", "Low Arousal,2,,,,,,,,1"))).toMatch(
      /^c\.csv, række 2: rækken er skjult \(suppressed = 1\), men har tal/,
    );
  });

  test("a fraction outside 0..1, an unknown version, not an export", () => {
    expect(refused("a.json", FILE_A.replace('"mean":0.9', '"mean":1.9'))).toBe(
      "a.json, række 1: mean skal være en brøk mellem 0 og 1.",
    );
    expect(refused("a.json", FILE_A.replace(/"schemaVersion":2/g, '"schemaVersion":3'))).toMatch(
      /Ukendt filformat \(schemaVersion 3\)/,
    );
    expect(refused("noter.csv", "navn,tal\r\nx,1\r\n")).toMatch(/^noter\.csv: Filen er ikke en regional eksport/);
  });

  test("two files for the same offer and year", () => {
    const files = accepted([
      ["b.csv", FILE_B],
      ["b-kopi.csv", FILE_B],
    ]);
    expect(duplicateRefusals(files).map(refusalText)).toEqual([
      "b-kopi.csv: b.csv har allerede tilbuddet B for 2026: to filer for samme tilbud og år.",
    ]);
  });
});

test("funnel limits are clipped to 0..1 and narrow as the number of citizens grows", () => {
  expect(funnelLimits(0.5, 25, 1.96)).toEqual([expect.closeTo(0.304, 12), expect.closeTo(0.696, 12)]);
  expect(funnelLimits(0.9, 1, 3.09)[1]).toBe(1);
});
