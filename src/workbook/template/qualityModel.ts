/**
 * The Kvalitetsmodel sheet of the template, built from the domain's 2025 quality model.
 */
import {
  INCIDENTS_MARKER_ID,
  QUALITY_MODEL_2025,
  QUALITY_MODEL_YEAR,
  RESULT_DOCUMENTATION_MARKER_ID,
  SHEETS,
} from "../../domain";
import type { SheetGrid } from "../layout/grid";
import { qualityGrid } from "./qualitySheet";
import type { QualitySheetModel } from "./qualitySheet";

/** Where the offer finds evidence for the marker on resultatdokumentation. */
export const RESULT_DOCUMENTATION_EVIDENCE =
  "Se arkene Årsevaluering og Grundlag for året: resultater pr. metode og målgruppe, datakvalitet og handleplan.";

/** Where the offer finds evidence for the marker on registering, handling and learning from episodes. */
export const INCIDENTS_EVIDENCE =
  "Se det seneste ark Hændelser (fx Hændelser 2026 K1): episoder pr. retning, type, afdeling, situation og tidspunkt, " +
  "opfølgning (debriefing, arbejdsskade, analyse), borgere uden risikovurdering og arbejdsmiljøgruppens læringstabel. " +
  "Registret står på arkene Hændelser og Risikovurdering.";

const EVIDENCE: Readonly<Record<string, string>> = {
  [RESULT_DOCUMENTATION_MARKER_ID]: RESULT_DOCUMENTATION_EVIDENCE,
  [INCIDENTS_MARKER_ID]: INCIDENTS_EVIDENCE,
};

/**
 * The 2025 model as the sheet shows it.
 * @example QUALITY_SHEET_MODEL.themes[0].title // "Målgruppe, metoder og resultater"
 */
export const QUALITY_SHEET_MODEL: QualitySheetModel = {
  title: `${SHEETS.qualityModel} ${QUALITY_MODEL_YEAR}`,
  themes: QUALITY_MODEL_2025.map((theme) => ({
    number: Number(theme.id),
    title: theme.name,
    criteria: theme.criteria.map((c) => ({
      text: c.text,
      markers: c.markers.map((m) => ({
        text: m.text,
        ...(EVIDENCE[m.id] ? { evidence: EVIDENCE[m.id] } : {}),
      })),
    })),
  })),
};

let model: QualitySheetModel = QUALITY_SHEET_MODEL;

/** Use another model for the Kvalitetsmodel sheet (tests use a small one to reason about rows by hand). */
export function useQualityModel(m: QualitySheetModel): void {
  model = m;
}

/** The Kvalitetsmodel sheet as a grid. */
export const qualitySheetGrid = (): SheetGrid => qualityGrid(model);
