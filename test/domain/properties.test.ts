/**
 * Properties of the engine that must hold for any workbook (fast-check).
 */
import fc from "fast-check";
import { evaluateYear } from "../../src/domain/evaluation/evaluateYear";
import { regionalExportRows } from "../../src/domain/export/regionalRows";
import { gasTScore } from "../../src/domain/gas";
import { resultUnits } from "../../src/domain/results/units";
import { byDepartment, byMethod, byTargetGroup, targetGroupByMethod, total } from "../../src/domain/rollup/dimensions";
import type { EvaluationModel, ExportRow, GroupFigures } from "../../src/domain/types";
import { citizen, day, followUp, goal, workbook } from "../support/dataBuilder";
import { METHODS, TARGET_GROUPS, workbookArb } from "../support/workbookArb";

const groupsOf = (m: EvaluationModel): GroupFigures[] => [
  ...m.byMethod,
  ...m.byTargetGroup,
  ...m.byDepartment,
  m.total,
  ...m.targetGroupByMethod.map((c) => ({ ...c, group: `${c.targetGroup}|${c.method}` })),
];

/** Figures rounded to 12 decimals, so that summing in another order does not count as a difference. */
const stable = (m: EvaluationModel): unknown =>
  JSON.parse(
    JSON.stringify(
      {
        groups: groupsOf(m),
        quality: m.dataQuality,
        units: [...m.units].sort((a, b) => (a.goalId < b.goalId ? -1 : 1)),
      },
      (_k, v) => (typeof v === "number" ? Math.round(v * 1e12) / 1e12 : v),
    ),
  );

describe("properties of the evaluation", () => {
  test("roll-ups do not depend on the order of rows in the sheets", () => {
    fc.assert(
      fc.property(workbookArb, fc.integer(), (data, seed) => {
        const shuffle = <T>(list: readonly T[]): T[] => {
          const out = [...list];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j], out[i]];
          }
          return out;
        };
        const shuffled = {
          ...data,
          citizens: shuffle(data.citizens),
          goals: shuffle(data.goals),
          followUps: shuffle(data.followUps),
        };
        expect(stable(evaluateYear(shuffled, 2026))).toEqual(stable(evaluateYear(data, 2026)));
      }),
      { numRuns: 100 },
    );
  });

  test("the evaluation's roll-ups equal groupFigures over its units (one rule, two ways in)", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        const m = evaluateYear(data, 2026);
        const options = { rho: data.settings.gasRho, previousUnits: resultUnits(data, 2025) };
        const units = resultUnits(data, 2026);
        const round = (x: unknown): unknown =>
          JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === "number" ? Math.round(v * 1e12) / 1e12 : v)));
        expect(round(m.byMethod)).toEqual(round(byMethod(units, options)));
        expect(round(m.byTargetGroup)).toEqual(round(byTargetGroup(units, options)));
        expect(round(m.byDepartment)).toEqual(round(byDepartment(units, options)));
        expect(round(m.total)).toEqual(round(total(units, options)));
        expect(round(m.targetGroupByMethod)).toEqual(round(targetGroupByMethod(units, options)));
      }),
      { numRuns: 100 },
    );
  });

  test("achieved + partial + notAchieved = goals in every group, and totals add up", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        const m = evaluateYear(data, 2026);
        for (const g of groupsOf(m)) expect(g.achieved + g.partial + g.notAchieved).toBe(g.goals);
        const sum = (list: readonly GroupFigures[], pick: (g: GroupFigures) => number): number =>
          list.reduce((s, g) => s + pick(g), 0);
        expect(sum(m.byMethod, (g) => g.goals)).toBe(m.total.goals);
        expect(sum(m.byTargetGroup, (g) => g.goals)).toBe(m.total.goals);
        expect(sum(m.byDepartment, (g) => g.goals)).toBe(m.total.goals);
        expect(sum(m.byTargetGroup, (g) => g.citizens)).toBe(m.total.citizens);
        expect(m.total.goals).toBe(m.units.length);
      }),
      { numRuns: 100 },
    );
  });

  test("means lie in [0, 1], changes in [−1, 1], and a group has a mean exactly when it has goals", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        for (const g of groupsOf(evaluateYear(data, 2026))) {
          for (const x of [g.mean, g.citizenMean, g.previousMean]) {
            if (x !== null) {
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(1 + 1e-12);
            }
          }
          if (g.change !== null) expect(Math.abs(g.change)).toBeLessThanOrEqual(1 + 1e-12);
          expect(g.mean === null).toBe(g.goals === 0);
          expect(g.citizenMean === null).toBe(g.citizens === 0);
          if (g.gasT !== null) expect(g.gasT).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("properties of the GAS T-score", () => {
  const levelsAndWeights = fc
    .array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 12 })
    .map((pairs) => ({ levels: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) }));
  const rhoArb = fc.double({ min: 0, max: 0.99, noNaN: true });

  test("all levels 0 give 50, whatever the weights and ρ", () => {
    fc.assert(
      fc.property(levelsAndWeights, rhoArb, ({ levels, weights }, rho) => {
        expect(
          gasTScore(
            levels.map(() => 0),
            weights,
            rho,
          ),
        ).toBe(50);
      }),
    );
  });

  test("negating every level mirrors the score around 50", () => {
    fc.assert(
      fc.property(levelsAndWeights, rhoArb, ({ levels, weights }, rho) => {
        const up = gasTScore(levels, weights, rho) as number;
        const down = gasTScore(
          levels.map((x) => -x),
          weights,
          rho,
        ) as number;
        expect(up - 50).toBeCloseTo(50 - down, 9);
      }),
    );
  });

  test("raising one level never lowers the score", () => {
    fc.assert(
      fc.property(levelsAndWeights, rhoArb, fc.nat(), ({ levels, weights }, rho, at) => {
        const i = at % levels.length;
        fc.pre(levels[i] < 2);
        const raised = levels.map((x, j) => (j === i ? x + 1 : x));
        expect(gasTScore(raised, weights, rho) as number).toBeGreaterThan(gasTScore(levels, weights, rho) as number);
      }),
    );
  });
});

