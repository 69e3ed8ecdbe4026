/**
 * Suggested rows for the action plan (handleplan, trin 4): one per method whose mean fell or that has
 * too little data. The leader edits them and fills in who is responsible.
 */
import { changeDirection } from "./change";
import { ACTION_PLAN_STATUSES, NO_METHOD } from "../schema";
import type { ActionPlanRow, GroupFigures } from "../types";
import { danishPercent } from "./danishFormat";

/**
 * One suggested action-plan row per method group that fell (by at least one whole percentage point,
 * `changeDirection`) or has fewer citizens than `minCount`, in the order of `methods`. Responsibility
 * fields are left empty; status "Ikke startet".
 * The follow-up advice names the offer's own interval (the `Interval` setting, default 90 days).
 * @example suggestedActions(byMethod, 5, 2026)[0].focusArea // "Målopfyldelse med KRAP"
 */
export function suggestedActions(
  methods: readonly GroupFigures[],
  minCount: number,
  year: number,
  intervalDays = 90,
): ActionPlanRow[] {
  const next = year + 1;
  const rows: ActionPlanRow[] = [];
  for (const g of methods) {
    const falling = g.change !== null && changeDirection(g.change) === "faldt";
    const tooFew = g.citizens < minCount;
    if (!falling && !tooFew) continue;
    const noMethod = g.group === NO_METHOD;
    const actions: string[] = [];
    const goals: string[] = [];
    if (noMethod) {
      actions.push("Gennemgå målene uden metode, og knyt hvert mål til en af tilbuddets faglige metoder.");
      goals.push(`Alle aktive mål har en metode ved årsevalueringen af ${next}.`);
    }
    if (falling && !noMethod) {
      actions.push(
        `Gennemgå målene under ${g.group} med medarbejderne: hvilke mål gik tilbage, og hvorfor? ` +
          "Justér indsatsen eller metodebeskrivelsen, hvor metoden ikke virker som forventet.",
      );
      goals.push(
        `Den gennemsnitlige målopfyldelse med ${g.group} er mindst ${danishPercent(g.previousMean as number)} ` +
          `(niveauet i ${year - 1}) ved årsevalueringen af ${next}.`,
      );
    }
    if (falling && noMethod) {
      goals.push(`Målopfyldelsen for mål uden metode er steget fra ${danishPercent(g.mean as number)} i ${year}.`);
    }
    if (tooFew && !noMethod) {
      actions.push(
        `Sørg for, at målene under ${g.group} bliver fulgt op med en vurdering mindst hver ${intervalDays}. dag.`,
      );
      goals.push(`Mindst ${minCount} borgere har resultat med ${g.group} ved årsevalueringen af ${next}.`);
    }
    rows.push({
      focusArea: noMethod ? "Mål uden metode" : `Målopfyldelse med ${g.group}`,
      action: actions.join(" "),
      actionGoal: goals.join(" "),
      howAndWhen: `Drøftes på et personalemøde inden 31-03-${next}; følges op ved årsevalueringen af ${next}.`,
      responsibleForAction: "",
      responsibleForFollowUp: "",
      status: ACTION_PLAN_STATUSES[0],
    });
  }
  return rows;
}
