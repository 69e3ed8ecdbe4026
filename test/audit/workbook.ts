/**
 * An audit workbook no engineer on the team wrote: "Bofællesskabet Åbakken", evaluated for 2025.
 * Typed as an Excel user would: odd header case and spaces, reordered and extra columns, text dates in
 * every allowed format, serials, numbers as text, a blank row, error values, a five-level scale, a
 * formula-like method name, CPR-looking ids. Every expected figure is worked out by hand in
 * test/audit/evaluation.test.ts from the rules in docs/rules.md.
 *
 * Worksheet rows: Borgere's header is on row 3 (table moved down), Mål's on row 1, Opfølgning's on
 * row 5.
 */
import type { RawWorkbook } from "../../src/domain/types";
import { serial } from "./support";

export const AUDIT_YEAR = 2025;
/** Reference "today" for the reader: 1 December 2025, so a follow-up on 10 December lies after today. */
export const AUDIT_TODAY = serial(2025, 12, 1);

const good = {
  "Succeskriterium ": "Borgeren gør det selv mindst 3 gange om ugen i 4 uger i træk",
  opnåelighed: "Borgeren kan det allerede med støtte; støtten trappes ned over tre måneder",
  RELEVANS: "Borgerens eget ønske og indsatsformålet i § 141-handleplanen om en mere selvstændig hverdag",
  evaluering: "Kontaktpersonen evaluerer hver måned på teammødet sammen med borgeren",
};

