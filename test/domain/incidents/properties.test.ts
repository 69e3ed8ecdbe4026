/**
 * Properties of the overgreb analysis: on random registers — dates as serials, date-times and the four
 * text forms, times as fractions, date-times and text, choices in any case, bad rows, any quarter — an
 * independent naive count of the raw rows agrees with reading + analysing, whatever the time zone.
 */
import fc from "fast-check";
import { INCIDENT_DIRECTIONS, INCIDENT_TYPES, readTime } from "../../../src/domain";
import { analyseIncidents, incidentsToJsonValue, readIncidents } from "../../../src/domain/incidents";
import type { RawRow } from "../../../src/domain";

const CITIZENS = [
  { citizenId: "B01", department: "Hus A" },
  { citizenId: "B02", department: "" },
  { citizenId: "B03", department: "Skovbo" },
];

interface Spec {
  y: number;
  m: number;
  d: number;
  dateForm: number;
  hour: number | null;
  minute: number;
  timeForm: number;
  direction: number;
  type: number;
  caseForm: number;
  citizen: number; // -1 = none
  alone: number; // 0 empty, 1 Ja, 2 Nej
  absence: number | null;
  debriefed: boolean;
  reported: boolean;
  analysed: boolean;
  corruption: number; // 0 = none
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  y: fc.integer({ min: 2024, max: 2027 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  dateForm: fc.integer({ min: 0, max: 5 }),
  hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
  minute: fc.integer({ min: 0, max: 59 }),
  timeForm: fc.integer({ min: 0, max: 3 }),
  direction: fc.integer({ min: 0, max: 3 }),
  type: fc.integer({ min: 0, max: 4 }),
  caseForm: fc.integer({ min: 0, max: 2 }),
  citizen: fc.integer({ min: -1, max: 2 }),
  alone: fc.integer({ min: 0, max: 2 }),
  absence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  debriefed: fc.boolean(),
  reported: fc.boolean(),
  analysed: fc.boolean(),
  corruption: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 5 })),
});

const pad = (n: number): string => String(n).padStart(2, "0");
/** Independent serial of a calendar date (days since 30-12-1899; every date here is after 1900). */
const serialOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
const withCase = (text: string, form: number): string =>
  form === 1 ? text.toUpperCase() : form === 2 ? ` ${text.toLowerCase()} ` : text;

function rawRow(s: Spec, i: number): RawRow {
  const serial = serialOf(s.y, s.m, s.d);
  const fraction = s.hour === null ? 0 : (s.hour * 60 + s.minute) / 1440;
  const dateCell = [
    serial,
    serial + fraction,
    `${s.y}-${pad(s.m)}-${pad(s.d)}`,
    `${pad(s.d)}-${pad(s.m)}-${s.y}`,
    `${s.d}.${s.m}.${s.y}`,
    `${pad(s.d)}/${pad(s.m)}/${s.y}`,
  ][s.dateForm];
  const timeCell =
    s.hour === null
      ? ""
      : [fraction, `${pad(s.hour)}:${pad(s.minute)}`, `${s.hour}.${pad(s.minute)}`, serial + fraction][s.timeForm];
  const row: RawRow = {
    HændelseID: `H${i}`,
    Dato: dateCell,
    Tidspunkt: timeCell,
    Retning: withCase(INCIDENT_DIRECTIONS[s.direction], s.caseForm),
    Type: withCase(INCIDENT_TYPES[s.type], s.caseForm),
    BorgerID: s.citizen < 0 ? "" : CITIZENS[s.citizen].citizenId,
    Alene: ["", "JA", "nej"][s.alone],
    Fravær: s.absence ?? "",
    Debriefing: s.debriefed ? serial + 1 : "",
    Arbejdsskade: s.reported ? serial + 2 : "",
    Analyseret: s.analysed ? `${pad(s.d)}-${pad(s.m)}-${s.y}` : "",
  };
  switch (s.corruption) {
    case 1:
      return { ...row, Dato: `${s.d + 31}-${pad(s.m)}-${s.y}` };
    case 2:
      return { ...row, Tidspunkt: `${24 + (s.minute % 5)}:00` };
    case 3:
      return { ...row, Retning: "Borger mod alle" };
    case 4:
      return { ...row, BorgerID: "B99" };
    case 5:
      return { ...row, Fravær: -1 };
    default:
      return row;
  }
}

