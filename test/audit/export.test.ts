/**
 * Audit of the regional export (docs/rules.md §7) on a hand-built workbook, year 2025, MindsteAntal "3".
 * One goal per citizen, one follow-up per goal (default scale):
 *   Udviklingshæmning (A1-A9):
 *     Low Arousal   A1-A4: Opnået, Opnået, Delvist, Ikke → goals 4, 2/1/1, mean 2.5/4 = 0.625
 *     KRAP          A5-A7: Opnået, Delvist, Delvist    → goals 3, 1/2/0, mean 2/3
 *     "-Metode"     A8-A9: Opnået, Opnået              → 2 citizens < 3: suppressed (primary)
 *     Only one row under the Udviklingshæmning total is suppressed → the next smallest (KRAP, 3) too.
 *     (alle): citizens 9, goals 9, 5/3/1, mean 6.5/9
 *   Autismespektrum (B1-B8):
 *     Low Arousal   B1-B3: Opnået, Ikke, Ikke          → 3 citizens, 1/0/2, mean 1/3 (shown: 3 ≥ 3)
 *     'Marte Meo, "video"' B4-B8: Delvist ×5           → 5 citizens, 0/5/0, mean 0.5
 *     (alle): citizens 8, goals 8, 1/5/2, mean 3.5/8 = 0.4375
 *   Offer (alle × alle): citizens 17, goals 17, 6/8/3, mean 10/17.
 * GAS: B1 has GAS +1 (w1) on its only goal: T = 50 + 10/√(0.7 + 0.3) = 60 (ρ default 0.3) → Low Arousal
 *   in Autismespektrum gasT 60, Autismespektrum total 60, offer total 60; everything else null.
 */
import { evaluateYear, exportToCsv, exportToJson, readWorkbook, regionalExportRows } from "../../src/domain";
import type { ExportRow, RawRow } from "../../src/domain/types";

const citizens: RawRow[] = [];
const goals: RawRow[] = [];
const followUps: RawRow[] = [];
function add(id: string, group: string, method: string, label: string, gas: number | "" = ""): void {
  citizens.push({ BorgerID: id, Navn: `Navn ${id}`, Målgruppe: group, Afdeling: "Hus Ø" });
  goals.push({ MålID: `M-${id}`, BorgerID: id, Mål: `Fri tekst ${id}`, Startdato: "2025-01-02", Metode: method });
  followUps.push({
    OpfølgningID: `F-${id}`,
    MålID: `M-${id}`,
    Dato: "2025-06-30",
    Vurdering: label,
    GAS: gas,
    Note: "fri tekst",
  });
}
const U = "Udviklingshæmning";
const A = "Autismespektrum";
const MARTE = 'Marte Meo, "video"';
["Opnået", "Opnået", "Delvist opnået", "Ikke opnået"].forEach((l, i) => add(`A${i + 1}`, U, "Low Arousal", l));
["Opnået", "Delvist opnået", "Delvist opnået"].forEach((l, i) => add(`A${i + 5}`, U, "KRAP", l));
["Opnået", "Opnået"].forEach((l, i) => add(`A${i + 8}`, U, "-Metode", l));
["Opnået", "Ikke opnået", "Ikke opnået"].forEach((l, i) => add(`B${i + 1}`, A, "Low Arousal", l, i === 0 ? 1 : ""));
for (let i = 4; i <= 8; i++) add(`B${i}`, A, MARTE, "Delvist opnået");

const read = readWorkbook({
  Borgere: citizens,
  Maal: goals,
  Opfoelgning: followUps,
  Indstillinger: [
    { Nøgle: "Region", Værdi: "Region Nordjylland" },
    { Nøgle: "TilbudsID", Værdi: "=T-99" },
    { Nøgle: "Tilbud", Værdi: "Botilbuddet Ø" },
    { Nøgle: "MindsteAntal", Værdi: "3" },
  ],
});
const model = evaluateYear(read.data, 2025);
const rows = regionalExportRows(model, read.data.settings);
const row = (tg: string, m: string): ExportRow => {
  const hit = rows.filter((r) => r.targetGroup === tg && r.method === m);
  if (hit.length !== 1) throw new Error(`${tg} × ${m}: ${hit.length} rows`);
  return hit[0];
};
const EMPTY = {
  citizens: null,
  goals: null,
  achieved: null,
  partial: null,
  notAchieved: null,
  mean: null,
  citizenMean: null,
  gasT: null,
};

test("one row per target group × method, a total per target group and one for the offer", () => {
  expect(rows.map((r) => `${r.targetGroup} | ${r.method}`).sort()).toEqual(
    [
      `${A} | Low Arousal`,
      `${A} | ${MARTE}`,
      `${A} | (alle)`,
      `${U} | Low Arousal`,
      `${U} | KRAP`,
      `${U} | -Metode`,
      `${U} | (alle)`,
      "(alle) | (alle)",
    ].sort(),
  );
  for (const r of rows) {
    expect(r).toMatchObject({ schemaVersion: 2, region: "Region Nordjylland", offerId: "=T-99", year: 2025 });
  }
});

