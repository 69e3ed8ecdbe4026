/**
 * The overgreb register's worked example: a small register whose every figure is worked out by hand
 * below (docs/rules.md, "Overgreb"). Used by the domain tests, the sheet tests, the command line and
 * LibreOffice tests.
 *
 * Borgere: B01 (Hus A), B02 (Hus B), B03 (no department). No Situationer table: the default list.
 *
 * Haendelser (worksheet row: id, date (weekday), time, direction, type, citizen → department, situation):
 *  2  H01 05-01-2026 (Mon) 07:30 (serial) Borger mod medarbejder  Fysisk vold     B01 → Hus A  Personlig pleje
 *         Alene Ja, Skade Fysisk, Fravær 2, Debriefing 06-01, Arbejdsskade 08-01, Analyseret 01-02
 *  3  H02 "12-01-2026" (Mon) "14:15"  "BORGER MOD MEDARBEJDER" "trusler om vold" B01 → Hus A  "måltid" → Måltid
 *         Alene Nej, Fravær 0, nothing done
 *  4  H03 "1.2.2026" (Sun)   (none)   Borger mod borger        Psykisk vold    B02 → Hus B  Aktivitet
 *         Analyseret "2026-03-01"; a CPR-like number in Beskrivelse (a warning; the row counts)
 *  5  H04 31-03-2026 as a date-time 46112.75 (Tue), Tidspunkt the same date-time → 18:00
 *         Borger mod omgivelserne  Hærværk  no citizen, Afdeling "Hus A"  Uden for tilbuddet
 *  6  H05 01-04-2026 (Wed) "23:59" Medarbejder mod borger Psykisk vold B03 → (ingen afdeling), no situation, Alene Ja
 *  7  H06 "31-02-2026"  → left out (Dato)
 *  8  H07 15-06-2026 "25:00" → left out (Tidspunkt)
 *  9  H08 10-07-2026 (Fri) "06:00" Borger mod medarbejder Fysisk vold B02, own Afdeling "Skovbo", Krav eller afslag
 *         Alene Nej, Fravær 5, Debriefing 10-07, no Arbejdsskade, not analysed
 * 10  H09 31-12-2026 B99 (not in Borgere) → left out (BorgerID)
 * 11  H10 20-11-2026 (Fri) (none) Borger mod borger Fysisk vold B01 → Hus A  Vagtskifte  Analyseret 01-12
 * 12  (empty row: skipped with a warning)
 * 13  H11 10-02-2025 08:00 Borger mod medarbejder Fysisk vold B01 → Hus A  Personlig pleje
 * 14  H12 05-05-2025 (none) Borger mod borger Psykisk vold B02 → Hus B  Aktivitet
 * 15  H13 24-12-2025 20:00 Borger mod omgivelserne Hærværk (no citizen) Afdeling Hus B, no situation
 * 16  H01 again → left out (HændelseID, first in row 2)
 * 17  H14 01-06-2024 Borger mod borger Fysisk vold B01: outside both periods
 *
 * Risikovurdering:
 *  2  R01 B01 01-11-2025 BVC score 4, Risiko empty → Høj (BVC rule), next 01-05-2026
 *  3  R02 B02 01-06-2025 "trafiklys" → Trafiklys, Moderat
 *  4  R03 B03 01-06-2026 Mestringsskema Lav (after B03's only episode)
 *  5  R04 B02 BVC score 9 → left out (Score: BVC is 0-6)
 *  6  R05 B01 "2026-13-01" → left out (Dato)
 *  7  R06 B01 21-11-2025 Trafiklys Høj: 364 days before 20-11-2026, inside the window
 *  8  R07 B02 10-07-2025 Trafiklys Moderat: 365 days before 10-07-2026, just outside the window
 *
 * Year 2026 (previous = 2025): usable episodes in 2026 are H01, H02, H03, H04, H05, H08, H10 = 7;
 * in 2025 H11, H12, H13 = 3. total = { 7, 3, +4 }.
 * byDirection: Borger mod borger H03 H10 = 2 | H12 = 1 (+1); Borger mod medarbejder H01 H02 H08 = 3 |
 *   H11 = 1 (+2); Medarbejder mod borger H05 = 1 | 0 (+1); Borger mod omgivelserne H04 = 1 | H13 = 1 (0).
 * byType: Fysisk vold H01 H08 H10 = 3 | H11 = 1 (+2); Psykisk vold H03 H05 = 2 | H12 = 1 (+1);
 *   Trusler om vold H02 = 1 | 0 (+1); Seksuel krænkelse 0 | 0 (H09 is left out); Hærværk H04 = 1 | H13 = 1 (0).
 * directionByType (2026, count > 0, in list order): BmB×Fysisk H10 = 1, BmB×Psykisk H03 = 1,
 *   BmM×Fysisk H01 H08 = 2, BmM×Trusler H02 = 1, MmB×Psykisk H05 = 1, BmO×Hærværk H04 = 1.
 * byDepartment (Danish order; "(" sorts first): (ingen afdeling) H05 = 1 | 0; Hus A H01 H02 H04 H10 = 4 |
 *   H11 = 1 (+3); Hus B H03 = 1 | H12 H13 = 2 (−1); Skovbo H08 = 1 | 0.
 * bySituation: (ikke angivet) H05 = 1 | H13 = 1; Aktivitet H03 = 1 | H12 = 1; Krav eller afslag H08 = 1 | 0;
 *   Måltid H02 = 1 | 0; Personlig pleje H01 = 1 | H11 = 1; Uden for tilbuddet H04 = 1 | 0; Vagtskifte H10 = 1 | 0.
 * byMonth: Jan H01 H02 = 2, Feb H03, Mar H04, Apr H05, Jul H08, Nov H10 = 1 each → [2,1,1,1,0,0,1,0,0,0,1,0];
 *   2025 (the chart's other series): Feb H11, May H12, Dec H13 → [0,1,0,0,1,0,0,0,0,0,0,1].
 * byWeekday: Mon H01 H02 = 2, Tue H04, Wed H05 = 1 each, Fri H08 H10 = 2, Sun H03 = 1 → [2,1,1,0,2,0,1].
 * byTimeOfDay: 06-12 H01 (07:30) H08 (06:00) = 2; 12-18 H02 = 1; 18-24 H04 (18:00) H05 (23:59) = 2;
 *   unknown H03 H10 = 2; 00-06 = 0.
 * handling: towardsStaff H01 H02 H08 = 3, debriefed H01 H08 = 2; withAbsence H01 (2) H08 (5) = 2,
 *   injuryReported H01 = 1; analysed H01 H03 H10 = 3; alone H01 H05 = 2.
 * citizens: involved B01 B02 B03 = 3. Without a risk assessment in the 365 days up to and including
 *   their latest 2026 episode: B01 (latest H10 20-11-2026; R06 21-11-2025 is 364 days before: has one);
 *   B02 (latest H08 10-07-2026; R07 10-07-2025 is 365 days before, R02 older: none); B03 (latest H05
 *   01-04-2026; R03 is later: none) → 2.
 * basis: 7 episodes; left out, in reading order: Hændelser 7 Dato, 8 Tidspunkt, 10 BorgerID,
 *   16 HændelseID; Risikovurdering 5 Score, 6 Dato.
 *
 * Quarter 1 of 2026 (previous = quarter 1 of 2025): H01 H02 H03 H04 = 4 | H11 = 1 → { 4, 1, +3 }.
 *   byDirection BmB 1|0, BmM 2|1, MmB 0|0, BmO 1|0; byMonth [2,1,1,0,…]; byDepartment Hus A H01 H02 H04 = 3 |
 *   H11 = 1, Hus B H03 = 1 | 0; handling towardsStaff 2, debriefed 1, withAbsence 1, injuryReported 1,
 *   analysed 2 (H01 H03), alone 1; involved B01 B02 = 2, both assessed within 365 days of their latest
 *   Q1 episode (B01: R01 01-11-2025 ≤ 12-01-2026; B02: R02 01-06-2025 ≤ 01-02-2026) → 0 without.
 *
 * Open steps on 25-07-2026: H08 — occupational-injury report due 19-07-2026 (10-07 + 9; overdue),
 *   police-report decision, analysis; H02 — debriefing, police-report decision, analysis; H01 — police-
 *   report decision only; H04 (hærværk) — analysis only.
 */