/** The naive count: straight from the specs of the good rows, with JavaScript's own calendar. */
function naive(specs: readonly Spec[], year: number, quarter: number | null) {
  const inPeriod = (s: Spec, y: number) => s.y === y && (quarter === null || Math.ceil(s.m / 3) === quarter);
  const good = specs.filter((s) => s.corruption === 0);
  const now = good.filter((s) => inPeriod(s, year));
  const before = good.filter((s) => inPeriod(s, year - 1));
  const byMonth = new Array(12).fill(0);
  const byWeekday = new Array(7).fill(0);
  const bands = [0, 0, 0, 0, 0];
  for (const s of now) {
    byMonth[s.m - 1] += 1;
    byWeekday[(new Date(Date.UTC(s.y, s.m - 1, s.d)).getUTCDay() + 6) % 7] += 1;
    bands[s.hour === null ? 4 : Math.floor(s.hour / 6)] += 1;
  }
  const staff = now.filter((s) => s.direction === 1);
  const absent = now.filter((s) => (s.absence ?? 0) >= 1);
  return {
    total: { count: now.length, previous: before.length, change: now.length - before.length },
    directions: INCIDENT_DIRECTIONS.map((_, k) => [
      now.filter((s) => s.direction === k).length,
      before.filter((s) => s.direction === k).length,
    ]),
    types: INCIDENT_TYPES.map((_, k) => now.filter((s) => s.type === k).length),
    byMonth,
    byWeekday,
    bands,
    handling: {
      towardsStaff: staff.length,
      debriefed: staff.filter((s) => s.debriefed).length,
      withAbsence: absent.length,
      injuryReported: absent.filter((s) => s.reported).length,
      analysed: now.filter((s) => s.analysed).length,
      alone: now.filter((s) => s.alone === 1).length,
    },
    involved: new Set(now.filter((s) => s.citizen >= 0).map((s) => s.citizen)).size,
    leftOut: specs.filter((s) => s.corruption !== 0).length,
  };
}

interface Json {
  total: unknown;
  basis: { incidents: number };
  byDirection: Array<{ count: number; previous: number }>;
  byType: Array<{ count: number }>;
  byMonth: number[];
  byWeekday: number[];
  byTimeOfDay: Array<{ count: number }>;
  handling: unknown;
  citizens: { involved: number };
  byDepartment: Array<{ count: number }>;
  bySituation: Array<{ count: number }>;
  directionByType: Array<{ count: number }>;
}

const run = (specs: readonly Spec[], year: number, quarter: number | null) => {
  const raw = { Haendelser: specs.map(rawRow) };
  const read = readIncidents(raw, { citizens: CITIZENS });
  return {
    read,
    json: incidentsToJsonValue(analyseIncidents(read.data, { year, quarter })) as unknown as Json,
  };
};

describe("the analysis agrees with a naive count of the raw rows", () => {
  test("on random registers with text dates and times, any case, bad rows and quarters", () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 60 }),
        fc.integer({ min: 2025, max: 2027 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
        (specs, year, quarter) => {
          const { read, json } = run(specs, year, quarter);
          const n = naive(specs, year, quarter);
          expect(read.data.leftOut).toHaveLength(n.leftOut);
          expect(json.total).toEqual(n.total);
          expect(json.basis.incidents).toBe(n.total.count);
          expect(json.byDirection.map((g) => [g.count, g.previous])).toEqual(n.directions);
          expect(json.byType.map((g) => g.count)).toEqual(n.types);
          expect(json.byMonth).toEqual(n.byMonth);
          expect(json.byWeekday).toEqual(n.byWeekday);
          expect(json.byTimeOfDay.map((b) => b.count)).toEqual(n.bands);
          expect(json.handling).toEqual(n.handling);
          expect(json.citizens.involved).toBe(n.involved);
          const sum = (list: Array<{ count: number }>) => list.reduce((s, g) => s + g.count, 0);
          expect(sum(json.byDepartment)).toBe(n.total.count);
          expect(sum(json.bySituation)).toBe(n.total.count);
          expect(json.directionByType.reduce((s: number, p) => s + p.count, 0)).toBe(n.total.count);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the figures are the same in every time zone: dates are calendar dates", () => {
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(fc.array(specArb, { maxLength: 30 }), (specs) => {
          const results = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/Copenhagen"].map((tz) => {
            process.env.TZ = tz;
            return run(specs, 2026, null).json;
          });
          for (const r of results) expect(r).toEqual(results[0]);
        }),
        { numRuns: 30 },
      );
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("times of day", () => {
  test("every hh:mm, h.mm and Excel fraction reads as its minute", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 60000 }),
        (h, m, day) => {
          const minute = h * 60 + m;
          expect(readTime(`${pad(h)}:${pad(m)}`)).toBe(minute);
          expect(readTime(`${h}.${pad(m)}`)).toBe(minute);
          expect(readTime(minute / 1440)).toBe(minute);
          expect(readTime(day + minute / 1440)).toBe(minute);
          expect(readTime(new Date(Date.UTC(1899, 11, 30, h, m)))).toBe(minute);
        },
      ),
    );
  });
  test("hours past 23, minutes past 59, negative numbers and other text are not times", () => {
    for (const bad of ["24:00", "12:60", "1230", "kl. 12", -0.5, "12:3", true]) {
      expect(readTime(bad)).toEqual(expect.objectContaining({ code: expect.any(String) }));
    }
    expect(readTime("")).toBeNull();
  });
});
