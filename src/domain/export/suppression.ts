/**
 * Statistical disclosure control for the regional export: primary and secondary suppression.
 *
 * The export's rows form two levels of totals: each target group's total row (method "(alle)") over
 * its method rows, and the offer's total row over the target-group totals. Every total with its
 * children is treated as one additive relation (goals, achieved, partial and notAchieved add up
 * exactly; citizens nearly so, as a citizen can have goals under several methods).
 *
 * Rule: in no relation may exactly one row be suppressed. One hidden row among published ones could be
 * found by subtraction (total minus the other children), and a hidden total with all children published
 * could be found by addition. Where a relation has exactly one hidden row, the smallest published child
 * (fewest citizens, then fewest goals, then name) is hidden as well; should there be no such child,
 * the total is hidden. Hiding only ever adds, so repeating this until nothing changes ends.
 */
import { compareDanish } from "../rollup/collate";

/** A row as suppression sees it. */
export interface SuppressionCell {
  /** Name for the reason text and the tie-break ("Autismespektrum", "KRAP", …). */
  readonly name: string;
  readonly citizens: number;
  readonly goals: number;
  suppressed: boolean;
  reason?: string;
}

/** A total and the rows it sums. `label` names the total in reasons ("Autismespektrum", "hele tilbuddet"). */
export interface SuppressionRelation {
  readonly label: string;
  readonly total: SuppressionCell;
  readonly children: readonly SuppressionCell[];
}

const smallestFirst = (a: SuppressionCell, b: SuppressionCell): number =>
  a.citizens - b.citizens || a.goals - b.goals || compareDanish(a.name, b.name);

/**
 * Primary suppression: hide every cell with fewer than `minCount` citizens.
 * @example suppressPrimary(cells, 5)
 */
export function suppressPrimary(cells: Iterable<SuppressionCell>, minCount: number): void {
  for (const cell of cells) {
    if (cell.citizens < minCount) {
      cell.suppressed = true;
      cell.reason = `Færre end ${minCount} borgere.`;
    }
  }
}

/**
 * Secondary suppression over the relations, until no relation has exactly one hidden row.
 * @example suppressSecondary([{ label: "Autismespektrum", total, children }, …])
 */
export function suppressSecondary(relations: readonly SuppressionRelation[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const rel of relations) {
      if (rel.children.length === 0) continue;
      let hidden = rel.total.suppressed ? 1 : 0;
      for (const c of rel.children) if (c.suppressed) hidden++;
      if (hidden !== 1) continue;
      const candidate = rel.children.filter((c) => !c.suppressed).sort(smallestFirst)[0];
      if (candidate !== undefined) {
        candidate.suppressed = true;
        candidate.reason = rel.total.suppressed
          ? `Skjult, så den skjulte total for ${rel.label} ikke kan findes ved at lægge rækkerne sammen.`
          : `Skjult, så en skjult række under ${rel.label} ikke kan findes ved at trække fra i totalen.`;
      } else {
        rel.total.suppressed = true;
        rel.total.reason = `Skjult, så den eneste skjulte række under ${rel.label} ikke kan aflæses af totalen.`;
      }
      changed = true;
    }
  }
}

/**
 * Is the disclosure rule kept? True when no relation has exactly one hidden row.
 * @example isProtected(relations) // true after suppressSecondary(relations)
 */
export function isProtected(relations: readonly SuppressionRelation[]): boolean {
  return relations.every((rel) => {
    if (rel.children.length === 0) return true;
    let hidden = rel.total.suppressed ? 1 : 0;
    for (const c of rel.children) if (c.suppressed) hidden++;
    return hidden !== 1;
  });
}
