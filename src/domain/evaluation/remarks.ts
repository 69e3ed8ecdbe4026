/**
 * Plain-Danish remarks on the evaluation's groups: too few citizens to read much into, or a mean that
 * fell since last year (docs/rules.md §6, "The annual evaluation").
 */
import type { GroupFigures, Remark } from "../types";
import { changeDirection, changePointsText } from "./change";
import { countNoun, danishPercent } from "./danishFormat";

/** The text of a "for få data" remark. @example tooFewText(2, 5, 2026) // "For få data: 2 borgere med resultat i 2026 (mindst 5). Tolk tallene varsomt." */
export function tooFewText(citizens: number, minCount: number, year: number): string {
  const who = citizens === 0 ? "ingen borgere" : countNoun(citizens, "borger", "borgere");
  return `For få data: ${who} med resultat i ${year} (mindst ${minCount}). Tolk tallene varsomt.`;
}

/**
 * The text of a falling-mean remark; the change is in whole percentage points, as the rows show it.
 * @example fallingText(1, 0.5, 2026) // "Gennemsnittet faldt fra 100 % i 2025 til 50 % i 2026 (−50 procentpoint)."
 */
export function fallingText(previousMean: number, mean: number, year: number): string {
  return (
    `Gennemsnittet faldt fra ${danishPercent(previousMean)} i ${year - 1} til ${danishPercent(mean)} i ${year} ` +
    `(${changePointsText(mean - previousMean, "procentpoint")}).`
  );
}

/**
 * Remarks for the groups of one dimension: "too-few" where the group has fewer citizens than
 * `minCount`, "falling" where the mean fell since Y−1 by at least one whole percentage point (the
 * same `changeDirection` the rows use, so a row that says "uændret" has no falling remark). A group
 * can have both.
 * @example groupRemarks("method", byMethod, 5, 2026)
 */
export function groupRemarks(
  dimension: Remark["dimension"],
  groups: readonly GroupFigures[],
  minCount: number,
  year: number,
): Remark[] {
  const remarks: Remark[] = [];
  for (const g of groups) {
    if (g.citizens < minCount) {
      remarks.push({ dimension, group: g.group, kind: "too-few", text: tooFewText(g.citizens, minCount, year) });
    }
    if (g.change !== null && changeDirection(g.change) === "faldt") {
      remarks.push({
        dimension,
        group: g.group,
        kind: "falling",
        text: fallingText(g.previousMean as number, g.mean as number, year),
      });
    }
  }
  return remarks;
}
