/**
 * The evaluation model as machine-readable JSON (docs/rules.md §6, "The annual evaluation").
 */
import { inertText } from "../text/inert";
import { isoFromDay } from "../dates";
import type { EvaluationModel } from "../types";

/** A group's figures in the JSON's documented fields (`gasCitizens` is the export's, not the evaluation's). */
const documented = <T extends { readonly gasCitizens: number }>(g: T): Omit<T, "gasCitizens"> => {
  const { gasCitizens: _weight, ...rest } = g;
  return rest;
};

/**
 * The evaluation as a plain JSON value in the documented order (docs/rules.md §6; `schemaVersion` 1): fractions
 * unrounded, empty figures `null`; then our additions `remarks`, `suggestedActions` and `units`
 * (each unit's follow-up date as an ISO date, `2026-09-01`).
 * @example evaluationToJsonValue(model).byMethod[0].mean // 0.5
 */
export function evaluationToJsonValue(model: EvaluationModel): Record<string, unknown> {
  return {
    schemaVersion: 1,
    year: model.year,
    offer: { name: model.offer.name, offerId: model.offer.offerId, region: model.offer.region },
    basis: {
      citizens: model.basis.citizens,
      goals: model.basis.goals,
      followUps: model.basis.followUps,
      units: model.basis.units,
      leftOut: model.basis.leftOut.map((r) => ({ sheet: r.sheet, row: r.row, column: r.column, reason: r.reason })),
    },
    byMethod: model.byMethod.map(documented),
    byTargetGroup: model.byTargetGroup.map(documented),
    byDepartment: model.byDepartment.map(documented),
    total: documented(model.total),
    targetGroupByMethod: model.targetGroupByMethod.map(documented),
    // The contract's five counts; the day the overdue count was taken is the sheet's label, not a field.
    dataQuality: {
      activeGoals: model.dataQuality.activeGoals,
      smorteComplete: model.dataQuality.smorteComplete,
      overdueAtYearEnd: model.dataQuality.overdueAtYearEnd,
      citizensWithoutResult: model.dataQuality.citizensWithoutResult,
      involved: model.dataQuality.involved,
    },
    remarks: model.remarks,
    suggestedActions: model.suggestedActions,
    units: model.units.map((u) => ({ ...u, date: isoFromDay(u.date) })),
  };
}

/**
 * The evaluation as JSON text (2-space indented), `schemaVersion` 1. Non-finite numbers become null; text is made inert (`text/inert.ts`).
 * @example JSON.parse(evaluationToJson(model)).total.group // "(alle)"
 */
export function evaluationToJson(model: EvaluationModel): string {
  return JSON.stringify(
    evaluationToJsonValue(model),
    (_key, value: unknown) =>
      typeof value === "number" && !Number.isFinite(value)
        ? null
        : typeof value === "string"
          ? inertText(value)
          : value,
    2,
  );
}