import type { RawRow, RawWorkbook } from "../../../src/domain";

export const WORKED_CPR_TEXT = "ring til 010203-1234";

export const WORKED_CITIZENS: RawRow[] = [
  { BorgerID: "B01", Målgruppe: "Autismespektrum", Afdeling: "Hus A" },
  { BorgerID: "B02", Målgruppe: "Autismespektrum", Afdeling: "Hus B" },
  { BorgerID: "B03", Målgruppe: "Autismespektrum", Afdeling: "" },
];

const H = [
  "HændelseID",
  "Dato",
  "Tidspunkt",
  "Retning",
  "Type",
  "BorgerID",
  "Afdeling",
  "Situation",
  "Alene",
  "Skade",
  "Fravær",
  "Debriefing",
  "Arbejdsskade",
  "Politianmeldelse",
  "Analyseret",
  "Beskrivelse",
  "Læring",
  "RegistreretAf",
] as const;

type Cells = ReadonlyArray<string | number>;
const row = (cells: Cells): RawRow => Object.fromEntries(H.map((h, i) => [h, cells[i] ?? ""]));

// Serials: 05-01-2026 46027, 06-01 46028, 08-01 46030, 01-02-2026 46054, 31-03-2026 46112,
// 01-04-2026 46113, 15-06-2026 46188, 10-07-2026 46213, 20-11-2026 46346, 01-12-2026 46357,
// 31-12-2026 46387, 10-02-2025 45698, 05-05-2025 45782, 24-12-2025 46015, 01-06-2024 45444.
export const WORKED_INCIDENTS: RawRow[] = [
  row([
    "H01",
    46027,
    0.3125,
    "Borger mod medarbejder",
    "Fysisk vold",
    "B01",
    "",
    "Personlig pleje",
    "Ja",
    "Fysisk",
    2,
    46028,
    46030,
    "",
    46054,
    "Slog ud ved badet.",
    "To ved badet.",
    "MH",
  ]),
  row([
    "H02",
    "12-01-2026",
    "14:15",
    "BORGER MOD MEDARBEJDER",
    "trusler om vold",
    "B01",
    "",
    "måltid",
    "Nej",
    "Psykisk",
    0,
  ]),
  row([
    "H03",
    "1.2.2026",
    "",
    "Borger mod borger",
    "Psykisk vold",
    "B02",
    "",
    "Aktivitet",
    "",
    "Ingen",
    "",
    "",
    "",
    "",
    "2026-03-01",
    WORKED_CPR_TEXT,
  ]),
  row(["H04", 46112.75, 46112.75, "Borger mod omgivelserne", "Hærværk", "", "Hus A", "Uden for tilbuddet"]),
  row(["H05", 46113, "23:59", "Medarbejder mod borger", "Psykisk vold", "B03", "", "", "Ja", "Psykisk"]),
  row(["H06", "31-02-2026", "10:00", "Borger mod borger", "Fysisk vold", "B01"]),
  row(["H07", 46188, "25:00", "Borger mod borger", "Fysisk vold", "B01"]),
  row([
    "H08",
    46213,
    "06:00",
    "Borger mod medarbejder",
    "Fysisk vold",
    "B02",
    "Skovbo",
    "Krav eller afslag",
    "Nej",
    "Fysisk og psykisk",
    5,
    46213,
  ]),
  row(["H09", 46387, "12.00", "Borger mod borger", "Seksuel krænkelse", "B99"]),
  row(["H10", 46346, "", "Borger mod borger", "Fysisk vold", "B01", "", "Vagtskifte", "", "", "", "", "", "", 46357]),
  row([]),
  row(["H11", 45698, "08:00", "Borger mod medarbejder", "Fysisk vold", "B01", "", "Personlig pleje"]),
  row(["H12", 45782, "", "Borger mod borger", "Psykisk vold", "B02", "", "Aktivitet"]),
  row(["H13", 46015, "20:00", "Borger mod omgivelserne", "Hærværk", "", "Hus B", ""]),
  row(["H01", 46300, "09:00", "Borger mod borger", "Fysisk vold", "B01"]),
  row(["H14", 45444, "09:00", "Borger mod borger", "Fysisk vold", "B01"]),
];

