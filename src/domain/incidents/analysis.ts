/**
 * The analysis of a year or a quarter (docs/rules.md, "Overgreb: the analysis"): episodes counted in
 * the period of their Dato, beside the same period one year earlier, by direction, type, department,
 * situation, month, weekday and time of day; the handling figures; the citizens involved and those
 * without a recent risk assessment. One pass over the episodes; pure.
 */
import { INCIDENT_DIRECTIONS, INCIDENT_TYPES } from "../schema";
import type { DayNumber } from "../types";
import { compareDanish } from "../rollup/collate";
import { TOWARDS_STAFF } from "./readIncidents";
import { monthTable, periodBounds, previousPeriod, timeBandIndex, TIME_BANDS, weekdayIndex } from "./period";
import type { CitizenIncidents, GroupCompared, IncidentAnalysis, IncidentData, Period, RiskAssessment } from "./types";

/** How far back a risk assessment still counts for an episode: the 365 days up to and including it. */
export const RISK_ASSESSMENT_WINDOW_DAYS = 365;

type Pair = [number, number];

const bump = (map: Map<string, Pair>, key: string, slot: 0 | 1): void => {
  const pair = map.get(key);
  if (pair) pair[slot] += 1;
  else map.set(key, slot === 0 ? [1, 0] : [0, 1]);
};

const compared = (group: string, [count, previous]: Pair): GroupCompared => ({
  group,
  count,
  previous,
  change: count - previous,
});

/** Every group of a map, sorted by name in Danish collation. */
const sortedGroups = (map: ReadonlyMap<string, Pair>): GroupCompared[] =>
  [...map.keys()].sort(compareDanish).map((g) => compared(g, map.get(g) as Pair));

/** A fixed list of groups, in its order, with zeros for groups without episodes. */
const fixedGroups = (names: readonly string[], counts: Int32Array): GroupCompared[] =>
  names.map((g, i) => compared(g, [counts[2 * i], counts[2 * i + 1]]));

/**
 * Analyse the register for a year (quarter null) or one quarter of it.
 * @example
 * const a = analyseIncidents(data, { year: 2026, quarter: null });
 * a.total // { count: 41, previous: 37, change: 4 }
 */
