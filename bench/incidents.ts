/**
 * The overgreb benchmark: readIncidents and analyseIncidents on a generated register of 100,000
 * episodes and 20,000 risk assessments (2,000 citizens, five years), beside a minimal count loop over
 * the same typed rows (the period test and the per-direction, per-type and per-month counts, nothing
 * else). Prints figures; asserts nothing.
 */
import { INCIDENT_DIRECTIONS, INCIDENT_TYPES, RISK_TOOLS, DEFAULT_SITUATIONS } from "../src/domain/schema";
import { dayFromYmd } from "../src/domain/dates";
import { analyseIncidents } from "../src/domain/incidents/analysis";
import { periodBounds } from "../src/domain/incidents/period";
import { readIncidents } from "../src/domain/incidents/readIncidents";
import type { IncidentData, Period } from "../src/domain/incidents/types";
import type { RawRow, RawWorkbook } from "../src/domain/types";
import { seededRandom } from "../src/workbook/demo/prng";
import { interleaved, median, ms, ratio, timeMs } from "./stats";

const EPISODES = 100_000;
const ASSESSMENTS = 20_000;
const CITIZENS = 2_000;
const FIRST = dayFromYmd(2022, 1, 1) as number;
const LAST = dayFromYmd(2026, 12, 31) as number;

function generate(): { raw: RawWorkbook; citizens: Array<{ citizenId: string; department: string }> } {
  const r = seededRandom(13);
  const citizens = Array.from({ length: CITIZENS }, (_, i) => ({
    citizenId: `B${String(i + 1).padStart(5, "0")}`,
    department: `Hus ${String.fromCharCode(65 + (i % 6))}`,
  }));
  const incidents: RawRow[] = [];
  for (let i = 0; i < EPISODES; i++) {
    const date = r.int(FIRST, LAST);
    incidents.push({
      HændelseID: `H${i + 1}`,
      Dato: date,
      Tidspunkt: r.chance(0.1) ? "" : r.int(0, 1439) / 1440,
      Retning: r.pick(INCIDENT_DIRECTIONS),
      Type: r.pick(INCIDENT_TYPES),
      BorgerID: r.chance(0.05) ? "" : r.pick(citizens).citizenId,
      Afdeling: "",
      Situation: r.pick(DEFAULT_SITUATIONS),
      Alene: r.chance(0.2) ? "Ja" : "Nej",
      Skade: "Ingen",
      Fravær: r.chance(0.1) ? r.int(1, 5) : 0,
      Debriefing: r.chance(0.8) ? date + 1 : "",
      Arbejdsskade: r.chance(0.5) ? date + 3 : "",
      Politianmeldelse: "",
      Analyseret: r.chance(0.7) ? date + 20 : "",
      Beskrivelse: "Borgeren blev urolig.",
      Læring: "",
      RegistreretAf: "MH",
    });
  }
  const assessments: RawRow[] = [];
  for (let i = 0; i < ASSESSMENTS; i++) {
    const tool = r.pick(RISK_TOOLS);
    const date = r.int(FIRST - 365, LAST);
    assessments.push({
      VurderingID: `R${i + 1}`,
      BorgerID: r.pick(citizens).citizenId,
      Dato: date,
      Redskab: tool,
      Score: tool === "BVC" ? r.int(0, 6) : "",
      Risiko: tool === "BVC" ? "" : r.pick(["Lav", "Moderat", "Høj"]),
      NæsteVurdering: date + 182,
      Aftaler: "",
    });
  }
  return { raw: { Haendelser: incidents, Risikovurdering: assessments }, citizens };
}

/** The minimal count: the period test and three fixed tallies per episode, nothing else. */
function floorCount(data: IncidentData, period: Period): number {
  const { first, last } = periodBounds(period);
  const previous = periodBounds({ year: period.year - 1, quarter: period.quarter });
  const byDirection = new Map<string, number>();
  const byType = new Map<string, number>();
  const byMonth = new Array<number>(12).fill(0);
  let n = 0;
  for (const e of data.incidents) {
    const now = e.date >= first && e.date <= last;
    if (!now && !(e.date >= previous.first && e.date <= previous.last)) continue;
    byDirection.set(e.direction, (byDirection.get(e.direction) ?? 0) + 1);
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    if (now) {
      byMonth[Math.min(11, Math.floor(((e.date - first) / 366) * 12))] += 1;
      n += 1;
    }
  }
  return n + byDirection.size + byType.size + byMonth[0];
}

export function run(): void {
  console.log(
    `## Overgreb: ${EPISODES.toLocaleString("en")} episodes, ${ASSESSMENTS.toLocaleString("en")} risk assessments, ${CITIZENS.toLocaleString("en")} citizens`,
  );
  const { raw, citizens } = generate();
  const read = () => readIncidents(raw, { citizens });
  const { data, findings } = read();
  console.log(
    `read: ${data.incidents.length} episodes, ${data.assessments.length} assessments usable; ${findings.length} findings`,
  );
  const readMs = median([0, 1, 2].map(() => timeMs(read)));
  const year: Period = { year: 2026, quarter: null };
  const quarter: Period = { year: 2026, quarter: 2 };
  const t = interleaved(
    {
      analyseYear: () => analyseIncidents(data, year),
      floorYear: () => floorCount(data, year),
      analyseQuarter: () => analyseIncidents(data, quarter),
      floorQuarter: () => floorCount(data, quarter),
    },
    9,
    2,
  );
  const a = analyseIncidents(data, year);
  console.log(`analysis 2026: ${a.total.count} episodes (2025: ${a.total.previous}), ${a.citizens.involved} citizens`);
  console.log("");
  console.log(`median readIncidents               ${ms(readMs)}`);
  console.log(`median analyseIncidents (year)     ${ms(t.analyseYear)}`);
  console.log(`median minimal count loop (year)   ${ms(t.floorYear)}`);
  console.log(`median analyseIncidents (quarter)  ${ms(t.analyseQuarter)}`);
  console.log(`median minimal count loop (quarter) ${ms(t.floorQuarter)}`);
  console.log("");
  console.log(`analyseIncidents / minimal count (year)     ${ratio(t.analyseYear / t.floorYear)}  (aim ≤ 3×)`);
  console.log(`analyseIncidents / minimal count (quarter)  ${ratio(t.analyseQuarter / t.floorQuarter)}  (aim ≤ 3×)`);
}