const R = ["VurderingID", "BorgerID", "Dato", "Redskab", "Score", "Risiko", "NæsteVurdering", "Aftaler"] as const;
const risk = (cells: Cells): RawRow => Object.fromEntries(R.map((h, i) => [h, cells[i] ?? ""]));

// Serials: 01-11-2025 45962, 01-05-2026 46143, 01-06-2025 45809, 01-06-2026 46174, 01-01-2024 45292,
// 21-11-2025 45982, 10-07-2025 45848.
export const WORKED_RISK: RawRow[] = [
  risk(["R01", "B01", 45962, "BVC", 4, "", 46143, "Rolige overgange."]),
  risk(["R02", "B02", 45809, "trafiklys", "", "Moderat"]),
  risk(["R03", "B03", 46174, "Mestringsskema", "", "Lav"]),
  risk(["R04", "B02", 45292, "BVC", 9]),
  risk(["R05", "B01", "2026-13-01", "Trafiklys", "", "Høj"]),
  risk(["R06", "B01", 45982, "Trafiklys", "", "Høj"]),
  risk(["R07", "B02", 45848, "Trafiklys", "", "Moderat"]),
];

/** The worked example as a raw workbook (Maal and Opfoelgning empty: only the register matters here). */
export const WORKED_REGISTER: RawWorkbook = {
  Borgere: WORKED_CITIZENS,
  Maal: { rows: [], headers: ["MålID", "BorgerID", "Mål", "Startdato"] },
  Opfoelgning: { rows: [], headers: ["OpfølgningID", "MålID", "Dato"] },
  Haendelser: { rows: WORKED_INCIDENTS, headers: [...H] },
  Risikovurdering: { rows: WORKED_RISK, headers: [...R] },
};

/** 25-07-2026, the day the open steps are looked at. */
export const WORKED_TODAY = 46228;
