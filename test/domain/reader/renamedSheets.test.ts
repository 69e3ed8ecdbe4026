/**
 * A user may rename the sheet a table is on (the adapters find tables by their Excel table name). The
 * findings and left-out entries about the table's rows then name the sheet as the user sees it.
 */
import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { checkWorkbook } from "../../../src/domain/smorte";
import type { RawWorkbook, ReadResult } from "../../../src/domain/types";
import { book, citizenRow, followUpRow, goalRow, TODAY } from "./helpers";

const read = (raw: RawWorkbook): ReadResult => readWorkbook(raw, { today: TODAY });
const sheetsOf = (r: ReadResult): string[] => [...new Set(r.findings.map((f) => f.sheet))];

describe("a table on a renamed sheet", () => {
  // Borgere row 3 has no Målgruppe (left out); goal M02 refers to it, goal M03 to an unknown citizen.
  const citizens = [citizenRow("B01"), citizenRow("B02", { Målgruppe: "" })];
  const goals = [goalRow("M01", "B01"), goalRow("M02", "B02"), goalRow("M03", "B99")];

  test("row findings and left-out entries name the sheet the table is on", () => {
    const r = read(book([], goals, [], { Borgere: { rows: citizens, headerRow: 4, sheet: "Beboere" } }));
    const own = r.findings.filter((f) => f.table === "Borgere");
    expect(own.map((f) => [f.sheet, f.row, f.code])).toEqual([["Beboere", 6, "required"]]);
    expect(own[0].message).toMatch(/^Beboere, række 6, kolonne Målgruppe: /);
    expect(r.data.leftOut.filter((l) => l.sheet === "Beboere").map((l) => l.row)).toEqual([6]);
    expect(r.data.leftOut.some((l) => l.sheet === "Borgere")).toBe(false);
    expect(sheetsOf(r)).not.toContain("Borgere");
    expect(r.data.sheets?.Borgere).toBe("Beboere");
  });

  test("cross-references into the renamed table name its sheet in the message", () => {
    const r = read(book([], goals, [], { Borgere: { rows: citizens, headerRow: 4, sheet: "Beboere" } }));
    const onGoals = r.findings.filter((f) => f.table === "Maal");
    expect(onGoals.map((f) => [f.sheet, f.row, f.code])).toEqual([
      ["Mål", 3, "citizen-left-out"],
      ["Mål", 4, "unknown-citizen"],
    ]);
    expect(onGoals[0].message).toContain("række 6 på arket Beboere");
    expect(onGoals[1].message).toContain("findes ikke på arket Beboere");
    for (const f of r.findings) expect(f.message).not.toContain("arket Borgere");
  });

  test("a renamed goals sheet: reader findings, follow-up references and SMORTE findings name it", () => {
    const r = read(
      book([citizenRow("B01")], [], [followUpRow("O1", "M01"), followUpRow("O2", "M77")], {
        Maal: { rows: [goalRow("M01", "B01", { Startdato: "" }), goalRow("M02", "B01")], sheet: "Indsatser" },
      }),
    );
    expect(r.findings.filter((f) => f.table === "Maal").map((f) => [f.sheet, f.row, f.code])).toEqual([
      ["Indsatser", 2, "required"],
    ]);
    expect(r.data.leftOut.filter((l) => l.sheet === "Indsatser").map((l) => l.row)).toEqual([2]);
    const onFollowUps = r.findings.filter((f) => f.table === "Opfoelgning");
    expect(onFollowUps.map((f) => [f.sheet, f.code])).toEqual([
      ["Opfølgning", "goal-left-out"],
      ["Opfølgning", "unknown-goal"],
    ]);
    expect(onFollowUps[0].message).toContain("række 2 på arket Indsatser");
    expect(onFollowUps[1].message).toContain("findes ikke på arket Indsatser");

    const smorte = checkWorkbook(r.data);
    expect(smorte.length).toBeGreaterThan(0);
    expect(new Set(smorte.map((f) => f.sheet))).toEqual(new Set(["Indsatser"]));
    expect(smorte.every((f) => f.row === 3 && f.message.startsWith("Indsatser, række 3, kolonne "))).toBe(true);
  });

  test("a table-level finding on a renamed sheet names it; a missing table names its expected sheet", () => {
    const r = read(
      book([], [], [], {
        Borgere: { rows: [{ BorgerID: "B01" }], sheet: "Beboere" },
        Opfoelgning: undefined,
      }),
    );
    const missingColumn = r.findings.find((f) => f.code === "column-missing" && f.table === "Borgere");
    expect(missingColumn?.sheet).toBe("Beboere");
    expect(missingColumn?.message).toContain("i tabellen Borgere på arket Beboere");
    const missingTable = r.findings.find((f) => f.code === "table-missing" && f.table === "Opfoelgning");
    expect(missingTable?.sheet).toBe("Opfølgning");
    expect(missingTable?.message).toContain("(arket Opfølgning)");
    // The goals table cannot be used because the citizens table cannot: the reason names the actual sheet.
    const withGoals = read(
      book([], [goalRow("M01", "B01")], [], { Borgere: { rows: [{ BorgerID: "B01" }], sheet: "Beboere" } }),
    );
    const dependency = withGoals.findings.find((f) => f.code === "dependency-unusable");
    expect(dependency?.message).toContain("tabellen Borgere på arket Beboere ikke kan bruges");
  });

  test("findings stay in table order whatever the sheets are called", () => {
    const r = read(
      book([], [goalRow("M01", "B01", { Startdato: "" })], [followUpRow("O1", "M09")], {
        Borgere: { rows: [citizenRow("B01", { Målgruppe: "" })], sheet: "Å-beboere" },
        Opfoelgning: { rows: [followUpRow("O1", "M09")], sheet: "A-opfølgning" },
      }),
    );
    expect(sheetsOf(r)).toEqual(["Å-beboere", "Mål", "A-opfølgning"]);
    expect(r.data.leftOut.map((l) => l.sheet)).toEqual(["Å-beboere", "Mål", "A-opfølgning"]);
  });

  test("without a sheet (or with an empty one) the contract's sheet names are used", () => {
    for (const sheet of [undefined, "", "  "]) {
      const r = read(
        book([], goals, [], {
          Borgere: { rows: citizens, ...(sheet === undefined ? {} : { sheet }) },
          Maal: { rows: [goalRow("M01", "B01", { Relevans: "" })] },
        }),
      );
      expect(r.findings.filter((f) => f.table === "Borgere").map((f) => f.sheet)).toEqual(["Borgere"]);
      expect(r.data.leftOut.map((l) => l.sheet)).toEqual(["Borgere"]);
      expect(r.data.sheets?.Borgere).toBe("Borgere");
      expect(new Set(checkWorkbook(r.data).map((f) => f.sheet))).toEqual(new Set(["Mål"]));
    }
  });

  test("the SMORTE check sends the user to the sheet the settings table is on", () => {
    const { data } = read(
      book([citizenRow("B01")], [goalRow("M01", "B01")], [], {
        Indstillinger: { rows: [{ Nøgle: "Tilbud", Værdi: "Bostedet" }], sheet: "Opsætning" },
      }),
    );
    const noDefault = { ...data, settings: { ...data.settings, interval: null as unknown as number } };
    const finding = checkWorkbook(noDefault).find((f) => f.code === "e-no-interval");
    expect(finding?.message).toContain("sæt Interval på arket Opsætning.");
  });

  test("hand-built data without `sheets` keeps the goals sheet Mål", () => {
    const { sheets: _ignored, ...data } = read(book([citizenRow("B01")], [goalRow("M01", "B01")])).data;
    const smorte = checkWorkbook(data);
    expect(smorte.length).toBeGreaterThan(0);
    expect(smorte.every((f) => f.sheet === "Mål")).toBe(true);
  });
});
