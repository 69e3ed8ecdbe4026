/**
 * The Kvalitetsmodel sheet of the template, built from the quality model data of the domain.
 */
import type { SheetGrid } from "../layout/grid";
import { qualityGrid } from "./qualitySheet";
import type { QualitySheetModel } from "./qualitySheet";

let model: QualitySheetModel | null = null;

/** Use this quality model for the Kvalitetsmodel sheet (set once from the domain's data). */
export function useQualityModel(m: QualitySheetModel): void {
  model = m;
}

/** The Kvalitetsmodel sheet as a grid. */
export function qualitySheetGrid(): SheetGrid {
  if (!model) throw new Error("Kvalitetsmodellen er ikke indlæst; arket Kvalitetsmodel kan ikke oprettes.");
  return qualityGrid(model);
}
