import fc from "fast-check";
import { changeDirection, changePointsText } from "../../../src/domain/evaluation/change";
import { fallingText, groupRemarks } from "../../../src/domain/evaluation/remarks";
import type { GroupFigures } from "../../../src/domain";

const group = (previousMean: number, mean: number): GroupFigures => ({
  group: "KRAP",
  citizens: 10,
  goals: 10,
  achieved: 0,
  partial: 10,
  notAchieved: 0,
  mean,
  citizenMean: mean,
  gasT: null,
  gasCitizens: 0,
  previousMean,
  change: mean - previousMean,
});

describe("which way a mean went", () => {
  test("a change under half a percentage point is unchanged, and no remark says it fell", () => {
    expect(changeDirection(-0.003)).toBe("uændret");
    expect(changePointsText(-0.003)).toBe("uændret");
    expect(groupRemarks("method", [group(0.5, 0.497)], 5, 2026).filter((r) => r.kind === "falling")).toEqual([]);
  });

  test("a fall of whole points is 'faldt' in the row and the remark, with one minus sign (U+2212)", () => {
    expect(changeDirection(-0.5)).toBe("faldt");
    expect(changePointsText(-0.5)).toBe("\u221250 point");
    expect(fallingText(1, 0.5, 2026)).toContain("\u221250 procentpoint");
    expect(fallingText(1, 0.5, 2026)).not.toContain("-");
  });

  test("the row's direction and the remark always agree", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const falling = groupRemarks("method", [group(a, b)], 5, 2026).some((r) => r.kind === "falling");
        expect(falling).toBe(changeDirection(b - a) === "faldt");
        const text = changePointsText(b - a);
        expect(text === "uændret").toBe(changeDirection(b - a) === "uændret");
        expect(text.startsWith("\u2212")).toBe(changeDirection(b - a) === "faldt");
      }),
    );
  });
});
