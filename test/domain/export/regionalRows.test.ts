import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { regionalExportRows } from "../../../src/domain/export/regionalRows";
import type { ExportRow, WorkbookData } from "../../../src/domain/types";
import { population } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

const exportOf = (data: WorkbookData): ExportRow[] => regionalExportRows(evaluateYear(data, 2026), data.settings);
const key = (r: ExportRow): string => `${r.targetGroup} / ${r.method}`;
const hidden = (rows: readonly ExportRow[]): string[] => rows.filter((r) => r.suppressed === 1).map(key);

describe("regional export rows", () => {
  const data = population([
    { targetGroup: "Autismespektrum", method: "KRAP", citizens: 6 },
    { targetGroup: "Autismespektrum", method: "Low Arousal", citizens: 7, assessment: "Delvist opnået" },
    { targetGroup: "Udviklingshæmning", method: "KRAP", citizens: 8, assessment: "Ikke opnået" },
  ]);
  const rows = exportOf(data);

  test("one row per target group × method, a total per target group and one for the offer, in Danish order", () => {
    expect(rows.map(key)).toEqual([
      "Autismespektrum / KRAP",
      "Autismespektrum / Low Arousal",
      "Autismespektrum / (alle)",
      "Udviklingshæmning / KRAP",
      "Udviklingshæmning / (alle)",
      "(alle) / (alle)",
    ]);
  });

  test("rows carry the export's schema version, region, offer id and year from Indstillinger", () => {
    for (const r of rows)
      expect(r).toMatchObject({ schemaVersion: 2, region: "Region Nordjylland", offerId: "T-0001", year: 2026 });
  });

  test("figures of a published row are the evaluation's figures", () => {
    expect(rows[2]).toMatchObject({
      citizens: 13,
      goals: 13,
      achieved: 6,
      partial: 7,
      notAchieved: 0,
      gasT: null,
      suppressed: 0,
    });
    // One goal per citizen: the citizen mean equals the goal mean, (6·1 + 7·0.5) / 13.
    expect(rows[2].mean).toBeCloseTo(9.5 / 13, 12);
    expect(rows[2].citizenMean).toBeCloseTo(9.5 / 13, 12);
    expect(rows[5]).toMatchObject({ citizens: 21, goals: 21, achieved: 6, partial: 7, notAchieved: 8, suppressed: 0 });
  });

  test("nothing is suppressed when every row has at least MindsteAntal citizens", () =>
    expect(hidden(rows)).toEqual([]));

  test("the worked example (1-2 citizens per group) is suppressed throughout, group names kept", () => {
    const example = exportOf(workedExampleData());
    expect(example.map(key)).toEqual([
      "Autismespektrum / KRAP",
      "Autismespektrum / Low Arousal",
      "Autismespektrum / (alle)",
      "Udviklingshæmning / Low Arousal",
      "Udviklingshæmning / (alle)",
      "(alle) / (alle)",
    ]);
    for (const r of example) {
      expect(r.suppressed).toBe(1);
      expect([r.citizens, r.goals, r.achieved, r.partial, r.notAchieved, r.mean, r.citizenMean, r.gasT]).toEqual(
        Array(8).fill(null),
      );
    }
  });
});

describe("primary suppression", () => {
  test("a row with fewer citizens than MindsteAntal is suppressed with a Danish reason", () => {
    const rows = exportOf(
      population([
        { targetGroup: "A", method: "KRAP", citizens: 6 },
        { targetGroup: "A", method: "Marte Meo", citizens: 6 },
        { targetGroup: "A", method: "Low Arousal", citizens: 4 },
        { targetGroup: "A", method: "TEACCH", citizens: 4 },
      ]),
    );
    expect(hidden(rows)).toEqual(["A / Low Arousal", "A / TEACCH"]);
    expect(rows.find((r) => r.method === "TEACCH")?.suppressionReason).toBe("Færre end 5 borgere.");
  });

  test("MindsteAntal is never below 3, even when the setting says 1", () => {
    const rows = exportOf(
      population(
        [
          { targetGroup: "A", method: "KRAP", citizens: 2 },
          { targetGroup: "A", method: "Low Arousal", citizens: 2 },
          { targetGroup: "A", method: "TEACCH", citizens: 3 },
          { targetGroup: "A", method: "Marte Meo", citizens: 3 },
        ],
        { minCount: 1 },
      ),
    );
    expect(hidden(rows)).toEqual(["A / KRAP", "A / Low Arousal"]);
  });

  test("a higher MindsteAntal hides more", () => {
    const data = population(
      [
        { targetGroup: "A", method: "KRAP", citizens: 8 },
        { targetGroup: "A", method: "Low Arousal", citizens: 9 },
        { targetGroup: "B", method: "KRAP", citizens: 12 },
      ],
      { minCount: 10 },
    );
    expect(hidden(exportOf(data))).toEqual(["A / KRAP", "A / Low Arousal"]);
  });
});

