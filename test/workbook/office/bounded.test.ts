/**
 * Inside Excel at real size: the fake Excel holds Office's limits (5 MB per request and response,
 * 5,000,000 cells per read), and the adapter stays below them at 100,000 follow-ups with notes of 300
 * characters, reading only what the pane's lists need and paging by bytes.
 */
import { TABLE_SPECS } from "../../../src/domain";
import { bigSeed } from "../../support/bigWorkbook";
import type { FakeRequestContext } from "../../support/fakeExcel";
import { SYNC_BYTES_CAP, expectBoundedRead, officeHarness, seedFake } from "./harness";

describe("the fake Excel holds Office's limits", () => {
  test("a response above 5 MB fails with ResponsePayloadSizeLimitExceeded, as Excel on the web does", async () => {
    const h = officeHarness(seedFake(bigSeed(20_000)));
    const error = await h.fake
      .run(async (context: FakeRequestContext) => {
        context.workbook.tables.getItem("Opfoelgning").getRange().load("values");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(h.fake.lastRun.responseBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a request above 5 MB fails with RequestPayloadSizeLimitExceeded before anything is written", async () => {
    const h = officeHarness(seedFake({ Metoder: [{ Metode: "KRAP" }] }));
    const big = Array.from({ length: 20_000 }, () => ["x".repeat(300)]);
    const error = await h.fake
      .run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("Metoder").getRange("H1:H20000").values = big;
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(h.fake.state.cell(h.fake.state.sheet("Metoder")!, 1, 8).value).toBe("");
  });

  test("loads count in the request too: 60,000 single-cell loads in one sync are refused like a large write", async () => {
    const h = officeHarness(seedFake(bigSeed(1_000)));
    const error = await h.fake
      .run(async (context: FakeRequestContext) => {
        const body = context.workbook.tables.getItem("Opfoelgning").getDataBodyRange();
        for (let i = 0; i < 60_000; i++) body.getCell(i % 1_000, 0).load("values");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // One small load is measured as Office's JSON: an object path and an action with its arguments.
    const one = officeHarness(seedFake(bigSeed(1_000)));
    await one.fake.run(async (context: FakeRequestContext) => {
      context.workbook.tables.getItem("Opfoelgning").getDataBodyRange().getCell(0, 0).load("values");
      await context.sync();
    });
    expect(one.fake.lastRun.requestBytes[0]).toBeGreaterThan(300);
    expect(one.fake.lastRun.requestBytes[0]).toBeLessThan(1_000);
    // The response names the property: {"ActionId":…,"Value":{"values":[["O1"]]}}.
    expect(one.fake.lastRun.responseBytes[0]).toBeGreaterThanOrEqual(
      JSON.stringify({ ActionId: 1, Value: { values: [["O1"]] } }).length,
    );
  });

  test("a read of more than 5,000,000 cells fails with RangeExceedsLimit", async () => {
    const h = officeHarness(seedFake({ Metoder: [{ Metode: "KRAP" }] }));
    const error = await h.fake
      .run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("Metoder").getRangeByIndexes(0, 0, 1_000_000, 6).load("values");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("bounded reads at 100,000 follow-ups with 300-character notes", () => {
  const N = 100_000;
  const h = officeHarness(seedFake(bigSeed(N)));

  test("the pane's first read leaves the notes out, stays under 4 MB per sync and takes a handful of syncs", async () => {
    const snap = await h.port.readAll({ columns: "lists" });
    const t = snap.tables.Opfoelgning!;
    expect(t.rows).toHaveLength(N);
    expect(t.rows[N - 1]).toEqual({
      OpfølgningID: "O100000",
      MålID: `M${((N - 1) % 3704) + 1}`,
      Dato: 45300 + ((N - 1) % 700),
      Vurdering: "Delvist opnået",
      Måling: "",
      GAS: 0,
      UdførtAf: "Lise",
    });
    expectBoundedRead(h.fake.lastRun, TABLE_SPECS.length);
    const total = h.fake.lastRun.responseBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(N * 100);
    expect(h.fake.lastRun.syncs).toBeLessThanOrEqual(6);
  });

  test("a report's read of everything (about 35 MB with the notes) comes in pages below 4 MB, every note whole", async () => {
    const snap = await h.port.readAll();
    const t = snap.tables.Opfoelgning!;
    expect(t.rows).toHaveLength(N);
    expect(t.rows.every((r) => typeof r.Note === "string" && r.Note.length === 300)).toBe(true);
    const run = h.fake.lastRun;
    const total = run.responseBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(30_000_000);
    expectBoundedRead(run, TABLE_SPECS.length);
    expect(Math.max(...run.responseBytes)).toBeLessThan(SYNC_BYTES_CAP);
    expect(run.maxCellsRead).toBeLessThanOrEqual(5_000_000);
  });

  test("a block of very long notes after short ones: the page that comes back too large is halved and asked again", async () => {
    const seed = bigSeed(30_000, 20);
    for (let i = 20_000; i < 30_000; i++) seed.Opfoelgning.rows[i][6] = "y".repeat(3000);
    const g = officeHarness(seedFake(seed));
    const t = (await g.port.readTable("Opfoelgning"))!;
    expect(t.rows).toHaveLength(30_000);
    expect(String(t.rows[29_999].Note)).toHaveLength(3000);
    const run = g.fake.lastRun;
    expect(run.refused.length).toBeGreaterThan(0);
    // Sizes are learnt only by reading: a page that turns long midway may land between 4 and 5 MB,
    // never above Office's limit (a larger one is refused and asked again in halves).
    run.responseBytes.forEach((b, i) => {
      if (!run.refused.includes(i + 1)) expect(b).toBeLessThanOrEqual(5 * 1024 * 1024);
    });
    // Halving finds the size in a few refusals (about log2 of how much longer the rows turned), not
    // one per row.
    expect(run.refused.length).toBeLessThanOrEqual(8);
  });

  test("saving a follow-up and reading one edited row cost the same syncs and bytes at 1,000 and 100,000", async () => {
    const measure = async (n: number) => {
      const g = n === N ? h : officeHarness(seedFake(bigSeed(n)));
      await g.port.upsert(
        "Opfoelgning",
        { followUpId: `Ny${n}`, goalId: "M1", date: 46200, assessment: "Opnået" },
        { mode: "insert" },
      );
      const save = g.fake.lastRun;
      const rows = await g.port.readRows("Opfoelgning", 500, 500, { columns: "lists" });
      expect(rows!.rows).toHaveLength(1);
      const edit = g.fake.lastRun;
      const bytes = (r: typeof save) =>
        r.responseBytes.reduce((a, b) => a + b, 0) + r.requestBytes.reduce((a, b) => a + b, 0);
      return { saveSyncs: save.syncs, saveBytes: bytes(save), editSyncs: edit.syncs, editBytes: bytes(edit) };
    };
    const small = await measure(1_000);
    const large = await measure(N);
    expect(large.saveSyncs).toBe(small.saveSyncs);
    expect(large.editSyncs).toBe(small.editSyncs);
    expect(Math.abs(large.saveBytes - small.saveBytes)).toBeLessThan(200);
    expect(Math.abs(large.editBytes - small.editBytes)).toBeLessThan(200);
  });
});

describe("the rare whole-id-column read is paged too", () => {
  test("an update of a follow-up a colleague deleted, among 100,000 long ids (about 4.5 MB of ids): the Danish 'gone' message, every response below 4 MB", async () => {
    const seed = bigSeed(100_000, 10);
    const longId = (i: number) => `OPFØLGNING-${String(i).padStart(29, "0")}`;
    seed.Opfoelgning.rows.forEach((r, i) => (r[0] = longId(i)));
    const g = officeHarness(seedFake(seed));
    await expect(
      g.port.upsert("Opfoelgning", { followUpId: longId(100_001), gas: 1 }, { mode: "update" }),
    ).rejects.toThrow(/findes ikke længere/);
    const run = g.fake.lastRun;
    expect(run.refused).toEqual([]);
    expect(run.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4_000_000);
    for (const b of run.responseBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
  });
});
