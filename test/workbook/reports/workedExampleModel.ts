/**
 * The evaluation model of the worked example (test/fixtures/workedExample.ts) for 2026, written out by hand from the
 * figures worked out in test/fixtures/workedExample.ts (the roll-ups are those of
 * test/support/workedExampleFigures), so the sheet builders are tested on known figures independently
 * of the engine. (A separate test checks the engine's model gives the same sheet.)
 */
import { dayFromYmd } from "../../../src/domain/dates";
import type { EvaluationModel, LeftOutRow } from "../../../src/domain/types";
import { WORKED_EXAMPLE_ROLLUPS } from "../../support/workedExampleFigures";

export { GAS_B01, GAS_LOW_AROUSAL } from "../../support/workedExampleFigures";

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

export const workedExampleModel: EvaluationModel = {
  schemaVersion: 1,
  year: 2026,
  offer: { name: "Bostedet Eksempel", offerId: "T-0001", region: "Region Nordjylland" },
  basis: { citizens: 3, goals: 5, followUps: 7, units: 4, leftOut: [], notYet: 0 },
  ...WORKED_EXAMPLE_ROLLUPS,
  dataQuality: {
    activeGoals: 5,
    smorteComplete: 4,
    overdueAtYearEnd: 4,
    citizensWithoutResult: 1,
    involved: 3,
    overdueOn: day(2026, 12, 31),
  },
  remarks: [
    {
      dimension: "method",
      group: "KRAP",
      kind: "too-few",
      text: "For få data: 1 borger med resultat i 2026 (mindst 5).",
    },
    {
      dimension: "method",
      group: "KRAP",
      kind: "falling",
      text: "Gennemsnittet faldt fra 100 % i 2025 til 50 % i 2026.",
    },
    {
      dimension: "method",
      group: "Low Arousal",
      kind: "too-few",
      text: "For få data: 2 borgere med resultat i 2026 (mindst 5).",
    },
  ],
  suggestedActions: [
    {
      focusArea: "Målopfyldelse med KRAP",
      action: "Gennemgå målene under KRAP med medarbejderne.",
      actionGoal: "Den gennemsnitlige målopfyldelse med KRAP er mindst 100 % ved årsevalueringen af 2027.",
      howAndWhen: "Drøftes på et personalemøde inden 31-03-2027.",
      responsibleForAction: "",
      responsibleForFollowUp: "",
      status: "Ikke startet",
    },
    {
      focusArea: "Målopfyldelse med Low Arousal",
      action: "Sørg for, at målene under Low Arousal bliver fulgt op mindst hver 3. måned.",
      actionGoal: "Mindst 5 borgere har resultat med Low Arousal ved årsevalueringen af 2027.",
      howAndWhen: "Drøftes på et personalemøde inden 31-03-2027.",
      responsibleForAction: "",
      responsibleForFollowUp: "",
      status: "Ikke startet",
    },
  ],
  units: [
    unit("M01", "B01", "Udviklingshæmning", "Hus Nord", "Low Arousal", 1, "Opnået", day(2026, 9, 1), "O02", 1, 1),
    unit(
      "M02",
      "B01",
      "Udviklingshæmning",
      "Hus Nord",
      "Low Arousal",
      0,
      "Ikke opnået",
      day(2026, 5, 10),
      "O03",
      -1,
      2,
    ),
    unit(
      "M04",
      "B03",
      "Autismespektrum",
      "(ingen afdeling)",
      "KRAP",
      0.5,
      "Delvist opnået",
      day(2026, 4, 1),
      "O06",
      null,
      1,
    ),
    unit(
      "M05",
      "B03",
      "Autismespektrum",
      "(ingen afdeling)",
      "Low Arousal",
      0.5,
      "Delvist opnået",
      day(2026, 6, 1),
      "O07",
      0,
      1,
    ),
  ],
};

function unit(
  goalId: string,
  citizenId: string,
  targetGroup: string,
  department: string,
  method: string,
  value: number,
  category: "Opnået" | "Delvist opnået" | "Ikke opnået",
  date: number,
  followUpId: string,
  gas: number | null,
  weight: number,
): EvaluationModel["units"][number] {
  return { goalId, citizenId, targetGroup, department, method, value, category, date, followUpId, gas, weight };
}

/** `count` left-out rows on the Opfølgning sheet (unreadable dates), for the summary/full-list tests. */
export function leftOutRows(count: number): LeftOutRow[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: "Opfølgning",
    row: 10 + i,
    column: "Dato",
    reason: "Datoen kan ikke læses. Skriv den som dd-mm-åååå.",
  }));
}
