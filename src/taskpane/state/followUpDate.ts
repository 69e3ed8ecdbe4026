/**
 * A follow-up records what happened, so the pane never writes one dated after its today (DOMAIN
 * rule, docs/rules.md §6: typed straight into the sheet it is only a warning). The form marks the
 * date while the user types; the store refuses such a record on any path around the form.
 */
import type { DayNumber } from "../../domain";
import type { EditableTable, RecordValues } from "../../workbook/port";
import { showDay } from "../components/dates";

/** The Danish message for a follow-up dated after `today`. */
export const futureFollowUpMessage = (today: DayNumber): string =>
  `Datoen ligger efter i dag (${showDay(today)}). En opfølgning skrives, når den har fundet sted: vælg i dag eller en tidligere dato.`;

/**
 * Why `values` may not be written because the follow-up is dated after `today`, or null.
 * @example futureFollowUpRefusal("Opfoelgning", { followUpId: "O9", date: today + 1 }, today) // "Opfølgningen O9 er ikke gemt. Datoen …"
 */
export function futureFollowUpRefusal(table: EditableTable, values: RecordValues, today: DayNumber): string | null {
  if (table !== "Opfoelgning") return null;
  const date = values.date;
  if (typeof date !== "number" || date <= today) return null;
  return futureFollowUpMessage(today);
}

/** The error the store throws instead of writing a follow-up dated after today. */
export class FutureFollowUpRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FutureFollowUpRefused";
  }
}
