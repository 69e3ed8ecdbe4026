/**
 * The words the pane puts beside a goal's due state (the overdue list and the goal card say the same):
 * a badge, one line saying since when, and the action the state asks of staff.
 */
import type { DayNumber, DueState } from "../../domain";
import { counted } from "./danishText";
import { relativeDays, showDay } from "./dates";

export interface DueWords {
  /** The badge: "Forfalden", "Slutdato passeret", "Klar til at afslutte", "Snart". */
  readonly badge: string;
  /** Since when, or when next. */
  readonly line: string;
  /** A follow-up is missing (shown in red). */
  readonly urgent: boolean;
}

/**
 * @example dueWords({ kind: "finalFollowUp", date: d("2025-07-31"), daysPast: 168 }, today).badge // "Slutdato passeret"
 * Null for a goal that is not active or has no date to count from.
 */
export function dueWords(state: DueState, today: DayNumber): DueWords | null {
  if (state.date === null) return null;
  const date = showDay(state.date);
  switch (state.kind) {
    case "overdue":
      return {
        badge: "Forfalden",
        line: `forfalden siden ${date} (${counted(state.daysPast, "dag", "dage")})`,
        urgent: true,
      };
    case "finalFollowUp":
      return {
        badge: "Slutdato passeret",
        line: `slutdato ${date} er passeret; den afsluttende opfølgning mangler`,
        urgent: true,
      };
    case "readyToClose":
      return {
        badge: "Klar til at afslutte",
        line: `slutdato ${date} er passeret, og den afsluttende opfølgning er givet: afslut målet, eller ryk slutdatoen`,
        urgent: false,
      };
    case "due":
      return { badge: "Snart", line: `forfalder ${date} (${relativeDays(state.date, today)})`, urgent: false };
    default:
      return null;
  }
}
