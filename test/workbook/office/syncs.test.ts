/**
 * Round trips of the Office adapter: writing one record costs the same number of `context.sync()`
 * calls and about the same bytes with 10 rows as with 10,000; reading grows with the bytes read,
 * never per row.
 */
import { TABLE_SPECS } from "../../../src/domain";
import type { Seed } from "../contract/harness";
import { expectBoundedRead, officeHarness, seedFake } from "./harness";

/** Every contract table, Maal and Opfoelgning with `n` rows each. */
function seedOfSize(n: number): Seed {
  const seed: Record<string, { headers: string[]; rows: Array<Array<string | number>> }> = {};
  for (const spec of TABLE_SPECS) seed[spec.table] = { headers: spec.columns.map((c) => c.name), rows: [] };
  seed.Borgere.rows = [["B1", "Anna", "Autismespektrum", "Hus A", 46000, "", "Lise"]];
  seed.Maal.rows = Array.from({ length: n }, (_, i) => {
    const row: Array<string | number> = seed.Maal.headers.map(() => "");
    row[0] = `M${i + 1}`;
    row[1] = "B1";
    row[4] = "Gå en tur hver dag";
    row[8] = 46000;
    return row;
  });
  seed.Opfoelgning.rows = Array.from({ length: n }, (_, i) => [
    `O${i + 1}`,
    `M${i + 1}`,
    46100,
    "Opnået",
    "",
    1,
    "",
    "",
  ]);
  return seed;
}

async function syncsFor(n: number): Promise<Record<string, number>> {
  const h = officeHarness(seedFake(seedOfSize(n)));
  const counts: Record<string, number> = {};
  const snap = await h.port.readAll();
  expect(snap.tables.Maal?.rows).toHaveLength(n);
  expectBoundedRead(h.fake.lastRun, TABLE_SPECS.length);
  await h.port.upsert("Maal", { goalId: `M${n}`, status: "Afsluttet" });
  counts.updateGoal = h.fake.lastRun.syncs;
  await h.port.upsert("Opfoelgning", { followUpId: "O-ny", goalId: "M1", date: 46200, assessment: "Opnået" });
  counts.insertFollowUp = h.fake.lastRun.syncs;
  await h.port.upsert("Borgere", { citizenId: "B1", department: "Hus B" });
  counts.updateCitizen = h.fake.lastRun.syncs;
  return counts;
}

describe("Office.js round trips", () => {
  test("writing a goal, follow-up or citizen takes the same syncs at 10 and 10,000 rows: 3 to update, 2 to insert", async () => {
    const small = await syncsFor(10);
    const large = await syncsFor(10_000);
    expect(large).toEqual(small);
    expect(small).toEqual({ updateGoal: 3, insertFollowUp: 2, updateCitizen: 3 });
  });

  test("a workbook without any of the contract's tables is read in one sync", async () => {
    const h = officeHarness(seedFake({}));
    await h.port.readAll();
    expect(h.fake.lastRun.syncs).toBe(1);
  });

  test("the written record lands on its row at 10,000 rows", async () => {
    const h = officeHarness(seedFake(seedOfSize(10_000)));
    const r = await h.port.upsert("Maal", { goalId: "M7000", status: "Opgivet" });
    expect(r).toEqual({ action: "updated", row: 7001 });
    const t = (await h.port.readAll()).tables.Maal!;
    expect(t.rows[6999]).toMatchObject({ MålID: "M7000", Status: "Opgivet" });
    expect(t.rows.filter((x) => x.Status === "Opgivet")).toHaveLength(1);
  });
});
