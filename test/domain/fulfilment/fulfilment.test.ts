import { categoryOf } from "../../../src/domain/fulfilment/category";
import { followUpValue } from "../../../src/domain/fulfilment/followUpValue";
import { progressValue } from "../../../src/domain/fulfilment/progress";
import { scaleLookup } from "../../../src/domain/fulfilment/scale";
import { DEFAULT_SCALE } from "../../../src/domain/schema";

const noProgress = { baseline: null, target: null };

describe("scale labels", () => {
  const find = scaleLookup(DEFAULT_SCALE);

  test("a Vurdering is found on the scale whatever its case and surrounding spaces", () => {
    expect(find("Opnået")?.value).toBe(1);
    expect(find("  delvist OPNÅET ")?.value).toBe(0.5);
    expect(find("IKKE OPNÅET")?.value).toBe(0);
  });

  test("'Ikke vurderet' is on the scale but has no value", () => {
    expect(find("ikke vurderet")).toEqual({ label: "Ikke vurderet", value: null });
  });

  test("a label that is not on the scale is not found", () => {
    expect(find("Godt på vej")).toBeUndefined();
    expect(find("")).toBeUndefined();
  });

  test("an offer's own five-level scale replaces the default", () => {
    const five = scaleLookup([
      { label: "Helt opnået", value: 1 },
      { label: "Overvejende opnået", value: 0.75 },
      { label: "Delvist", value: 0.5 },
      { label: "Lidt", value: 0.25 },
      { label: "Slet ikke", value: 0 },
    ]);
    expect(five("overvejende opnået")?.value).toBe(0.75);
    expect(five("Opnået")).toBeUndefined();
  });
});

describe("progress from Udgangspunkt to Målværdi", () => {
  test("halfway from 1 to 5 is 0.5", () => expect(progressValue(3, 1, 5)).toBe(0.5));
  test("a target below the baseline counts progress downwards", () =>
    expect(progressValue(2, 10, 0)).toBeCloseTo(0.8, 12));
  test("past the target is clamped to 1, behind the baseline to 0", () => {
    expect(progressValue(9, 1, 5)).toBe(1);
    expect(progressValue(-3, 1, 5)).toBe(0);
    expect(progressValue(12, 10, 0)).toBe(0);
  });
  test("no distance to cover (baseline = target) gives no value", () => expect(progressValue(3, 4, 4)).toBeNull());
  test("a missing number gives no value", () => {
    expect(progressValue(null, 1, 5)).toBeNull();
    expect(progressValue(3, null, 5)).toBeNull();
    expect(progressValue(3, 1, null)).toBeNull();
  });
});

describe("value of a follow-up (docs/rules.md §6, steps 1-3)", () => {
  const goal = { baseline: 1, target: 5 };

  test("step 1: a scale label gives its number", () => {
    expect(followUpValue({ assessment: "Delvist opnået", measurement: null }, noProgress, DEFAULT_SCALE)).toBe(0.5);
  });

  test("step 1: the label wins over a measurement", () => {
    expect(followUpValue({ assessment: "Opnået", measurement: 2 }, goal, DEFAULT_SCALE)).toBe(1);
  });

  test("step 1: 'Ikke vurderet' does not count, even with a measurement", () => {
    expect(followUpValue({ assessment: "Ikke vurderet", measurement: 3 }, goal, DEFAULT_SCALE)).toBeNull();
  });

  test("step 2: with Vurdering empty, Måling 3 on a goal from 1 to 5 gives 0.5", () => {
    expect(followUpValue({ assessment: "", measurement: 3 }, goal, DEFAULT_SCALE)).toBe(0.5);
    expect(followUpValue({ assessment: "   ", measurement: 3 }, goal, DEFAULT_SCALE)).toBe(0.5);
  });

  test("step 2 needs a goal with numeric Udgangspunkt different from Målværdi", () => {
    expect(followUpValue({ assessment: "", measurement: 3 }, noProgress, DEFAULT_SCALE)).toBeNull();
    expect(followUpValue({ assessment: "", measurement: 3 }, { baseline: 2, target: 2 }, DEFAULT_SCALE)).toBeNull();
  });

  test("step 3: an unknown label does not count, even with a measurement", () => {
    expect(followUpValue({ assessment: "Godt på vej", measurement: 3 }, goal, DEFAULT_SCALE)).toBeNull();
  });

  test("step 3: nothing written does not count", () => {
    expect(followUpValue({ assessment: "", measurement: null }, goal, DEFAULT_SCALE)).toBeNull();
  });

  test("a prepared lookup gives the same values as the scale itself", () => {
    const find = scaleLookup(DEFAULT_SCALE);
    expect(followUpValue({ assessment: "opnået", measurement: null }, goal, find)).toBe(1);
  });
});

describe("category of a value", () => {
  test("1 is Opnået, 0 is Ikke opnået, anything between is Delvist opnået", () => {
    expect(categoryOf(1)).toBe("Opnået");
    expect(categoryOf(0)).toBe("Ikke opnået");
    expect(categoryOf(0.5)).toBe("Delvist opnået");
    expect(categoryOf(0.01)).toBe("Delvist opnået");
    expect(categoryOf(0.99)).toBe("Delvist opnået");
  });

  test("values within 1e-9 of 0 or 1 count as 0 or 1", () => {
    expect(categoryOf(1 - 1e-10)).toBe("Opnået");
    expect(categoryOf(1e-10)).toBe("Ikke opnået");
    expect(categoryOf(1 - 1e-8)).toBe("Delvist opnået");
    expect(categoryOf(1e-8)).toBe("Delvist opnået");
    expect(categoryOf((0.7 - 0.1) / 0.6)).toBe("Opnået");
  });
});
