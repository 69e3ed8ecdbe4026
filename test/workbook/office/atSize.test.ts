/**
 * The four things a big offer does every day, through the Office adapter and the fake Excel with
 * Office's limits, at 100,000 follow-ups with 300-character notes: the pane opens (bounded.test.ts),
 * saves a follow-up (bounded.test.ts), follows a colleague's edit through the change event, and the
 * leader runs the annual evaluation and a citizen's status report. Every request and response stays
 * below 4 MB, and what is read is what the job needs: the evaluation reads no note at all, the
 * status report only the notes of its own citizen's follow-ups.
 */
import { ChangeQueue, applyChanges } from "../../../src/taskpane/state/changes";
import type { TableChange } from "../../../src/workbook/port";
import { runEvaluation, runStatus } from "../../../src/workbook/services";
import { bigSeed } from "../../support/bigWorkbook";
import type { RunRecord } from "../../support/fakeExcel";
import { SYNC_BYTES_CAP, officeHarness, seedFake } from "./harness";

jest.setTimeout(120_000);

const N = 100_000;
const flush = () => new Promise((r) => setTimeout(r, 0));
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const responses = (runs: readonly RunRecord[]): number => sum(runs.flatMap((r) => r.responseBytes));

function expectUnderCap(runs: readonly RunRecord[]): void {
  for (const run of runs) {
    expect(run.refused).toEqual([]);
    for (const b of run.requestBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
    for (const b of run.responseBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
  }
}

const h = officeHarness(seedFake(bigSeed(N)));
const since = (): (() => RunRecord[]) => {
  const start = h.fake.runs.length;
  return () => h.fake.runs.slice(start);
};

test("a colleague's edit of one cell: the event names the row and the pane reads that one row, as few bytes as at 1,000", async () => {
  const measure = async (g: ReturnType<typeof officeHarness>, row: number) => {
    const snapshot = await g.port.readAll({ columns: "lists" });
    const queue = new ChangeQueue();
    const stop = g.port.events!.onTablesChanged((c) => queue.add(c));
    await flush();
    const seen: Array<TableChange | null> = [];
    const stopSeen = g.port.events!.onTablesChanged((c) => seen.push(c));
    await flush();
    const t = g.fake.state.table("Opfoelgning")!;
    await g.fake.changeByOtherUser((s) => s.setCell(t.sheet, row, t.col + 3, { value: "Opnået" }), "Opfoelgning", {
      address: `D${row}`,
    });
    expect(seen).toEqual([{ table: "Opfoelgning", kind: "cells", rows: { first: row, last: row }, source: "remote" }]);
    const runs = (() => {
      const start = g.fake.runs.length;
      return () => g.fake.runs.slice(start);
    })();
    const next = await applyChanges(g.port, snapshot, queue.take());
    stop();
    stopSeen();
    const body = row - t.row - 1;
    expect(next!.tables.Opfoelgning!.rows[body].Vurdering).toBe("Opnået");
    expect(next!.tables.Opfoelgning!.rows).toHaveLength(g === h ? N : 1_000);
    return runs();
  };
  const small = await measure(officeHarness(seedFake(bigSeed(1_000))), 502);
  const large = await measure(h, 50_002);
  expectUnderCap(large);
  expect(sum(large.map((r) => r.syncs))).toBe(sum(small.map((r) => r.syncs)));
  expect(Math.abs(responses(large) - responses(small))).toBeLessThan(200);
});

test("the annual evaluation reads no note: a few MB in pages below 4 MB instead of 35, and writes its sheets", async () => {
  const runs = since();
  const run = await runEvaluation(h.port, 2025, { now: new Date(2026, 0, 15, 10, 0) });
  // About half of the follow-ups are dated 2025; every one of them counts, notes unread.
  expect(run.model.basis.followUps).toBeGreaterThan(40_000);
  const all = runs();
  expectUnderCap(all);
  // Reading 100,000 follow-ups with their notes is about 35 MB (bounded.test.ts); without them a few.
  expect(responses(all)).toBeLessThan(N * 100);
  expect(h.fake.state.sheet("Årsevaluering 2025")).toBeDefined();
  expect(h.fake.state.sheet("Grundlag 2025")).toBeDefined();
});

test("a citizen's status report reads that citizen's notes only, in one small page, and prints them whole", async () => {
  const runs = since();
  const run = await runStatus(h.port, "B1", { now: new Date(2026, 0, 15, 10, 0), from: 45300, to: 46000 });
  const shown = run.status.goals.flatMap((g) => g.followUps);
  expect(shown.length).toBeGreaterThan(500);
  expect(shown.every((f) => f.note.length === 300)).toBe(true);
  const all = runs();
  expectUnderCap(all);
  // The lists (a few MB) and about 340 bytes per note of this citizen, not the 30 MB of every note.
  const open = await (async () => {
    const r = since();
    await h.port.readAll({ columns: "lists" });
    return responses(r());
  })();
  const beyondLists = responses(all) - open;
  expect(beyondLists).toBeLessThan(shown.length * 500 + 50_000);
});

test("one column at 800 rows scattered over 100,000 is one page after the table's facts", async () => {
  const rows = Array.from({ length: 800 }, (_, i) => 2 + i * 120);
  const notes = await h.port.readColumnAt("Opfoelgning", "note", rows);
  expect(notes?.size).toBe(800);
  expect([...notes!.values()].every((n) => String(n).length === 300)).toBe(true);
  expectUnderCap([h.fake.lastRun]);
  expect(h.fake.lastRun.syncs).toBe(2);
});
