/**
 * Round trips of the Office adapter for the overgreb register: registering an episode, marking a step
 * done and writing the analysis sheet cost the same number of `context.sync()` calls with 10 episodes
 * as with 5,000; reading the workbook stays below Office's limits and grows only with the bytes.
 */
import { TABLE_SPECS } from "../../../src/domain";
import { runIncidents } from "../../../src/workbook/services";
import type { Seed } from "../contract/harness";
import { expectBoundedRead, officeHarness, seedFake } from "./harness";

function seedOfSize(n: number): Seed {
  const seed: Record<string, { headers: string[]; rows: Array<Array<string | number>> }> = {};
  for (const spec of TABLE_SPECS) seed[spec.table] = { headers: spec.columns.map((c) => c.name), rows: [] };
  seed.Borgere.rows = [["B1", "Anna", "Autismespektrum", "Hus A", 46000, "", "Lise"]];
  const headers = seed.Haendelser.headers;
  seed.Haendelser.rows = Array.from({ length: n }, (_, i) => {
    const row: Array<string | number> = headers.map(() => "");
    row[0] = `H${i + 1}`;
    row[1] = 46023 + (i % 365); // 2026
    row[2] = (i % 1440) / 1440;
    row[3] = "Borger mod medarbejder";
    row[4] = "Fysisk vold";
    row[5] = "B1";
    row[15] = "Borgeren slog ud.";
    return row;
  });
  seed.Risikovurdering.rows = [["R1", "B1", 46000, "BVC", 2, "", 46182, ""]];
  return seed;
}

async function syncsFor(n: number): Promise<Record<string, number>> {
  const h = officeHarness(seedFake(seedOfSize(n)));
  const counts: Record<string, number> = {};
  const snap = await h.port.readAll();
  expect(snap.tables.Haendelser?.rows).toHaveLength(n);
  expectBoundedRead(h.fake.lastRun, TABLE_SPECS.length);
  await h.port.upsert(
    "Haendelser",
    { incidentId: "H-ny", date: 46100, time: 0.5, direction: "Borger mod borger", type: "Psykisk vold" },
    { mode: "insert" },
  );
  counts.registerEpisode = h.fake.lastRun.syncs;
  await h.port.upsert("Haendelser", { incidentId: `H${n}`, debriefing: 46300 }, { mode: "update" });
  counts.stepDone = h.fake.lastRun.syncs;
  const runs = h.fake.runs.length;
  const run = await runIncidents(h.port, { year: 2026, quarter: null }, { now: new Date(2027, 0, 15, 10, 0) });
  expect(run.analysis.total.count).toBe(n + 1);
  counts.analysisRuns = h.fake.runs.length - runs;
  // The analysis reads the workbook (bounded like any read) and writes its sheet in fixed syncs.
  const [analysisRead, ...writes] = h.fake.runs.slice(runs);
  expectBoundedRead(analysisRead, TABLE_SPECS.length);
  counts.analysisWriteSyncs = writes.reduce((s, r) => s + r.syncs, 0);
  return counts;
}

describe("Office.js round trips of the overgreb register", () => {
  test("registering, a step done and writing the analysis sheet cost the same at 10 and 5,000 episodes; reads stay bounded", async () => {
    const small = await syncsFor(10);
    const large = await syncsFor(5_000);
    expect(large).toEqual(small);
    expect(small.registerEpisode).toBeLessThanOrEqual(2);
    expect(small.stepDone).toBeLessThanOrEqual(3);
  });
});