export const auditRaw: RawWorkbook = {
  Indstillinger: [
    { Nøgle: "Tilbud", Værdi: "Bofællesskabet Åbakken" },
    { Nøgle: "TilbudsID", Værdi: "T-4711" },
    { Nøgle: "Region", Værdi: "Region Nordjylland" },
    { Nøgle: "MindsteAntal", Værdi: 2 },
    { Nøgle: "GASRho", Værdi: 0.5 },
    { Nøgle: "Interval", Værdi: "60" },
  ],
  Skala: [
    { Vurdering: "Fuldt opnået", Værdi: 1 },
    { Vurdering: "Næsten opnået", Værdi: 0.75 },
    { Vurdering: "Delvist opnået", Værdi: 0.5 },
    { Vurdering: "Lidt opnået", Værdi: 0.25 },
    { Vurdering: "Ikke opnået", Værdi: 0 },
    { Vurdering: "Ikke vurderet", Værdi: "" },
  ],
  Maalgrupper: [
    { Målgruppe: "Udviklingshæmning", Beskrivelse: "" },
    { Målgruppe: "Autismespektrum", Beskrivelse: "" },
    { Målgruppe: "Erhvervet hjerneskade", Beskrivelse: "" },
  ],
  Metoder: [
    { Metode: "Low Arousal", Tilgang: "", Beskrivelse: "", Aktiv: "Ja" },
    { Metode: "KRAP", Tilgang: "", Beskrivelse: "", Aktiv: "Ja" },
    { Metode: "Åben dialog", Tilgang: "", Beskrivelse: "", Aktiv: "Ja" },
    { Metode: "Neuropædagogik", Tilgang: "", Beskrivelse: "", Aktiv: "Ja" },
    { Metode: '=HYPERLINK("http://x.dk";"Klik")', Tilgang: "", Beskrivelse: "", Aktiv: "Ja" },
  ],
  // Header on worksheet row 3; data rows 4..11. Columns reordered, odd case, an extra column.
  Borgere: {
    headerRow: 3,
    rows: [
      /* 4 */ {
        " borgerid ": "B0001",
        Navn: "Søren Ærø",
        "Intern note": "x",
        MÅLGRUPPE: "Udviklingshæmning",
        afdeling: "Bøgen",
      },
      /* 5 */ {
        " borgerid ": "B0002",
        Navn: "Åse Øberg",
        "Intern note": "",
        MÅLGRUPPE: "Autismespektrum",
        afdeling: "Åen",
      },
      /* 6 */ { " borgerid ": "B0003", Navn: "Bo", "Intern note": "", MÅLGRUPPE: "Udviklingshæmning", afdeling: "" },
      /* 7 */ {
        " borgerid ": "B0004",
        Navn: "Iben",
        "Intern note": "",
        MÅLGRUPPE: "Erhvervet hjerneskade",
        afdeling: "Bøgen",
      },
      /* 8 */ {
        " borgerid ": "010190-1234",
        Navn: "CPR",
        "Intern note": "",
        MÅLGRUPPE: "Autismespektrum",
        afdeling: "Åen",
      },
      /* 9 */ {
        " borgerid ": "3112991234",
        Navn: "CPR",
        "Intern note": "",
        MÅLGRUPPE: "Autismespektrum",
        afdeling: "Åen",
      },
      /* 10 */ { " borgerid ": "", Navn: "", "Intern note": "", MÅLGRUPPE: "", afdeling: "" },
      /* 11 */ {
        " borgerid ": "1234567890",
        Navn: "Ikke CPR",
        "Intern note": "",
        MÅLGRUPPE: "Autismespektrum",
        afdeling: "Åen",
      },
    ],
  },
  // Header on row 1; data rows 2..9.
  Maal: [
    /* 2 G1 */ {
      MålID: "G1",
      BorgerID: "B0001",
      Overordnet: "",
      Mål: "Søren smører selv sin madpakke om morgenen",
      ...good,
      Startdato: "2025-01-15",
      Slutdato: "2025-12-15",
      Metode: "Low Arousal",
      Vægt: 1,
      Interval: "",
      Inddraget: "Ja",
      Status: "Aktiv",
    },
    /* 3 G2 */ {
      MålID: "G2",
      BorgerID: "B0001",
      Overordnet: "G1",
      Mål: "Søren finder selv pålæg frem i køleskabet",
      ...good,
      Startdato: "01-02-2025",
      Slutdato: "01-08-2025",
      Metode: "",
      Vægt: "2",
      Inddraget: "Ja",
      Status: "Afsluttet",
    },
    /* 4 G3 */ {
      MålID: "G3",
      BorgerID: "B0002",
      Overordnet: "",
      Mål: "Åse klarer indkøb i Netto med færre konflikter ved kassen",
      ...good,
      Startdato: serial(2025, 3, 1),
      Slutdato: serial(2026, 2, 1),
      Metode: "Åben dialog",
      Udgangspunkt: 10,
      Målværdi: 2,
      Interval: 30,
      Inddraget: "Ja",
      Status: "Aktiv",
    },
    /* 5 G4 */ {
      MålID: "G4",
      BorgerID: "B0002",
      Overordnet: "",
      Mål: "Åse tager selv bussen til dagtilbuddet",
      ...good,
      Startdato: "1.3.2025",
      Slutdato: "1.12.2025",
      Metode: "KRAP",
      Inddraget: "Nej",
      Status: "Opgivet",
    },
    /* 6 G5 */ {
      MålID: "G5",
      BorgerID: "B0003",
      Overordnet: "",
      Mål: "Bo går en tur i nærområdet hver dag",
      "Succeskriterium ": "",
      opnåelighed: good.opnåelighed,
      RELEVANS: good.RELEVANS,
      evaluering: good.evaluering,
      Startdato: "01/03/2024",
      Slutdato: "01/02/2025",
      Metode: "KRAP",
      Inddraget: "Nej",
      Status: "",
    },
    /* 7 G6 */ {
      MålID: "G6",
      BorgerID: "B0004",
      Overordnet: "",
      Mål: "Iben laver selv sin kaffe i fælleskøkkenet",
      "Succeskriterium ": good["Succeskriterium "],
      opnåelighed: good.opnåelighed,
      RELEVANS: "",
      evaluering: good.evaluering,
      Startdato: "2024-05-01",
      Slutdato: "2024-12-01",
      Metode: "Neuropædagogik",
      Interval: 600,
      Inddraget: "",
      Status: "",
    },
    /* 8 G7 */ {
      MålID: "G7",
      BorgerID: "B0001",
      Overordnet: "",
      Mål: "Søren vasker selv sit tøj i vaskekælderen",
      ...good,
      Startdato: "2025-02-01",
      Slutdato: "",
      Metode: '=HYPERLINK("http://x.dk";"Klik")',
      Inddraget: "Ja",
      Status: "Aktiv",
    },
    /* 9 G8 */ {
      MålID: "G8",
      BorgerID: "B9999",
      Overordnet: "",
      Mål: "Mål for en borger der ikke findes",
      ...good,
      Startdato: "2025-02-01",
      Slutdato: "2025-09-01",
      Metode: "KRAP",
      Inddraget: "Ja",
      Status: "Aktiv",
    },
  ],
  // Header on worksheet row 5; data rows 6..23 (row 22 blank).
  Opfoelgning: {
    headerRow: 5,
    rows: [
      /* 6 */ { OpfølgningID: "F01", MålID: "G1", Dato: "2025-03-01", Vurdering: "Delvist opnået", GAS: -1 },
      /* 7 */ { OpfølgningID: "F02", MålID: "G1", Dato: "01-09-2025", Vurdering: "Fuldt opnået", GAS: 1 },
      /* 8 */ { OpfølgningID: "F03", MålID: "G1", Dato: serial(2025, 9, 1), Vurdering: "  næsten OPNÅET ", GAS: "" },
      /* 9 */ { OpfølgningID: "F04", MålID: "G2", Dato: "10.5.2025", Vurdering: "Ikke opnået", GAS: -1 },
      /* 10 */ { OpfølgningID: "F05", MålID: "G2", Dato: serial(2025, 11, 20), Vurdering: "Ikke vurderet", GAS: 0 },
      /* 11 */ { OpfølgningID: "F06", MålID: "G3", Dato: "2025-04-01", Vurdering: "", Måling: 6 },
      /* 12 */ { OpfølgningID: "F07", MålID: "G3", Dato: "15/11/2025", Vurdering: "", Måling: "1" },
      /* 13 */ { OpfølgningID: "F08", MålID: "G4", Dato: "2025-02-20", Vurdering: "Delvist opnået" },
      /* 14 */ { OpfølgningID: "F09", MålID: "G5", Dato: "10-12-2025", Vurdering: "Lidt opnået", GAS: 2 },
      /* 15 */ { OpfølgningID: "F10", MålID: "G5", Dato: "2025-10-01", Vurdering: "Fuldt opnået" },
      /* 16 */ { OpfølgningID: "F11", MålID: "G6", Dato: "2024-06-01", Vurdering: "Fuldt opnået" },
      /* 17 */ { OpfølgningID: "F12", MålID: "G5", Dato: "15-11-2024", Vurdering: "Fuldt opnået" },
      /* 18 */ { OpfølgningID: "F13", MålID: "G77", Dato: "2025-05-01", Vurdering: "Fuldt opnået" },
      /* 19 */ { OpfølgningID: "F14", MålID: "G1", Dato: "31-02-2025", Vurdering: "Ikke opnået" },
      /* 20 */ { OpfølgningID: "F15", MålID: "G3", Dato: "2025-12-31", Vurdering: "Rigtig godt", Måling: 10 },
      /* 21 */ { OpfølgningID: "F16", MålID: "G5", Dato: "#N/A", Vurdering: "Ikke opnået" },
      /* 22 */ { OpfølgningID: "", MålID: "", Dato: "", Vurdering: "", Måling: "", GAS: "", Note: "" },
      /* 23 */ { OpfølgningID: "F17", MålID: "G7", Dato: "2025-11-01", Vurdering: "Fuldt opnået" },
    ],
  },
};
