/**
 * The reads besides the contract tables, at size through the fake Excel with Office's limits: a
 * report's own table read back (the action plan the leader typed) comes in pages, and inspecting or
 * upgrading the template reads the same few bytes at 1,000 as at 100,000 follow-ups, writing the new
 * columns' formats in chunks below the request limit.
 */
import { bigSeed } from "../../support/bigWorkbook";
import type { RunRecord } from "../../support/fakeExcel";
import { SYNC_BYTES_CAP, officeHarness, seedFake } from "./harness";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function expectUnderCap(run: RunRecord): void {
  expect(run.refused).toEqual([]);
  for (const b of run.requestBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
  for (const b of run.responseBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
}

describe("a report's own table read back at size", () => {
  test("20,000 action-plan rows of 300 characters (about 6.5 MB) come back whole, in pages below 4 MB", async () => {
    const h = officeHarness(seedFake({}));
    const text = (i: number) => `Handling ${i}: `.padEnd(300, "a");
    await h.port.writeSheet({
      name: "Årsevaluering 2025",
      blocks: [
        {
          kind: "table",
          name: "Handleplan2025",
          headers: ["Handling", "Ansvarlig", "Status"],
          rows: Array.from({ length: 20_000 }, (_, i) => [text(i), "Leder", "I gang"]),
        },
      ],
    });
    const plan = await h.port.readSheetTable("Årsevaluering 2025", "Handleplan2025");
    expect(plan?.rows).toHaveLength(20_000);
    expect(plan?.rows[19_999]).toEqual({ Handling: text(19_999), Ansvarlig: "Leder", Status: "I gang" });
    const run = h.fake.lastRun;
    expectUnderCap(run);
    expect(sum(run.responseBytes)).toBeGreaterThan(6_000_000);
    expect(run.syncs).toBeLessThanOrEqual(2 + Math.ceil(sum(run.responseBytes) / 1_750_000));
  });
});

describe("the template at size", () => {
  /** Every table present, but the follow-ups lack Note and UdførtAf (an older workbook). */
  const older = (n: number) => {
    const seed = bigSeed(n);
    seed.Opfoelgning.headers = seed.Opfoelgning.headers.slice(0, 6);
    seed.Opfoelgning.rows = seed.Opfoelgning.rows.map((r) => r.slice(0, 6));
    return officeHarness(seedFake(seed));
  };
  const small = older(1_000);
  const large = older(100_000);

  test("inspecting reads addresses and headers only: the same syncs and about the same bytes at 1,000 and 100,000", async () => {
    const a = await small.port.inspectTemplate();
    const b = await large.port.inspectTemplate();
    expect(b).toEqual(a);
    expect(b.missingColumns).toEqual(
      expect.arrayContaining([
        { table: "Opfoelgning", column: "Note" },
        { table: "Opfoelgning", column: "UdførtAf" },
      ]),
    );
    const [ra, rb] = [small.fake.lastRun, large.fake.lastRun];
    expect(rb.syncs).toBe(ra.syncs);
    expect(Math.abs(sum(rb.responseBytes) - sum(ra.responseBytes))).toBeLessThan(200);
  });

  test("adding the missing columns reads the same bytes at any size and formats 100,000 rows in requests below 4 MB", async () => {
    await small.port.ensureTemplate();
    const readSmall = small.fake.lastRun.responseBytes;
    const report = await large.port.ensureTemplate();
    const run = large.fake.lastRun;
    expect(report.added.join(" ")).toMatch(/Note/);
    expectUnderCap(run);
    // The reads (every sync's response) do not grow with the rows.
    expect(Math.abs(sum(run.responseBytes) - sum(readSmall))).toBeLessThan(500);
    const t = large.fake.state.table("Opfoelgning")!;
    const headers = large.fake.state.values(t.sheet, t.row, t.col, 1, t.colCount)[0];
    expect(headers.slice(6)).toEqual(["Note", "UdførtAf"]);
    // The last follow-up's new Note cell is formatted as text like the template's.
    expect(large.fake.state.cell(t.sheet, t.row + 100_000, t.col + 6).numberFormat).toBe("@");
  });

  test("with a small request limit the new columns' formats are cut into chunks, each within it", async () => {
    const g = older(100_000);
    const limited = officeHarness(g.fake, { maxRequestBytes: 300_000 });
    await limited.port.ensureTemplate();
    const run = limited.fake.lastRun;
    expect(run.refused).toEqual([]);
    for (const b of run.requestBytes) expect(b).toBeLessThanOrEqual(300_000);
    expect(run.requestBytes.filter((b) => b > 100_000).length).toBeGreaterThan(3);
    const t = g.fake.state.table("Opfoelgning")!;
    expect(g.fake.state.cell(t.sheet, t.row + 100_000, t.col + 7).numberFormat).toBe("@");
  });
});