describe("properties of the regional export", () => {
  /** A population: per cell of target group × method, 0-12 citizens with 1-3 goals each. */
  const populationArb = fc
    .record({
      cells: fc.array(fc.tuple(fc.nat(3), fc.nat(4), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 3 })), {
        maxLength: 14,
      }),
      minCount: fc.integer({ min: 0, max: 8 }),
    })
    .map(({ cells, minCount }) => {
      const citizens = [];
      const goals = [];
      const followUps = [];
      let n = 0;
      for (const [tg, method, count, perCitizen] of cells) {
        for (let c = 0; c < count; c++) {
          const id = `P${n++}`;
          citizens.push(citizen({ citizenId: id, targetGroup: TARGET_GROUPS[tg] }));
          for (let k = 0; k < perCitizen; k++) {
            goals.push(goal({ goalId: `${id}-${k}`, citizenId: id, method: METHODS[method] }));
            followUps.push(
              followUp({
                followUpId: `${id}-${k}`,
                goalId: `${id}-${k}`,
                date: day("2026-04-01"),
                assessment: "Opnået",
              }),
            );
          }
        }
      }
      return workbook({ citizens, goals, followUps, settings: { minCount } });
    });

  const relations = (rows: readonly ExportRow[]): Array<{ total: ExportRow; children: ExportRow[] }> => {
    const offer = rows.find((r) => r.targetGroup === "(alle)" && r.method === "(alle)") as ExportRow;
    const groupTotals = rows.filter((r) => r.targetGroup !== "(alle)" && r.method === "(alle)");
    return [
      { total: offer, children: groupTotals },
      ...groupTotals.map((t) => ({
        total: t,
        children: rows.filter((r) => r.targetGroup === t.targetGroup && r.method !== "(alle)"),
      })),
    ];
  };

  test("no suppressed figure can be found by subtraction: no total is published with exactly one hidden row under it", () => {
    fc.assert(
      fc.property(populationArb, (data) => {
        const rows = regionalExportRows(evaluateYear(data, 2026), data.settings);
        for (const { total, children } of relations(rows)) {
          const hiddenChildren = children.filter((c) => c.suppressed === 1).length;
          if (total.suppressed === 0) expect(hiddenChildren).not.toBe(1);
          // Nor can a hidden total be found by adding up its published rows.
          if (total.suppressed === 1 && children.length > 0) expect(hiddenChildren).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("every row below MindsteAntal (at least 3) is suppressed, and a suppressed row carries no figure", () => {
    fc.assert(
      fc.property(populationArb, (data) => {
        const model = evaluateYear(data, 2026);
        const threshold = Math.max(data.settings.minCount, 3);
        const rows = regionalExportRows(model, data.settings);
        const citizensOf = new Map<string, number>([
          ...model.targetGroupByMethod.map((c): [string, number] => [`${c.targetGroup}|${c.method}`, c.citizens]),
          ...model.byTargetGroup.map((g): [string, number] => [`${g.group}|(alle)`, g.citizens]),
          ["(alle)|(alle)", model.total.citizens],
        ]);
        for (const r of rows) {
          if ((citizensOf.get(`${r.targetGroup}|${r.method}`) as number) < threshold) expect(r.suppressed).toBe(1);
          if (r.suppressed === 1) {
            expect([r.citizens, r.goals, r.achieved, r.partial, r.notAchieved, r.mean, r.citizenMean, r.gasT]).toEqual(
              Array(8).fill(null),
            );
          } else {
            expect(r.citizens).toBeGreaterThanOrEqual(threshold);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