test("rows with enough citizens carry the figures", () => {
  expect(row(U, "Low Arousal")).toMatchObject({
    citizens: 4,
    goals: 4,
    achieved: 2,
    partial: 1,
    notAchieved: 1,
    mean: 0.625,
    citizenMean: 0.625,
    gasT: null,
    suppressed: 0,
  });
  expect(row(A, "Low Arousal")).toMatchObject({
    citizens: 3,
    goals: 3,
    achieved: 1,
    partial: 0,
    notAchieved: 2,
    gasT: 60,
    suppressed: 0,
  });
  expect(row(A, "Low Arousal").mean).toBeCloseTo(1 / 3, 12);
  expect(row(A, MARTE)).toMatchObject({ citizens: 5, goals: 5, partial: 5, mean: 0.5, suppressed: 0 });
  expect(row(U, "(alle)")).toMatchObject({
    citizens: 9,
    goals: 9,
    achieved: 5,
    partial: 3,
    notAchieved: 1,
    suppressed: 0,
  });
  expect(row(U, "(alle)").mean).toBeCloseTo(6.5 / 9, 12);
  expect(row(A, "(alle)")).toMatchObject({
    citizens: 8,
    goals: 8,
    achieved: 1,
    partial: 5,
    notAchieved: 2,
    mean: 0.4375,
    gasT: 60,
    suppressed: 0,
  });
  expect(row("(alle)", "(alle)")).toMatchObject({
    citizens: 17,
    goals: 17,
    achieved: 6,
    partial: 8,
    notAchieved: 3,
    gasT: 60,
    suppressed: 0,
  });
  expect(row("(alle)", "(alle)").mean).toBeCloseTo(10 / 17, 12);
});

test("primary suppression below MindsteAntal, and secondary suppression of the next smallest row under the same total", () => {
  expect(row(U, "-Metode")).toMatchObject({ ...EMPTY, suppressed: 1 });
  // Otherwise KRAP's 2 achieved-of-2 could be had as 5 − 2 − 1.
  expect(row(U, "KRAP")).toMatchObject({ ...EMPTY, suppressed: 1 });
  expect(rows.filter((r) => r.suppressed === 1)).toHaveLength(2);
});

test("MindsteAntal below 3 is raised to 3", () => {
  const low = readWorkbook({
    Borgere: citizens,
    Maal: goals,
    Opfoelgning: followUps,
    Indstillinger: [{ Nøgle: "MindsteAntal", Værdi: 1 }],
  });
  const lowRows = regionalExportRows(evaluateYear(low.data, 2025), low.data.settings);
  expect(lowRows.find((r) => r.method === "-Metode")!.suppressed).toBe(1);
});

test("CSV: BOM, CRLF, header, RFC 4180 quoting, '.' decimals, empty suppressed cells, formulas neutralised", () => {
  const csv = exportToCsv(rows);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const body = csv.slice(1);
  const lines = body.split("\r\n");
  expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // every line break is CRLF
  expect(lines[0]).toBe(
    "schemaVersion,region,offerId,year,targetGroup,method,citizens,goals,achieved,partial,notAchieved,mean,citizenMean,gasT,gasCitizens,suppressed",
  );
  expect(lines.filter((l) => l !== "")).toHaveLength(1 + rows.length);
  // The offer id "=T-99" and the method "-Metode" are neutralised with a leading apostrophe.
  expect(body).not.toMatch(/(^|,)=T-99/m);
  expect(body).not.toMatch(/(^|,)-Metode/m);
  expect(body).toContain("'-Metode");
  expect(body).toContain("'=T-99");
  // A comma and quotes inside a name: quoted, quotes doubled.
  const marte = lines.find((l) => l.includes("Marte Meo"))!;
  expect(marte).toBe(`2,Region Nordjylland,'=T-99,2025,${A},"Marte Meo, ""video""",5,5,0,5,0,0.5,0.5,,0,0`);
  const suppressed = lines.find((l) => l.includes("'-Metode"))!;
  expect(suppressed).toBe(`2,Region Nordjylland,'=T-99,2025,${U},'-Metode,,,,,,,,,,1`);
  const ud = lines.find((l) => l.includes(`${U},Low Arousal`))!;
  expect(ud.split(",").slice(6)).toEqual(["4", "4", "2", "1", "1", "0.625", "0.625", "", "0", "0"]);
  const aLa = lines.find((l) => l.includes(`${A},Low Arousal`))!.split(",");
  expect(aLa[11]).toBe("0.333333"); // at most 6 decimals
  expect(aLa[13]).toBe("60");
});

test("no name, BorgerID, goal text, note or date finer than the year in the export", () => {
  const csv = exportToCsv(rows);
  const json = exportToJson(rows);
  for (const out of [csv, json]) {
    expect(out).not.toMatch(/Navn |Fri tekst|fri tekst|Hus Ø|M-A1|F-A1|2025-06|06-2025|2025-01/);
    expect(out).not.toMatch(/\bA1\b|\bB4\b/);
  }
});

test("JSON carries schemaVersion and the same figures with nulls", () => {
  const parsed = JSON.parse(exportToJson(rows));
  const list: Record<string, unknown>[] = Array.isArray(parsed) ? parsed : parsed.rows;
  expect(JSON.stringify(parsed)).toContain('"schemaVersion":2');
  const s = list.find((r) => r.method === "-Metode" || r.method === "'-Metode")!;
  expect(s.suppressed).toBe(1);
  expect(s.mean).toBeNull();
  expect(s.citizens).toBeNull();
});
