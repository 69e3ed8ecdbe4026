/**
 * The method names on the evaluation chart's axis: short enough to leave the bars room at 320 px, and
 * never two bars with one name.
 */
import fc from "fast-check";
import { BAR_NAME_LENGTH, barNames } from "../../../src/taskpane/charts/chartData";

test("a short name stays as it is; a long one is cut with … within the limit", () => {
  const names = barNames(["KRAP", "Mentaliseringsbaseret pædagogik", "Recovery-orienteret praksis"]);
  expect(names.get("KRAP")).toBe("KRAP");
  expect(names.get("Mentaliseringsbaseret pædagogik")).toBe("Mentaliseringsb…");
  expect(names.get("Recovery-orienteret praksis")).toMatch(/^Recovery-orient.*…$/);
  for (const n of names.values()) expect(n.length).toBeLessThanOrEqual(BAR_NAME_LENGTH);
});

test("two methods that would be cut alike keep their full names", () => {
  const a = "Kognitiv adfærdsterapi for voksne";
  const b = "Kognitiv adfærdsterapi for unge";
  const names = barNames([a, b, "KRAP"]);
  expect([names.get(a), names.get(b)]).toEqual([a, b]);
});

test("property: every method gets a name, distinct methods get distinct names", () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 12 }), (methods) => {
      const names = barNames(methods);
      expect(methods.every((m) => names.has(m))).toBe(true);
      expect(new Set(methods.map((m) => names.get(m))).size).toBe(methods.length);
    }),
  );
});
