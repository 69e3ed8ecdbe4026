/**
 * The expected roll-up figures of the worked example (test/fixtures/workedExample.ts) for 2026, written out by hand from the
 * example (test/fixtures/workedExample.ts), never computed by the code under test. The one source for
 * the roll-up tests (gasCitizens: how many citizens have a GAS T — B01 and B03 where both do), the evaluation-model assertions and the hand-written model the sheet builders get.
 */
import type { CrossFigures, EvaluationModel, GroupFigures } from "../../src/domain/types";

/** B01's GAS T-score: 50 + 10·(1·1 + 2·(−1)) / √(0.7·5 + 0.3·9) = 45.98394… */
export const GAS_B01 = 50 + (10 * (1 * 1 + 2 * -1)) / Math.sqrt(0.7 * 5 + 0.3 * 9);
/** The mean of B01's and B03's T-scores (B03: 50) = 47.99197… */
export const GAS_LOW_AROUSAL = (GAS_B01 + 50) / 2;

/** Per method. KRAP: M04 = 0.5 (B03); 2025: M03 = 1. Low Arousal: M01 = 1, M02 = 0 (B01), M05 = 0.5 (B03). */
const KRAP: GroupFigures = {
  group: "KRAP",
  citizens: 1,
  goals: 1,
  achieved: 0,
  partial: 1,
  notAchieved: 0,
  mean: 0.5,
  citizenMean: 0.5,
  gasT: null,
  gasCitizens: 0,
  previousMean: 1,
  change: -0.5,
};

const LOW_AROUSAL: GroupFigures = {
  group: "Low Arousal",
  citizens: 2,
  goals: 3,
  achieved: 1,
  partial: 1,
  notAchieved: 1,
  mean: 0.5,
  citizenMean: 0.5,
  gasT: GAS_LOW_AROUSAL,
  gasCitizens: 2,
  previousMean: null,
  change: null,
};

/** Per target group. Autismespektrum: B03's M04 and M05. Udviklingshæmning: B01's M01 and M02; 2025: M03. */
const AUTISM: GroupFigures = {
  group: "Autismespektrum",
  citizens: 1,
  goals: 2,
  achieved: 0,
  partial: 2,
  notAchieved: 0,
  mean: 0.5,
  citizenMean: 0.5,
  gasT: 50,
  gasCitizens: 1,
  previousMean: null,
  change: null,
};

const DISABILITY: GroupFigures = {
  group: "Udviklingshæmning",
  citizens: 1,
  goals: 2,
  achieved: 1,
  partial: 0,
  notAchieved: 1,
  mean: 0.5,
  citizenMean: 0.5,
  gasT: GAS_B01,
  gasCitizens: 1,
  previousMean: 1,
  change: -0.5,
};

/** Per department: B01 and B02 are in Hus Nord, B03 has no Afdeling, so the units of the target groups. */
const NO_DEPARTMENT: GroupFigures = { ...AUTISM, group: "(ingen afdeling)" };
const HUS_NORD: GroupFigures = { ...DISABILITY, group: "Hus Nord" };

/** The whole offer. */
const TOTAL: GroupFigures = {
  group: "(alle)",
  citizens: 2,
  goals: 4,
  achieved: 1,
  partial: 2,
  notAchieved: 1,
  mean: 0.5,
  citizenMean: 0.5,
  gasT: GAS_LOW_AROUSAL,
  gasCitizens: 2,
  previousMean: 1,
  change: -0.5,
};

/**
 * Target group × method. Autismespektrum × KRAP is M04 and × Low Arousal is M05 (no 2025 result);
 * Udviklingshæmning × KRAP has only a 2025 result (M03 = 1); × Low Arousal is M01 and M02.
 */
const TARGET_GROUP_BY_METHOD: readonly CrossFigures[] = [
  {
    targetGroup: "Autismespektrum",
    method: "KRAP",
    citizens: 1,
    goals: 1,
    achieved: 0,
    partial: 1,
    notAchieved: 0,
    mean: 0.5,
    citizenMean: 0.5,
    gasT: null,
    gasCitizens: 0,
    previousMean: null,
    change: null,
  },
  {
    targetGroup: "Autismespektrum",
    method: "Low Arousal",
    citizens: 1,
    goals: 1,
    achieved: 0,
    partial: 1,
    notAchieved: 0,
    mean: 0.5,
    citizenMean: 0.5,
    gasT: 50,
    gasCitizens: 1,
    previousMean: null,
    change: null,
  },
  {
    targetGroup: "Udviklingshæmning",
    method: "KRAP",
    citizens: 0,
    goals: 0,
    achieved: 0,
    partial: 0,
    notAchieved: 0,
    mean: null,
    citizenMean: null,
    gasT: null,
    gasCitizens: 0,
    previousMean: 1,
    change: null,
  },
  {
    targetGroup: "Udviklingshæmning",
    method: "Low Arousal",
    citizens: 1,
    goals: 2,
    achieved: 1,
    partial: 0,
    notAchieved: 1,
    mean: 0.5,
    citizenMean: 0.5,
    gasT: GAS_B01,
    gasCitizens: 1,
    previousMean: null,
    change: null,
  },
];

/** The roll-ups as they stand in the evaluation model, each list in the model's order. */
export const WORKED_EXAMPLE_ROLLUPS: Pick<
  EvaluationModel,
  "byMethod" | "byTargetGroup" | "byDepartment" | "total" | "targetGroupByMethod"
> = {
  byMethod: [KRAP, LOW_AROUSAL],
  byTargetGroup: [AUTISM, DISABILITY],
  byDepartment: [NO_DEPARTMENT, HUS_NORD],
  total: TOTAL,
  targetGroupByMethod: TARGET_GROUP_BY_METHOD,
};

/**
 * The figures as a matcher: a GAS T-score that is not a whole number (a quotient with a square root) is
 * compared to 12 decimals, every other figure exactly.
 */
export function closeGasT<T extends { readonly gasT: number | null }>(figures: T): T {
  const { gasT } = figures;
  return gasT === null || Number.isInteger(gasT) ? figures : { ...figures, gasT: expect.closeTo(gasT, 12) };
}
