/**
 * What the pane's charts show, as plain data (kept apart from the chart library, so the text
 * alternative and the tests need no charts): the evaluation's mean fulfilment per method this year
 * (beside last year for a finished year), and one goal's follow-ups over time (value, and GAS where it was given).
 */
import { followUpValue, scaleLookup } from "../../domain";
import type { DayNumber, Goal, GroupFigures, WorkbookData } from "../../domain";

export interface MethodBar {
  readonly method: string;
  /** Fractions 0..1, or null where the year has no result. */
  readonly mean: number | null;
  readonly previousMean: number | null;
}

/** @example methodBars(model.byMethod) // [{ method: "KRAP", mean: 0.5, previousMean: 1 }, …] */
export const methodBars = (groups: readonly GroupFigures[]): MethodBar[] =>
  groups.map((g) => ({ method: g.group, mean: g.mean, previousMean: g.previousMean }));

/** The longest method name drawn beside a bar; at 320 px a longer one leaves no room for the bar. */
export const BAR_NAME_LENGTH = 16;

/**
 * The name each method gets on the chart's axis: in full up to `BAR_NAME_LENGTH` characters, else cut
 * at a word or letter and ended with "…" (the table and the list above the chart name it in full).
 * Two methods that would be cut to the same name keep their full names, so no two bars share one.
 * @example barNames(["KRAP", "Mentaliseringsbaseret pædagogik"]).get("Mentaliseringsbaseret pædagogik") // "Mentaliseringsb…"
 */
export function barNames(methods: readonly string[]): Map<string, string> {
  const cut = methods.map((m) => (m.length <= BAR_NAME_LENGTH ? m : `${m.slice(0, BAR_NAME_LENGTH - 1).trimEnd()}…`));
  const count = new Map<string, number>();
  for (const c of cut) count.set(c, (count.get(c) ?? 0) + 1);
  return new Map(methods.map((m, i) => [m, (count.get(cut[i]) ?? 0) > 1 ? m : cut[i]]));
}

/** What the evaluation's method chart and its panel are given. */
export interface MethodChartProps {
  readonly bars: readonly MethodBar[];
  readonly year: number;
  /** A finished year, set beside the year before; a running year is shown alone. */
  readonly compare: boolean;
}

/** "2026 og 2025" when a finished year is set beside the year before, else "2026". */
export const yearsText = (year: number, compare: boolean): string =>
  compare ? `${year} og ${year - 1}` : String(year);

export interface HistoryPoint {
  readonly followUpId: string;
  readonly date: DayNumber;
  /** The follow-up's value 0..1, or null when it does not count. */
  readonly value: number | null;
  readonly assessment: string;
  readonly gas: number | null;
}

/**
 * A goal's follow-ups, oldest first (same date: sheet order).
 * @example goalHistory(goal, data).map((p) => p.value) // [0.5, 1]
 */
export function goalHistory(goal: Goal, data: WorkbookData): HistoryPoint[] {
  const scale = scaleLookup(data.scale);
  return data.followUps
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.goalId === goal.goalId)
    .sort((a, b) => a.f.date - b.f.date || a.i - b.i)
    .map(({ f }) => ({
      followUpId: f.followUpId,
      date: f.date,
      value: followUpValue(f, goal, scale),
      assessment: f.assessment,
      gas: f.gas,
    }));
}
