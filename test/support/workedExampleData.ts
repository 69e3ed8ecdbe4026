/**
 * The worked example (test/fixtures/workedExample.ts) as typed WorkbookData (what `readWorkbook` should make of
 * test/fixtures/workedExample.ts), so the computations can be tested on their own. Same citizens, goals,
 * follow-ups, settings and hand-worked figures as the raw fixture's comment.
 */
import type { WorkbookData } from "../../src/domain/types";
import { citizen, day, followUp, goal, workbook } from "./dataBuilder";

export const workedExampleData = (): WorkbookData =>
  workbook({
    citizens: [
      citizen({ citizenId: "B01", targetGroup: "Udviklingshæmning", department: "Hus Nord" }),
      citizen({ citizenId: "B02", targetGroup: "Udviklingshæmning", department: "Hus Nord" }),
      citizen({ citizenId: "B03", targetGroup: "Autismespektrum", department: "" }),
    ],
    goals: [
      goal({ goalId: "M01", citizenId: "B01", method: "Low Arousal", weight: 1, involved: true }),
      goal({ goalId: "M02", citizenId: "B01", parentId: "M01", method: "", weight: 2, involved: true }),
      goal({ goalId: "M03", citizenId: "B02", method: "KRAP", goalType: "Fastholde", interval: 90, involved: false }),
      goal({ goalId: "M04", citizenId: "B03", method: "KRAP", baseline: 1, target: 5, involved: true }),
      goal({ goalId: "M05", citizenId: "B03", method: "Low Arousal", interval: 365, evaluation: "", involved: null }),
    ],
    followUps: [
      followUp({ followUpId: "O01", goalId: "M01", date: day("2026-03-01"), assessment: "Delvist opnået", gas: -1 }),
      followUp({ followUpId: "O02", goalId: "M01", date: day("2026-09-01"), assessment: "Opnået", gas: 1 }),
      followUp({ followUpId: "O03", goalId: "M02", date: day("2026-05-10"), assessment: "Ikke opnået", gas: -1 }),
      followUp({ followUpId: "O04", goalId: "M03", date: day("2025-11-01"), assessment: "Opnået" }),
      followUp({ followUpId: "O05", goalId: "M03", date: day("2026-02-02"), assessment: "Ikke vurderet" }),
      followUp({ followUpId: "O06", goalId: "M04", date: day("2026-04-01"), measurement: 3 }),
      followUp({ followUpId: "O07", goalId: "M05", date: day("2026-06-01"), assessment: "Delvist opnået", gas: 0 }),
    ],
  });
