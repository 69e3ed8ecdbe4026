/** @jest-environment jsdom */
/**
 * Danish words beside numbers and the Danish-aware citizen search: "soren" finds "Søren", "aa" finds
 * "å", "ae" finds "æ", and a search typed with the Danish letters still finds them.
 */
import fc from "fast-check";
import type { Citizen } from "../../src/domain";
import { counted, foldDanish } from "../../src/taskpane/components/danishText";
import { filterCitizens, searchText } from "../../src/taskpane/views/CitizenList";

const citizen = (citizenId: string, name: string): Citizen => ({
  row: 2,
  citizenId,
  name,
  targetGroup: "Autismespektrum",
  department: "Hus Nord",
  enrolled: null,
  discharged: null,
  contactPerson: "",
});

describe("counted", () => {
  test("one takes the singular, anything else the plural, with thousands dotted", () => {
    expect(counted(1, "borger", "borgere")).toBe("1 borger");
    expect(counted(0, "borger", "borgere")).toBe("0 borgere");
    expect(counted(1525, "opfølgning", "opfølgninger")).toBe("1.525 opfølgninger");
    expect(counted(3, "forfalden", "forfaldne")).toBe("3 forfaldne");
  });
});

describe("the Danish-aware search", () => {
  const list = [citizen("B01", "Søren Ågård"), citizen("B02", "Mette Kærsgaard"), citizen("B03", "Sofie Holm")];
  const indexed = list.map((c) => ({ citizen: c, text: searchText(c) }));
  const found = (q: string) => filterCitizens(indexed, q, false).map((c) => c.citizenId);

  test("ø/o, å/aa and æ/ae find the same citizens, typed either way", () => {
    expect(found("soren")).toEqual(["B01"]);
    expect(found("Søren")).toEqual(["B01"]);
    expect(found("aagaard")).toEqual(["B01"]);
    expect(found("ågård")).toEqual(["B01"]);
    expect(found("kaersgaard")).toEqual(["B02"]);
    expect(found("KÆRS")).toEqual(["B02"]);
    expect(found("so")).toEqual(["B01", "B03"]);
  });

  test("folding is stable and a folded name is always found by itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcæøåÆØÅéo ".split("")) }), (name) => {
        expect(foldDanish(foldDanish(name))).toBe(foldDanish(name));
        const one = [{ citizen: citizen("B09", name), text: searchText(citizen("B09", name)) }];
        expect(filterCitizens(one, name, false)).toHaveLength(1);
      }),
    );
  });
});
