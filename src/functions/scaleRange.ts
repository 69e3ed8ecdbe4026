/**
 * An assessment scale given as a range: two columns Vurdering/Værdi, with or without their header row.
 * With a header row the columns are found by name (so the whole `Skala` table, extra columns and all,
 * works); without one the range must be exactly two columns wide: label, value.
 */
import { column, normaliseHeader, type ScaleStep } from "../domain";
import { cellPlace, numberCell, textCell, type Matrix } from "./args";
import { ArgumentError } from "./errors";

const LABEL = column("Skala", "label");
const VALUE = column("Skala", "value");

/** Column positions of label and value: from the header row when the first row is one. */
function layout(matrix: Matrix, name: string): { label: number; value: number; firstRow: number } {
  const header = matrix[0].map((cell) => (typeof cell === "string" ? normaliseHeader(cell) : ""));
  const label = header.indexOf(normaliseHeader(LABEL.name));
  if (label >= 0) {
    const value = header.indexOf(normaliseHeader(VALUE.name));
    if (value < 0)
      throw new ArgumentError(
        `Skalaen i «${name}» har overskriften ${LABEL.name}, men mangler kolonnen ${VALUE.name}.`,
      );
    return { label, value, firstRow: 1 };
  }
  if (matrix[0].length !== 2) {
    throw new ArgumentError(
      `Skalaen i «${name}» skal have to kolonner (${LABEL.name} og ${VALUE.name}) eller en overskriftsrække med dem.`,
    );
  }
  return { label: 0, value: 1, firstRow: 0 };
}

/**
 * The scale steps of a range. Rows with neither label nor value are skipped; a value without a label,
 * a value that is not a number from 0 to 1, and error values throw with the cell's place. A label
 * with an empty value is a step that does not count (like "Ikke vurderet").
 * @example scaleFromRange([["Opnået", 1], ["Ikke vurderet", ""]], "skala")
 * // [{ label: "Opnået", value: 1 }, { label: "Ikke vurderet", value: null }]
 */
export function scaleFromRange(matrix: Matrix, name: string): ScaleStep[] {
  const { label, value, firstRow } = layout(matrix, name);
  const steps: ScaleStep[] = [];
  for (let r = firstRow; r < matrix.length; r++) {
    const text = textCell(matrix[r][label], cellPlace(name, r + 1, label + 1));
    const number = numberCell(matrix[r][value], cellPlace(name, r + 1, value + 1), {
      min: VALUE.min,
      max: VALUE.max,
      what: "et tal fra 0 til 1",
    });
    if (text === "" && number === null) continue;
    if (text === "") throw new ArgumentError(`${cellPlace(name, r + 1, label + 1)} mangler navnet på skalatrinnet.`);
    steps.push({ label: text, value: number });
  }
  if (steps.length === 0)
    throw new ArgumentError(`Skalaen i «${name}» har ingen trin. Skriv mindst én vurdering med en værdi.`);
  return steps;
}
