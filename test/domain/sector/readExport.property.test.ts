import fc from "fast-check";
import { exportToCsv, exportToJson } from "../../../src/domain/export/serialise";
import { readExport } from "../../../src/domain/sector";
import type { ExportRow } from "../../../src/domain/types";

/** Any published export row whose counts add up, with names that need quoting. */
const rowArb = fc
  .record({
    targetGroup: fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() === s && s !== "" && !/^[=+\-@\t\r]/.test(s)),
    achieved: fc.nat(50),
    partial: fc.nat(50),
    notAchieved: fc.nat(50),
    mean: fc.double({ min: 0, max: 1, noNaN: true }),
    gas: fc.nat(10),
  })
  .filter((r) => r.achieved + r.partial + r.notAchieved > 0)
  .map((r): ExportRow => ({
    schemaVersion: 2,
    region: "Region Nordjylland",
    offerId: "T-1",
    year: 2026,
    targetGroup: r.targetGroup,
    method: 'KRAP, "x"',
    citizens: r.achieved + r.partial + r.notAchieved,
    goals: r.achieved + r.partial + r.notAchieved,
    achieved: r.achieved,
    partial: r.partial,
    notAchieved: r.notAchieved,
    mean: r.mean,
    citizenMean: r.mean,
    gasT: r.gas > 0 ? 50 : null,
    gasCitizens: r.gas > 0 ? 1 : 0,
    suppressed: 0,
  }));

test("what the export writes, CSV or JSON, the sector reads back with the same names and figures (6 decimals)", () => {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
      for (const text of [exportToCsv(rows), exportToJson(rows)]) {
        const read = readExport("x", text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.value.rows.map((r) => [r.targetGroup, r.method, r.goals, r.achieved, r.gasCitizens])).toEqual(
          rows.map((r) => [r.targetGroup, r.method, r.goals, r.achieved, r.gasCitizens]),
        );
        read.value.rows.forEach((r, i) => expect(Math.abs(r.mean! - rows[i].mean!)).toBeLessThanOrEqual(5e-7));
      }
    }),
    { numRuns: 200 },
  );
});
