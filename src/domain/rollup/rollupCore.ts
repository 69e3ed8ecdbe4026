/**
 * The one roll-up computation (docs/rules.md §6), over units stored column-wise with whole-number ids for
 * citizens and groups. `groupFigures` (any grouping of ResultUnit objects) and `evaluateYear` (five
 * groupings of one year's units) both end here, so there is one implementation of the rule.
 *
 * Work is linear: one pass over the units for the goal-level counts, and one pass over the units in
 * citizen order for the citizen-level figures (citizen mean and GAS T-score per group), with scratch
 * arrays indexed by group id instead of maps.
 */
import { CATEGORY_TOLERANCE } from "../fulfilment/category";
import { gasTFromSums, isGasLevel, isGasWeight } from "../gas";
import type { GroupFigures } from "../types";
import { compareDanish } from "./collate";

/** The figures of a group with no units (the whole offer in a year without results). */
export function emptyFigures(group: string): GroupFigures {
  return {
    group,
    citizens: 0,
    goals: 0,
    achieved: 0,
    partial: 0,
    notAchieved: 0,
    mean: null,
    citizenMean: null,
    gasT: null,
    gasCitizens: 0,
    previousMean: null,
    change: null,
  };
}

/** One year's units, column-wise. Unit i belongs to citizen `citizen[i]` (0 ≤ id < `citizenCount`). */
export interface UnitColumns {
  readonly length: number;
  readonly citizenCount: number;
  readonly citizen: Int32Array;
  readonly value: Float64Array;
  /** GAS level, or NaN where the unit has none. */
  readonly gas: Float64Array;
  readonly weight: Float64Array;
}

/** Units of the year before: only their group and value matter (previousMean). */
export interface PreviousColumns {
  readonly length: number;
  readonly group: Int32Array;
  readonly value: Float64Array;
}

/**
 * Unit positions ordered by citizen (stable), by counting sort.
 * @example citizenOrder({ length: 3, citizenCount: 2, citizen: Int32Array.of(1, 0, 1), … }) // [1, 0, 2]
 */
export function citizenOrder(units: UnitColumns): Int32Array {
  const start = new Int32Array(units.citizenCount + 1);
  for (let i = 0; i < units.length; i++) start[units.citizen[i] + 1]++;
  for (let c = 0; c < units.citizenCount; c++) start[c + 1] += start[c];
  const order = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) order[start[units.citizen[i]]++] = i;
  return order;
}

/** Checks a GAS level and weight pair before it goes into a sum; returns NaN for "no level". */
export function gasColumnValue(level: number | null, weight: number): number {
  if (level === null || level === undefined) return Number.NaN;
  if (!isGasLevel(level)) throw new RangeError(`GAS-niveau skal være et helt tal fra -2 til 2; fik ${String(level)}.`);
  if (!isGasWeight(weight)) throw new RangeError(`GAS-vægt skal være et helt tal fra 1 til 4; fik ${String(weight)}.`);
  return level;
}

const HIGH = 1 - CATEGORY_TOLERANCE;
const LOW = CATEGORY_TOLERANCE;

/**
 * Roll up units into groups `0 … groupNames.length − 1` (`group[i]` is unit i's group). A group is listed
 * when it has units in this year or in `previous`; groups are sorted by name (Danish collation).
 * `order` is `citizenOrder(units)` (pass it in when rolling up the same units several ways).
 */
export function rollupColumns(
  units: UnitColumns,
  order: Int32Array,
  group: Int32Array,
  groupNames: readonly string[],
  previous: PreviousColumns | null,
  rho: number,
): GroupFigures[] {
  if (typeof rho !== "number" || !(rho >= 0 && rho < 1)) {
    throw new RangeError(
      `GAS-korrelationen ρ skal være et tal fra 0 op til (men ikke med) 1; fik ${String(rho)}. Ret GASRho på arket Indstillinger.`,
    );
  }
  const n = groupNames.length;
  const goals = new Int32Array(n);
  const achieved = new Int32Array(n);
  const notAchieved = new Int32Array(n);
  const sum = new Float64Array(n);
  for (let i = 0; i < units.length; i++) {
    const g = group[i];
    const v = units.value[i];
    goals[g]++;
    sum[g] += v;
    if (v >= HIGH) achieved[g]++;
    else if (v <= LOW) notAchieved[g]++;
  }

  // Citizen-level figures: walk the units citizen by citizen; per citizen, per touched group, sum up.
  const citizens = new Int32Array(n);
  const citizenMeanSum = new Float64Array(n);
  const gasSum = new Float64Array(n);
  const gasCitizens = new Int32Array(n);
  const seenBy = new Int32Array(n).fill(-1);
  const cSum = new Float64Array(n);
  const cCount = new Int32Array(n);
  const sWx = new Float64Array(n);
  const sW = new Float64Array(n);
  const sW2 = new Float64Array(n);
  const touched = new Int32Array(n);
  let k = 0;
  while (k < order.length) {
    const c = units.citizen[order[k]];
    let touchedCount = 0;
    for (; k < order.length && units.citizen[order[k]] === c; k++) {
      const i = order[k];
      const g = group[i];
      if (seenBy[g] !== c) {
        seenBy[g] = c;
        cSum[g] = 0;
        cCount[g] = 0;
        sWx[g] = 0;
        sW[g] = 0;
        sW2[g] = 0;
        touched[touchedCount++] = g;
      }
      cSum[g] += units.value[i];
      cCount[g]++;
      const x = units.gas[i];
      if (x === x) {
        const w = units.weight[i];
        sWx[g] += w * x;
        sW[g] += w;
        sW2[g] += w * w;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const g = touched[t];
      citizens[g]++;
      citizenMeanSum[g] += cSum[g] / cCount[g];
      if (sW[g] > 0) {
        gasSum[g] += gasTFromSums(sWx[g], sW[g], sW2[g], rho);
        gasCitizens[g]++;
      }
    }
  }

  const previousSum = new Float64Array(n);
  const previousCount = new Int32Array(n);
  if (previous !== null) {
    for (let i = 0; i < previous.length; i++) {
      previousSum[previous.group[i]] += previous.value[i];
      previousCount[previous.group[i]]++;
    }
  }

  const listed: number[] = [];
  for (let g = 0; g < n; g++) if (goals[g] > 0 || previousCount[g] > 0) listed.push(g);
  listed.sort((a, b) => compareDanish(groupNames[a], groupNames[b]));
  return listed.map((g) => {
    const mean = goals[g] > 0 ? sum[g] / goals[g] : null;
    const previousMean = previousCount[g] > 0 ? previousSum[g] / previousCount[g] : null;
    return {
      group: groupNames[g],
      citizens: citizens[g],
      goals: goals[g],
      achieved: achieved[g],
      partial: goals[g] - achieved[g] - notAchieved[g],
      notAchieved: notAchieved[g],
      mean,
      citizenMean: citizens[g] > 0 ? citizenMeanSum[g] / citizens[g] : null,
      gasT: gasCitizens[g] > 0 ? gasSum[g] / gasCitizens[g] : null,
      gasCitizens: gasCitizens[g],
      previousMean,
      change: mean !== null && previousMean !== null ? mean - previousMean : null,
    };
  });
}

/** Interns strings to dense ids 0, 1, 2 … in order of first appearance. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}
