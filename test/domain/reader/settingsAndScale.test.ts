import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { DEFAULT_SETTINGS } from "../../../src/domain/reader/settings";
import { accountingProblem, book, citizenRow, codesAt, followUpRow, goalRow, TODAY } from "./helpers";
import type { RawRow, RawWorkbook } from "../../../src/domain/types";

const read = (raw: RawWorkbook) => {
  const r = readWorkbook(raw, { today: TODAY });
  expect(accountingProblem(r)).toBeNull();
  return r;
};
const withSettings = (rows: RawRow[]) => read(book([citizenRow("B01")], [], [], { Indstillinger: rows }));
const settingFindings = (r: ReturnType<typeof read>) =>
  r.findings.filter((f) => f.table === "Indstillinger").map((f) => [f.severity, f.row, f.code]);

describe("Indstillinger", () => {
  test("defaults: MindsteAntal 5, GASRho 0.3, Interval 90, empty texts", () => {
    expect(withSettings([]).data.settings).toEqual({
      offerName: "",
      offerId: "",
      region: "",
      minCount: 5,
      gasRho: 0.3,
      interval: 90,
    });
    expect(DEFAULT_SETTINGS.minCount).toBe(5);
  });

  test("keys are compared case-insensitively and trimmed; values are read per key", () => {
    const r = withSettings([
      { Nøgle: " tilbud ", Værdi: "Bostedet Havblik" },
      { Nøgle: "TILBUDSID", Værdi: 4711 },
      { Nøgle: "Region", Værdi: "Region Nordjylland" },
      { Nøgle: "mindsteantal", Værdi: "7" },
      { Nøgle: "GASRho", Værdi: "0,25" },
      { Nøgle: "Interval", Værdi: 60 },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.data.settings).toEqual({
      offerName: "Bostedet Havblik",
      offerId: "4711",
      region: "Region Nordjylland",
      minCount: 7,
      gasRho: 0.25,
      interval: 60,
    });
  });

  test("MindsteAntal below 3 is raised to 3 with a warning", () => {
    const r = withSettings([{ Nøgle: "MindsteAntal", Værdi: 2 }]);
    expect(r.data.settings.minCount).toBe(3);
    expect(settingFindings(r)).toEqual([["warning", 2, "setting-raised"]]);
  });

  test.each([
    ["MindsteAntal", "fem"],
    ["MindsteAntal", 4.5],
    ["GASRho", 1],
    ["GASRho", -0.1],
    ["GASRho", "høj"],
    ["Interval", 0],
    ["Interval", "hver måned"],
    ["Tilbud", true],
    ["Interval", "#N/A"],
  ])("a bad value of %s (%j) is a warning and the default applies", (key, value) => {
    const r = withSettings([{ Nøgle: key, Værdi: value }]);
    expect(settingFindings(r)).toEqual([["warning", 2, "setting-invalid"]]);
    expect(r.data.settings).toEqual(DEFAULT_SETTINGS);
  });

  test("an empty value keeps the default without a finding", () => {
    const r = withSettings([{ Nøgle: "Interval", Værdi: "" }]);
    expect(r.findings).toEqual([]);
    expect(r.data.settings.interval).toBe(90);
  });

  test("unknown keys, a missing key and a repeated key are warnings; the first of a repeated key wins", () => {
    const r = withSettings([
      { Nøgle: "Interval", Værdi: 30 },
      { Nøgle: "Farve", Værdi: "blå" },
      { Nøgle: "", Værdi: 12 },
      { Nøgle: "interval", Værdi: 60 },
    ]);
    expect(settingFindings(r)).toEqual([
      ["warning", 3, "setting-unknown"],
      ["warning", 4, "setting-no-key"],
      ["warning", 5, "setting-repeated"],
    ]);
    expect(r.data.settings.interval).toBe(30);
  });
});

describe("Skala", () => {
  const citizens = [citizenRow("B01")];
  const goals = [goalRow("M01", "B01")];

  test("an offer's own five-level scale replaces the default", () => {
    const r = read(
      book(citizens, goals, [followUpRow("O1", "M01", { Vurdering: "i høj grad" })], {
        Skala: [
          { Vurdering: "I meget høj grad", Værdi: 1 },
          { Vurdering: "I høj grad", Værdi: 0.75 },
          { Vurdering: "I nogen grad", Værdi: "0,5" },
          { Vurdering: "I ringe grad", Værdi: 0.25 },
          { Vurdering: "Slet ikke", Værdi: 0 },
          { Vurdering: "Ikke vurderet", Værdi: "" },
        ],
      }),
    );
    expect(r.findings).toEqual([]);
    expect(r.data.scale.map((s) => [s.label, s.value, s.row])).toEqual([
      ["I meget høj grad", 1, 2],
      ["I høj grad", 0.75, 3],
      ["I nogen grad", 0.5, 4],
      ["I ringe grad", 0.25, 5],
      ["Slet ikke", 0, 6],
      ["Ikke vurderet", null, 7],
    ]);
    expect(r.data.followUps[0].assessment).toBe("I høj grad");
  });

  test("the default scale's labels are unknown once an offer has its own scale", () => {
    const r = read(
      book(citizens, goals, [followUpRow("O1", "M01", { Vurdering: "Opnået" })], {
        Skala: [{ Vurdering: "Helt", Værdi: 1 }],
      }),
    );
    expect(codesAt(r, "Opfølgning", 2)).toEqual(["unknown-label"]);
  });

  test("a value outside 0..1 and a duplicate label are errors on their rows", () => {
    const r = read(
      book(citizens, goals, [], {
        Skala: [
          { Vurdering: "Opnået", Værdi: 1 },
          { Vurdering: "Over", Værdi: 2 },
          { Vurdering: " opnået ", Værdi: 1 },
        ],
      }),
    );
    expect(r.findings.filter((f) => f.table === "Skala").map((f) => [f.row, f.code, f.column])).toEqual([
      [3, "out-of-range", "Værdi"],
      [4, "duplicate-label", "Vurdering"],
    ]);
    expect(r.data.scale.map((s) => s.label)).toEqual(["Opnået"]);
  });

  test("an empty Skala table means the default scale, with a warning", () => {
    const r = read(book(citizens, goals, [], { Skala: [{ Vurdering: "", Værdi: "" }] }));
    expect(r.findings.filter((f) => f.table === "Skala").map((f) => f.code)).toEqual(["empty-rows", "default-scale"]);
    expect(r.data.scale.map((s) => [s.label, s.value])).toEqual([
      ["Opnået", 1],
      ["Delvist opnået", 0.5],
      ["Ikke opnået", 0],
      ["Ikke vurderet", null],
    ]);
  });
});

describe("Metoder and Målgrupper", () => {
  test("a duplicate method or target group is an error on the later row", () => {
    const r = read(
      book([citizenRow("B01")], [], [], {
        Metoder: [{ Metode: "KRAP" }, { Metode: "krap " }],
        Maalgrupper: [{ Målgruppe: "Autismespektrum" }, { Målgruppe: "AUTISMESPEKTRUM" }],
      }),
    );
    expect(codesAt(r, "Metoder", 3)).toEqual(["duplicate-name"]);
    expect(codesAt(r, "Målgrupper", 3)).toEqual(["duplicate-name"]);
    expect(r.data.methods.map((m) => m.method)).toEqual(["KRAP"]);
  });

  test("Aktiv is Ja/Nej", () => {
    const r = read(
      book([citizenRow("B01")], [], [], {
        Metoder: [{ Metode: "KRAP", Aktiv: "Ja" }, { Metode: "TMA", Aktiv: "nej" }, { Metode: "Gentle Teaching" }],
      }),
    );
    expect(r.data.methods.map((m) => [m.method, m.active])).toEqual([
      ["KRAP", true],
      ["TMA", false],
      ["Gentle Teaching", null],
    ]);
  });
});