describe("secondary suppression", () => {
  test("when one method row under a target group is hidden, the next smallest is hidden too", () => {
    const rows = exportOf(
      population([
        { targetGroup: "A", method: "KRAP", citizens: 9 },
        { targetGroup: "A", method: "Low Arousal", citizens: 6 },
        { targetGroup: "A", method: "TEACCH", citizens: 2 },
        { targetGroup: "B", method: "KRAP", citizens: 7 },
      ]),
    );
    expect(hidden(rows)).toEqual(["A / Low Arousal", "A / TEACCH"]);
    expect(rows.find((r) => r.method === "Low Arousal")?.suppressionReason).toMatch(/trække fra i totalen/);
  });

  test("on a tie in citizens, the row with fewer goals is hidden; then the name decides", () => {
    const rows = exportOf(
      population([
        { targetGroup: "A", method: "Zoneterapi", citizens: 6 },
        { targetGroup: "A", method: "KRAP", citizens: 6 },
        { targetGroup: "A", method: "TEACCH", citizens: 1 },
      ]),
    );
    expect(hidden(rows)).toEqual(["A / KRAP", "A / TEACCH"]);
  });

  test("when one target group's total is hidden under the offer, the next smallest target group is hidden too, with one of its rows", () => {
    const rows = exportOf(
      population([
        { targetGroup: "A", method: "KRAP", citizens: 2 },
        { targetGroup: "B", method: "KRAP", citizens: 6 },
        { targetGroup: "C", method: "KRAP", citizens: 5 },
        { targetGroup: "C", method: "Low Arousal", citizens: 5 },
      ]),
    );
    // A is hidden (2 < 5); B (6) is the smallest other target-group total, so B's total is hidden, and
    // then B's only method row too, or B's total could be read off it.
    expect(hidden(rows)).toEqual(["A / KRAP", "A / (alle)", "B / KRAP", "B / (alle)"]);
    expect(rows.find((r) => key(r) === "B / (alle)")?.suppressionReason).toMatch(/hele tilbuddet/);
    expect(rows.find((r) => key(r) === "B / KRAP")?.suppressionReason).toMatch(/lægge rækkerne sammen/);
  });

  test("a hidden target-group total with published method rows gets its smallest method row hidden", () => {
    const rows = exportOf(
      population([
        { targetGroup: "A", method: "KRAP", citizens: 3 },
        { targetGroup: "B", method: "KRAP", citizens: 6 },
        { targetGroup: "B", method: "Low Arousal", citizens: 7 },
        { targetGroup: "C", method: "KRAP", citizens: 9 },
        { targetGroup: "C", method: "Low Arousal", citizens: 9 },
      ]),
    );
    expect(hidden(rows)).toEqual(["A / KRAP", "A / (alle)", "B / KRAP", "B / (alle)"]);
  });

  test("an offer with too few citizens in all is hidden entirely", () => {
    const rows = exportOf(population([{ targetGroup: "A", method: "KRAP", citizens: 4 }]));
    expect(hidden(rows)).toEqual(["A / KRAP", "A / (alle)", "(alle) / (alle)"]);
  });

  test("an offer with no results in the year exports only its total row, suppressed", () => {
    const rows = exportOf(population([]));
    expect(rows.map(key)).toEqual(["(alle) / (alle)"]);
    expect(rows[0].suppressed).toBe(1);
  });
});