export function analyseIncidents(data: IncidentData, period: Period): IncidentAnalysis {
  const bounds = periodBounds(period);
  const previousBounds = periodBounds(previousPeriod(period));
  const directionIndex = new Map<string, number>(INCIDENT_DIRECTIONS.map((d, i) => [d, i]));
  const typeIndex = new Map<string, number>(INCIDENT_TYPES.map((t, i) => [t, i]));
  // Counts as flat arrays: [2 × index + slot], slot 0 = this period, 1 = the year before.
  const directionCounts = new Int32Array(2 * INCIDENT_DIRECTIONS.length);
  const typeCounts = new Int32Array(2 * INCIDENT_TYPES.length);
  const cross = new Array<number>(INCIDENT_DIRECTIONS.length * INCIDENT_TYPES.length).fill(0);
  const byDepartment = new Map<string, Pair>();
  const bySituation = new Map<string, Pair>();
  const byMonth = new Array<number>(12).fill(0);
  const byMonthPrevious = new Array<number>(12).fill(0);
  const byWeekday = new Array<number>(7).fill(0);
  const byBand = new Array<number>(TIME_BANDS.length).fill(0);
  const handling = { towardsStaff: 0, debriefed: 0, withAbsence: 0, injuryReported: 0, analysed: 0, alone: 0 };
  const citizens = new Map<
    string,
    { citizenId: string; count: number; previous: number; latest: DayNumber; assessment: RiskAssessment | null }
  >();
  // Month of a day by table lookup (no Date objects in the loop): index = day − first day of the year.
  const months = monthTable(period.year);
  const monthsBefore = monthTable(period.year - 1);
  let count = 0;
  let previous = 0;

  for (const e of data.incidents) {
    const d = e.date;
    const now = d >= bounds.first && d <= bounds.last;
    if (!now && !(d >= previousBounds.first && d <= previousBounds.last)) continue;
    const slot: 0 | 1 = now ? 0 : 1;
    const di = directionIndex.get(e.direction) as number;
    const ti = typeIndex.get(e.type) as number;
    directionCounts[2 * di + slot] += 1;
    typeCounts[2 * ti + slot] += 1;
    bump(byDepartment, e.department, slot);
    bump(bySituation, e.situation, slot);
    // Ids are in the spelling of Borgere (the reader resolved them), so they compare as they are.
    const key = e.citizenId;
    if (!now) {
      previous += 1;
      byMonthPrevious[monthsBefore.month[d - monthsBefore.first]] += 1;
      if (key !== "") {
        const c = citizens.get(key);
        if (c) c.previous += 1;
        else citizens.set(key, { citizenId: e.citizenId, count: 0, previous: 1, latest: -1, assessment: null });
      }
      continue;
    }
    count += 1;
    cross[di * INCIDENT_TYPES.length + ti] += 1;
    byMonth[months.month[d - months.first]] += 1;
    byWeekday[weekdayIndex(d)] += 1;
    byBand[timeBandIndex(e.time)] += 1;
    if (e.direction === TOWARDS_STAFF) {
      handling.towardsStaff += 1;
      if (e.debriefing !== null) handling.debriefed += 1;
    }
    if ((e.absence ?? 0) >= 1) {
      handling.withAbsence += 1;
      if (e.injuryReport !== null) handling.injuryReported += 1;
    }
    if (e.analysed !== null) handling.analysed += 1;
    if (e.alone === true) handling.alone += 1;
    if (key !== "") {
      const c = citizens.get(key);
      if (c) {
        c.count += 1;
        if (d > c.latest) c.latest = d;
      } else citizens.set(key, { citizenId: e.citizenId, count: 1, previous: 0, latest: d, assessment: null });
    }
  }

  // Each involved citizen's latest assessment up to their latest episode (a later row of the same date wins).
  for (const r of data.assessments) {
    if (r.date > bounds.last) continue; // after every episode of the period
    const c = citizens.get(r.citizenId);
    if (c === undefined || c.count === 0 || r.date > c.latest) continue;
    const best = c.assessment;
    if (best === null || r.date > best.date || (r.date === best.date && r.row > best.row)) c.assessment = r;
  }
  const perCitizen: CitizenIncidents[] = [];
  let withoutRisk = 0;
  for (const c of citizens.values()) {
    if (c.count === 0) continue;
    const latestAssessment = c.assessment;
    const without = latestAssessment === null || latestAssessment.date <= c.latest - RISK_ASSESSMENT_WINDOW_DAYS;
    if (without) withoutRisk += 1;
    perCitizen.push({
      citizenId: c.citizenId,
      count: c.count,
      previous: c.previous,
      latestEpisode: c.latest,
      latestAssessment,
      withoutRiskAssessment: without,
    });
  }
  // Most episodes first; ties by id as written (ids are pseudonyms such as B0007).
  perCitizen.sort((a, b) => b.count - a.count || (a.citizenId < b.citizenId ? -1 : a.citizenId > b.citizenId ? 1 : 0));

  const directionByType: Array<{ direction: string; type: string; count: number }> = [];
  INCIDENT_DIRECTIONS.forEach((direction, di) =>
    INCIDENT_TYPES.forEach((type, ti) => {
      const n = cross[di * INCIDENT_TYPES.length + ti];
      if (n > 0) directionByType.push({ direction, type, count: n });
    }),
  );

  return {
    period,
    bounds,
    previousBounds,
    basis: { incidents: count, assessments: data.assessments.length, leftOut: data.leftOut },
    total: { count, previous, change: count - previous },
    byDirection: fixedGroups(INCIDENT_DIRECTIONS, directionCounts),
    byType: fixedGroups(INCIDENT_TYPES, typeCounts),
    directionByType,
    byDepartment: sortedGroups(byDepartment),
    bySituation: sortedGroups(bySituation),
    byMonth,
    byMonthPrevious,
    byWeekday,
    byTimeOfDay: TIME_BANDS.map((band, i) => ({ band, count: byBand[i] })),
    handling,
    citizens: { involved: perCitizen.length, withoutRiskAssessment: withoutRisk },
    perCitizen,
  };
}
