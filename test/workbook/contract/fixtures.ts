/**
 * Small workbooks for the contract suite. Dates are Excel serials: 46082 = 01-03-2026.
 */
import type { QualitySheetModel } from "../../../src/workbook/template/qualitySheet";
import type { Seed } from "./harness";

export const MARCH_1_2026 = 46082;

/** Borgere as a user might have it: moved to C5, headers reordered, in other case, an extra column, Kontaktperson missing. */
export const DRIFTED_CITIZENS: Seed = {
  Borgere: {
    at: { row: 5, col: 3 },
    headers: [" målgruppe ", "Noter", "BORGERID", "Navn", "Afdeling", "Indskrevet", "Udskrevet"],
    rows: [
      ["Udviklingshæmning", "egen note 1", "B01", "Anna", "Hus A", MARCH_1_2026, ""],
      ["Autismespektrum", "egen note 2", "B02", "Bent", "Hus B", "", ""],
    ],
  },
};

export const GOALS_AND_FOLLOW_UPS: Seed = {
  Maal: [
    { MålID: "M01", BorgerID: "B01", Mål: "Handle ind selv", Startdato: MARCH_1_2026, Metode: "KRAP", Status: "Aktiv" },
    { MålID: "M02", BorgerID: "B01", Mål: "Lave mad", Startdato: MARCH_1_2026, Metode: "TEACCH", Status: "Aktiv" },
  ],
  Opfoelgning: [{ OpfølgningID: "O01", MålID: "M01", Dato: MARCH_1_2026 + 30, Vurdering: "Opnået", GAS: 1 }],
};

/** A two-criterion model so tests can reason about rows by hand. */
export const SMALL_QUALITY_MODEL: QualitySheetModel = {
  title: "Kvalitetsmodel 2025",
  themes: [
    {
      number: 1,
      title: "Målgruppe, metoder og resultater",
      criteria: [
        {
          text: "Kriterium A",
          markers: [{ text: "Markør A1" }, { text: "Markør A2", evidence: "Se Årsevaluering" }],
        },
      ],
    },
    { number: 2, title: "Sundhed og trivsel", criteria: [{ text: "Kriterium B", markers: [{ text: "Markør B1" }] }] },
  ],
};
