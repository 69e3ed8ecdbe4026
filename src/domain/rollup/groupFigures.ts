/**
 * Roll-up figures per group of result units (docs/rules.md §6): a method, a target group, a department,
 * a target group × method cell, or the whole offer.
 */
import { DEFAULT_GAS_RHO } from "../gas";
import type { GroupFigures, ResultUnit } from "../types";
import { citizenOrder, gasColumnValue, Interner, rollupColumns, type UnitColumns } from "./rollupCore";

export interface GroupOptions {
  /** GAS correlation ρ (the `GASRho` setting); default 0.3. */
  readonly rho?: number;
  /** The units of year Y−1, for `previousMean` and `change`. */
  readonly previousUnits?: readonly ResultUnit[];
}

/**
 * Roll up result units per group, where `keyOf` names a unit's group:
 * - `citizens`: distinct citizens with a unit in the group; `goals`: units; `achieved`, `partial`,
 *   `notAchieved`: units per category;
 * - `mean`: mean unit value; `citizenMean`: mean over the group's citizens of each citizen's mean;
 * - `gasT`: mean over the group's citizens of each citizen's GAS T-score from their units in the group
 *   that have a GAS level (null when none has one);
 * - `previousMean`: the group's mean over `previousUnits` (year Y−1); `change` = mean − previousMean.
 * A group appears when it has units in either year (a Y−1-only group has 0 goals and null mean).
 * Groups are sorted by name in Danish collation. Linear in the number of units.
 * @example groupFigures(units, (u) => u.method, { rho: 0.3, previousUnits })
 */
export function groupFigures(
  units: readonly ResultUnit[],
  keyOf: (unit: ResultUnit) => string,
  options: GroupOptions = {},
): GroupFigures[] {
  const groups = new Interner();
  const citizens = new Interner();
  const n = units.length;
  const group = new Int32Array(n);
  const columns: UnitColumns = {
    length: n,
    citizenCount: 0,
    citizen: new Int32Array(n),
    value: new Float64Array(n),
    gas: new Float64Array(n),
    weight: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const u = units[i];
    group[i] = groups.id(keyOf(u));
    columns.citizen[i] = citizens.id(u.citizenId);
    columns.value[i] = u.value;
    columns.gas[i] = gasColumnValue(u.gas, u.weight);
    columns.weight[i] = u.weight;
  }
  const all: UnitColumns = { ...columns, citizenCount: citizens.names.length };
  const previousUnits = options.previousUnits ?? [];
  const previous = {
    length: previousUnits.length,
    group: new Int32Array(previousUnits.length),
    value: new Float64Array(previousUnits.length),
  };
  for (let i = 0; i < previousUnits.length; i++) {
    previous.group[i] = groups.id(keyOf(previousUnits[i]));
    previous.value[i] = previousUnits[i].value;
  }
  return rollupColumns(all, citizenOrder(all), group, groups.names, previous, options.rho ?? DEFAULT_GAS_RHO);
}
