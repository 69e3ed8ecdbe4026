/**
 * The cut-off day of a running year (docs/rules.md §6): the follow-ups dated after `asOf` and no later
 * than 31 December of the year do not count yet. Shared by the annual evaluation and the single-goal
 * result, so both leave out exactly the same rows.
 */
import { formatDay, yearBounds } from "../dates";
import { FOLLOW_UPS, SHEETS } from "../schema";
import type { DayNumber, FollowUp, LeftOutRow, WorkbookData } from "../types";

/** Why a follow-up dated after the cut-off day does not count (yet). */
export const notYetReason = (asOf: DayNumber): string =>
  `Datoen ligger efter i dag (${formatDay(asOf)}); rækken tæller ikke med, før datoen er nået. ` +
  `Ret datoen på arket, hvis den er skrevet forkert.`;

const DATE_HEADER = FOLLOW_UPS.columns.find((c) => c.key === "date")?.name ?? "Dato";

/** The data a year is evaluated on, and the day its figures reach. */
export interface YearCut {
  readonly data: WorkbookData;
  /** `asOf` for a running year, otherwise 31 December of the year. */
  readonly cutOff: DayNumber;
}

/**
 * The data year `year` is evaluated on with the reference day `asOf`: for a running year (`asOf`
 * before 31 December) the follow-ups dated after `asOf` (up to 31 December) taken out and listed as
 * left-out rows after the reader's, in row order; otherwise (or without `asOf`) the data as it is.
 * @example cutYear(data, 2026, dayFromYmd(2026, 5, 20)).data.followUps // without those after 20-05-2026
 */
export function cutYear(all: WorkbookData, year: number, asOf?: DayNumber): YearCut {
  const yearEnd = yearBounds(year).last;
  if (asOf === undefined || asOf >= yearEnd) return { data: all, cutOff: yearEnd };
  const sheet = all.sheets?.Opfoelgning ?? SHEETS.followUps;
  const reason = notYetReason(asOf);
  const kept: FollowUp[] = [];
  const notYet: LeftOutRow[] = [];
  for (const f of all.followUps) {
    if (f.date > asOf && f.date <= yearEnd) notYet.push({ sheet, row: f.row, column: DATE_HEADER, reason });
    else kept.push(f);
  }
  if (notYet.length === 0) return { data: all, cutOff: asOf };
  notYet.sort((a, b) => a.row - b.row);
  return { data: { ...all, followUps: kept, leftOut: [...all.leftOut, ...notYet] }, cutOff: asOf };
}
