/**
 * The roll-ups the annual evaluation shows: per method, target group, department, target group ×
 * method, and the whole offer.
 */
import { ALL } from "../schema";
import type { CrossFigures, GroupFigures, ResultUnit } from "../types";
import { compareDanish } from "./collate";
import { groupFigures, type GroupOptions } from "./groupFigures";
import { emptyFigures } from "./rollupCore";

/** Per method (a delmål without its own method counts under its parent's). @example byMethod(units, { previousUnits }) */
export const byMethod = (units: readonly ResultUnit[], options?: GroupOptions): GroupFigures[] =>
  groupFigures(units, (u) => u.method, options);

/** Per target group of the citizens. @example byTargetGroup(units) */
export const byTargetGroup = (units: readonly ResultUnit[], options?: GroupOptions): GroupFigures[] =>
  groupFigures(units, (u) => u.targetGroup, options);

/** Per department of the citizens. @example byDepartment(units) */
export const byDepartment = (units: readonly ResultUnit[], options?: GroupOptions): GroupFigures[] =>
  groupFigures(units, (u) => u.department, options);

/**
 * The whole offer as one group named "(alle)"; with no units at all its counts are 0 and its means null.
 * @example total(units).mean
 */
export function total(units: readonly ResultUnit[], options?: GroupOptions): GroupFigures {
  const [all] = groupFigures(units, () => ALL, options);
  return all ?? emptyFigures(ALL);
}

const SEP = "\u0000";

/**
 * Per target group × method cell, sorted by target group and then method (Danish collation).
 * @example targetGroupByMethod(units).find((c) => c.method === "KRAP")
 */
export function targetGroupByMethod(units: readonly ResultUnit[], options?: GroupOptions): CrossFigures[] {
  const cells = groupFigures(units, (u) => u.targetGroup + SEP + u.method, options).map(({ group, ...figures }) => {
    const at = group.indexOf(SEP);
    return { targetGroup: group.slice(0, at), method: group.slice(at + 1), ...figures };
  });
  return cells.sort((a, b) => compareDanish(a.targetGroup, b.targetGroup) || compareDanish(a.method, b.method));
}
