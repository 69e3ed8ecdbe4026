/**
 * The arbitrary workbook the property tests share (fast-check): any mix the engine must handle.
 */
import fc from "fast-check";
import type { WorkbookData } from "../../src/domain/types";
import { citizen, day, followUp, goal, workbook } from "./dataBuilder";

export const TARGET_GROUPS = ["Autismespektrum", "Udviklingshæmning", "Sindslidelse", "Ældre"];
export const METHODS = ["", "KRAP", "Low Arousal", "Marte Meo", "Åben dialog"];
const DEPARTMENTS = ["", "Hus Nord", "Hus Syd"];
export const LABELS = ["Opnået", "Delvist opnået", "Ikke opnået", "Ikke vurderet", "", " opnået ", "Ukendt"];
export const FIRST = day("2025-01-01");

/**
 * An arbitrary workbook: citizens, goals (some delmål, any status, an own interval or none), follow-ups
 * over 2025-2026 with any assessment, measurement or GAS. Rows are numbered per table from 2.
 */
export const workbookArb: fc.Arbitrary<WorkbookData> = fc
  .record({
    citizens: fc.array(fc.record({ tg: fc.nat(TARGET_GROUPS.length - 1), dep: fc.nat(DEPARTMENTS.length - 1) }), {
      minLength: 1,
      maxLength: 8,
    }),
    goals: fc.array(
      fc.record({
        citizen: fc.nat(),
        method: fc.nat(METHODS.length - 1),
        parent: fc.option(fc.nat(), { nil: undefined }),
        weight: fc.integer({ min: 1, max: 4 }),
        progress: fc.boolean(),
        status: fc.constantFrom("Aktiv", "Aktiv", "Afsluttet", "Opgivet") as fc.Arbitrary<
          "Aktiv" | "Afsluttet" | "Opgivet"
        >,
        involved: fc.constantFrom(true, false, null),
        interval: fc.option(fc.integer({ min: 14, max: 200 }), { nil: null }),
      }),
      { maxLength: 16 },
    ),
    followUps: fc.array(
      fc.record({
        goal: fc.nat(),
        offset: fc.integer({ min: 0, max: 729 }),
        label: fc.nat(LABELS.length - 1),
        measurement: fc.option(fc.integer({ min: -2, max: 12 }), { nil: null }),
        gas: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ citizens, goals, followUps }) => {
    const cs = citizens.map((c, i) =>
      citizen({ citizenId: `B${i}`, targetGroup: TARGET_GROUPS[c.tg], department: DEPARTMENTS[c.dep], row: i + 2 }),
    );
    const gs = goals.map((g, i) => {
      const owner = cs[g.citizen % cs.length].citizenId;
      // A delmål points at an earlier indsatsmål of the same citizen, when there is one.
      const parent = g.parent === undefined || i === 0 ? undefined : goals[g.parent % i];
      const parentOk =
        parent !== undefined && cs[parent.citizen % cs.length].citizenId === owner && parent.parent === undefined;
      return goal({
        goalId: `M${i}`,
        citizenId: owner,
        parentId: parentOk ? `M${goals.indexOf(parent as (typeof goals)[number])}` : "",
        method: METHODS[g.method],
        weight: g.weight,
        baseline: g.progress ? 0 : null,
        target: g.progress ? 10 : null,
        status: g.status,
        involved: g.involved,
        interval: g.interval,
        row: i + 2,
      });
    });
    const fs =
      gs.length === 0
        ? []
        : followUps.map((f, i) =>
            followUp({
              followUpId: `O${i}`,
              goalId: gs[f.goal % gs.length].goalId,
              date: FIRST + f.offset,
              assessment: LABELS[f.label],
              measurement: f.measurement,
              gas: f.gas,
              row: i + 2,
            }),
          );
    return workbook({ citizens: cs, goals: gs, followUps: fs });
  });
