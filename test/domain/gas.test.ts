import { gasTScore } from "../../src/domain/gas";

describe("GAS T-score (Kiresuk & Sherman)", () => {
  test("the worked example's citizen B01: levels 1 and −1 with weights 1 and 2 give 45.984", () => {
    const expected = 50 + (10 * (1 * 1 + 2 * -1)) / Math.sqrt(0.7 * 5 + 0.3 * 9);
    expect(gasTScore([1, -1], [1, 2], 0.3)).toBeCloseTo(expected, 12);
    expect(gasTScore([1, -1], [1, 2])).toBeCloseTo(45.984, 3);
  });

  test("every goal at the expected level gives 50", () => {
    expect(gasTScore([0])).toBe(50);
    expect(gasTScore([0, 0, 0], [1, 3, 4], 0.5)).toBe(50);
  });

  test("one goal at +2 with weight 1 gives 70 whatever ρ", () => {
    expect(gasTScore([2], [1], 0)).toBeCloseTo(70, 12);
    expect(gasTScore([2], [1], 0.9)).toBeCloseTo(70, 12);
  });

  test("without weights every goal weighs 1", () => {
    expect(gasTScore([1, 2, -1])).toBeCloseTo(gasTScore([1, 2, -1], [1, 1, 1]) as number, 12);
  });

  test("ρ = 0 is the plain weighted formula", () => {
    expect(gasTScore([1, 1], [1, 1], 0)).toBeCloseTo(50 + 20 / Math.sqrt(2), 12);
  });

  test("no goals give no score", () => expect(gasTScore([])).toBeNull());

  test("levels outside −2..2 or not whole are refused with a Danish message", () => {
    expect(() => gasTScore([3])).toThrow(RangeError);
    expect(() => gasTScore([0.5])).toThrow(/GAS-niveau nr\. 1 skal være et helt tal fra -2 til 2/);
    expect(() => gasTScore([0, -3])).toThrow(/nr\. 2/);
    expect(() => gasTScore([Number.NaN])).toThrow(RangeError);
  });

  test("weights outside 1..4 or not whole are refused", () => {
    expect(() => gasTScore([1], [0])).toThrow(/GAS-vægt nr\. 1 skal være et helt tal fra 1 til 4/);
    expect(() => gasTScore([1], [5])).toThrow(RangeError);
    expect(() => gasTScore([1], [1.5])).toThrow(RangeError);
  });

  test("weights must be as many as levels", () => {
    expect(() => gasTScore([1, 2], [1])).toThrow(/lige mange GAS-niveauer og vægte/);
  });

  test("ρ must lie in 0 ≤ ρ < 1", () => {
    expect(() => gasTScore([1], [1], 1)).toThrow(/GAS-korrelationen ρ/);
    expect(() => gasTScore([1], [1], -0.1)).toThrow(RangeError);
    expect(() => gasTScore([1], [1], Number.NaN)).toThrow(RangeError);
    expect(gasTScore([1], [1], 0)).not.toBeNull();
  });
});
