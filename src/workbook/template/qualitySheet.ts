/**
 * The Kvalitetsmodel self-assessment sheet: Socialtilsynet's 2025 themes, criteria and quality
 * markers, a drop-down per marker, and native Excel formulas that apply the binary rule exactly as
 * the domain's `criterionResult` and `qualityStatus` do:
 * - a criterion with a marker "Ikke til stede" is "Ikke opfyldt" (even while others are unjudged);
 * - else, with any marker not yet judged, it is "Ikke færdigvurderet"; else "Opfyldt";
 * - the offer has "Ikke fornøden kvalitet" as soon as one criterion is "Ikke opfyldt", else
 *   "Fornøden kvalitet" when every criterion is "Opfyldt", else "Ikke færdigvurderet".
 * Formulas use plain A1 ranges and English function names, so Excel, Excel on the web and other
 * spreadsheet programs calculate them alike.
 */
import { QUALITY_JUDGEMENTS, SHEETS } from "../../domain";
import type { GridCell, GridValidation, SheetGrid } from "../layout/grid";
import { a1 } from "../layout/grid";
import { printSetup } from "../layout/print";
import { fixedList } from "./validation";

/** The parts of the quality model the sheet shows. */
export interface QualitySheetModel {
  readonly title: string;
  readonly themes: ReadonlyArray<{
    readonly number: number;
    readonly title: string;
    readonly criteria: ReadonlyArray<{
      readonly text: string;
      readonly markers: ReadonlyArray<{ readonly text: string; readonly evidence?: string }>;
    }>;
  }>;
}

export const QUALITY_RESULTS = {
  met: "Opfyldt",
  notMet: "Ikke opfyldt",
  unfinished: "Ikke færdigvurderet",
  sufficient: "Fornøden kvalitet",
  insufficient: "Ikke fornøden kvalitet",
} as const;

/** Columns of the sheet. */
export const QUALITY_COLUMNS = [
  "Nr.",
  "Tema, kvalitetskriterium og kvalitetsmarkør",
  "Vurdering",
  "Resultat",
  "Dokumentation og begrundelse",
] as const;

const [PRESENT, ABSENT, NOT_RELEVANT] = QUALITY_JUDGEMENTS;

/**
 * The binary rule for one criterion over its markers' judgement cells.
 * @example criterionFormula("C10:C12") // "=IF(COUNTIF(C10:C12,\"Ikke til stede\")>0,\"Ikke opfyldt\",…"
 */
export function criterionFormula(range: string): string {
  const settled = `COUNTIF(${range},"${PRESENT}")+COUNTIF(${range},"${NOT_RELEVANT}")`;
  return (
    `=IF(COUNTIF(${range},"${ABSENT}")>0,"${QUALITY_RESULTS.notMet}",` +
    `IF(${settled}<ROWS(${range}),"${QUALITY_RESULTS.unfinished}","${QUALITY_RESULTS.met}"))`
  );
}

/** The overall result over the criteria's result cells (a column range holding `criteria` results). */
export function overallFormula(resultRange: string, criteria: number): string {
  return (
    `=IF(COUNTIF(${resultRange},"${QUALITY_RESULTS.notMet}")>0,"${QUALITY_RESULTS.insufficient}",` +
    `IF(COUNTIF(${resultRange},"${QUALITY_RESULTS.met}")=${criteria},"${QUALITY_RESULTS.sufficient}","${QUALITY_RESULTS.unfinished}"))`
  );
}

/** Worksheet row of the column headers; themes start below it. */
export const QUALITY_HEADER_ROW = 7;
/** Cell holding the overall "fornøden kvalitet" result. */
export const QUALITY_OVERALL_CELL = "B5";

/**
 * Lay out the self-assessment sheet.
 * @example qualityGrid(model).cells.find((c) => c.row === 5 && c.col === 2)?.value // { formula: "=IF(COUNTIF(D8:D…" }
 */
export function qualityGrid(model: QualitySheetModel): SheetGrid {
  const cells: GridCell[] = [];
  const validations: GridValidation[] = [];
  const put = (row: number, col: number, value: GridCell["value"], style?: GridCell["style"]): void => {
    cells.push({ row, col, value, ...(style ? { style } : {}) });
  };
  put(1, 1, `${model.title} – selvevaluering`, "title");
  put(2, 1, `Vurder hver kvalitetsmarkør som ${PRESENT}, ${ABSENT} eller ${NOT_RELEVANT}.`);
  put(
    3,
    1,
    `Et kvalitetskriterium er ${QUALITY_RESULTS.met.toLowerCase()}, når ingen markør er "${ABSENT}". ` +
      `Tilbuddet har fornøden kvalitet, når alle kriterier er ${QUALITY_RESULTS.met.toLowerCase()}.`,
  );
  put(5, 1, "Samlet vurdering", "key");
  QUALITY_COLUMNS.forEach((h, i) => put(QUALITY_HEADER_ROW, i + 1, h, "header"));

  let row = QUALITY_HEADER_ROW + 1;
  const criterionCells: string[] = [];
  for (const theme of model.themes) {
    put(row, 1, `Tema ${theme.number}`, "heading");
    put(row, 2, theme.title, "heading");
    row += 1;
    theme.criteria.forEach((criterion, ci) => {
      const criterionRow = row;
      const nr = `${theme.number}.${ci + 1}`;
      put(criterionRow, 1, nr, "key");
      put(criterionRow, 2, criterion.text, "key");
      row += 1;
      const first = row;
      criterion.markers.forEach((marker, mi) => {
        put(row, 1, `${nr}.${mi + 1}`);
        put(row, 2, marker.text);
        put(row, 3, "");
        if (marker.evidence) put(row, 5, marker.evidence);
        row += 1;
      });
      const count = criterion.markers.length;
      if (count > 0) {
        const range = a1(first, 3, count, 1);
        put(criterionRow, 4, { formula: criterionFormula(range) });
        criterionCells.push(a1(criterionRow, 4));
        validations.push({
          row: first,
          col: 3,
          rowCount: count,
          colCount: 1,
          validation: fixedList("Vurdering", QUALITY_JUDGEMENTS, "Vurder kvalitetsmarkøren."),
        });
      }
    });
  }
  const resultRange = a1(QUALITY_HEADER_ROW + 1, 4, Math.max(1, row - QUALITY_HEADER_ROW - 1), 1);
  put(5, 2, { formula: overallFormula(resultRange, criterionCells.length) }, "key");
  const widths = [9, 90, 16, 20, 50];
  return {
    name: SHEETS.qualityModel,
    cells,
    tables: [],
    validations,
    widths,
    freezeRows: QUALITY_HEADER_ROW,
    print: printSetup(
      SHEETS.qualityModel,
      widths.reduce((a, b) => a + b, 0),
      undefined,
      QUALITY_HEADER_ROW,
    ),
  };
}
