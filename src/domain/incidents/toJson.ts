/**
 * The analysis as machine-readable JSON (`schemaVersion` 1), in the documented order. It holds counts
 * only: no BorgerID, no per-citizen list, no free text (Beskrivelse, Læring, Aftaler never leave the
 * workbook).
 */
import { inertJsonReplacer } from "../text/inert";
import type { IncidentAnalysis } from "./types";

const groups = (list: IncidentAnalysis["byDirection"]): Array<Record<string, unknown>> =>
  list.map((g) => ({ group: g.group, count: g.count, previous: g.previous, change: g.change }));

/**
 * The analysis as a plain JSON value.
 * @example incidentsToJsonValue(analysis).total // { count: 41, previous: 37, change: 4 }
 */
export function incidentsToJsonValue(a: IncidentAnalysis): Record<string, unknown> {
  return {
    schemaVersion: 1,
    year: a.period.year,
    quarter: a.period.quarter,
    basis: {
      incidents: a.basis.incidents,
      leftOut: a.basis.leftOut.map((r) => ({ sheet: r.sheet, row: r.row, column: r.column, reason: r.reason })),
    },
    total: { count: a.total.count, previous: a.total.previous, change: a.total.change },
    byDirection: groups(a.byDirection),
    byType: groups(a.byType),
    directionByType: a.directionByType.map((p) => ({ direction: p.direction, type: p.type, count: p.count })),
    byDepartment: groups(a.byDepartment),
    bySituation: groups(a.bySituation),
    byMonth: [...a.byMonth],
    byWeekday: [...a.byWeekday],
    byTimeOfDay: a.byTimeOfDay.map((b) => ({ band: b.band, count: b.count })),
    handling: { ...a.handling },
    citizens: { involved: a.citizens.involved, withoutRiskAssessment: a.citizens.withoutRiskAssessment },
  };
}

/** The analysis as JSON text (2-space indented). */
export const incidentsToJson = (a: IncidentAnalysis): string =>
  JSON.stringify(incidentsToJsonValue(a), inertJsonReplacer, 2);
