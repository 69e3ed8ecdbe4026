import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  QUALITY_JUDGEMENTS,
  criterionResult,
  qualityCriteria,
  qualityMarkers,
  qualityStatus,
} from "../../../src/domain";
import { formulaText, isFormulaCell, parseA1 } from "../../../src/workbook/layout/grid";
import type { SheetGrid } from "../../../src/workbook/layout/grid";
import {
  INCIDENTS_EVIDENCE,
  RESULT_DOCUMENTATION_EVIDENCE,
  qualitySheetGrid,
} from "../../../src/workbook/template/qualityModel";

const grid: SheetGrid = qualitySheetGrid();
const markerRows = grid.cells.filter(
  (c) => c.col === 1 && typeof c.value === "string" && /^\d+\.\d+\.\d+$/.test(c.value),
);
const criterionRows = grid.cells.filter(
  (c) => c.col === 1 && typeof c.value === "string" && /^\d+\.\d+$/.test(c.value),
);

/** The sheet as a HyperFormula engine (GPL licence key: tests only). */
function engine(judgements: ReadonlyArray<string>): HyperFormula {
  const rows = Math.max(...grid.cells.map((c) => c.row));
  const data: Array<Array<string | number | null>> = Array.from({ length: rows }, () => Array(5).fill(null));
  for (const c of grid.cells)
    data[c.row - 1][c.col - 1] = isFormulaCell(c.value) ? formulaText(c.value) : (c.value as string);
  markerRows.forEach((m, i) => (data[m.row - 1][2] = judgements[i] === "" ? null : judgements[i]));
  return HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
}

const valueAt = (hf: HyperFormula, address: string): unknown => {
  const { row, col } = parseA1(address);
  return hf.getCellValue({ sheet: 0, row: row - 1, col: col - 1 });
};

describe("the Kvalitetsmodel self-assessment sheet", () => {
  test("lists every criterion and marker of the 2025 model in order, numbered as the model numbers them", () => {
    expect(criterionRows.map((c) => c.value)).toEqual(qualityCriteria().map((c) => c.id));
    expect(markerRows.map((c) => c.value)).toEqual(qualityMarkers().map((m) => m.id));
    const texts = grid.cells.filter((c) => c.col === 2).map((c) => c.value);
    for (const m of qualityMarkers()) expect(texts).toContain(m.text);
  });

  test("every marker has a drop-down with Til stede / Ikke til stede / Ikke aktuel", () => {
    for (const m of markerRows) {
      const v = grid.validations.find((x) => x.col === 3 && m.row >= x.row && m.row < x.row + x.rowCount);
      expect(v?.validation.rule).toEqual({ kind: "list", values: QUALITY_JUDGEMENTS });
    }
  });

  test("the marker on resultatdokumentation points to the annual evaluation as evidence", () => {
    const row = markerRows.find((m) => m.value === "1.1.3")!.row;
    expect(grid.cells.find((c) => c.row === row && c.col === 5)?.value).toBe(RESULT_DOCUMENTATION_EVIDENCE);
  });

  test("the marker on registering, handling and learning from episodes (2.4.2) points to the latest Hændelser analysis", () => {
    const row = markerRows.find((m) => m.value === "2.4.2")!.row;
    expect(grid.cells.find((c) => c.row === row && c.col === 5)?.value).toBe(INCIDENTS_EVIDENCE);
    expect(INCIDENTS_EVIDENCE).toContain("Hændelser");
    expect(grid.cells.find((c) => c.row === row && c.col === 2)?.value).toContain("registrering, håndtering og læring");
  });

  test("with nothing judged every criterion and the whole are 'Ikke færdigvurderet'", () => {
    const hf = engine(markerRows.map(() => ""));
    for (const c of criterionRows)
      expect(hf.getCellValue({ sheet: 0, row: c.row - 1, col: 3 })).toBe("Ikke færdigvurderet");
    expect(valueAt(hf, "B5")).toBe("Ikke færdigvurderet");
  });

  test("all markers present or not relevant give fornøden kvalitet; one 'Ikke til stede' takes it away", () => {
    const all: string[] = markerRows.map((_, i) => (i % 3 === 0 ? "Ikke aktuel" : "Til stede"));
    expect(valueAt(engine(all), "B5")).toBe("Fornøden kvalitet");
    const one = [...all];
    one[one.length - 1] = "Ikke til stede";
    expect(valueAt(engine(one), "B5")).toBe("Ikke fornøden kvalitet");
  });

  test("the sheet's formulas give the same results as the domain's binary rule for any judgements", () => {
    const markersPerCriterion = qualityCriteria().map((c) => c.markers.length);
    const hf = engine(markerRows.map(() => ""));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("", ...QUALITY_JUDGEMENTS), {
          minLength: markerRows.length,
          maxLength: markerRows.length,
        }),
        (judgements) => {
          hf.batch(() =>
            markerRows.forEach((m, i) =>
              hf.setCellContents({ sheet: 0, row: m.row - 1, col: 2 }, judgements[i] === "" ? null : judgements[i]),
            ),
          );
          let at = 0;
          const expected = markersPerCriterion.map((n) => {
            const r = criterionResult(judgements.slice(at, at + n).map((j) => (j === "" ? null : j)));
            at += n;
            return r;
          });
          const actual = criterionRows.map((c) => hf.getCellValue({ sheet: 0, row: c.row - 1, col: 3 }));
          expect(actual).toEqual(expected);
          expect(valueAt(hf, "B5")).toBe(qualityStatus(expected));
        },
      ),
      { numRuns: 200 },
    );
    hf.destroy();
  });
});
