import { readWorkbook } from "../../../src/domain";
import {
  analyseIncidents,
  bvcRisk,
  episodesWithOpenSteps,
  incidentsToJson,
  incidentsToJsonValue,
  readIncidents,
} from "../../../src/domain/incidents";
import type { IncidentData } from "../../../src/domain/incidents";
import { WORKED_CPR_TEXT, WORKED_REGISTER, WORKED_TODAY } from "./workedExample";

const citizens = readWorkbook(WORKED_REGISTER, { today: WORKED_TODAY }).data.citizens;
const read = readIncidents(WORKED_REGISTER, { citizens });
const data: IncidentData = read.data;

describe("reading the overgreb register (worked example)", () => {
  test("bad rows are listed with sheet, row and column and take no part; the others are read as typed", () => {
    expect(data.leftOut.map((r) => [r.sheet, r.row, r.column])).toEqual([
      ["Hændelser", 7, "Dato"],
      ["Hændelser", 8, "Tidspunkt"],
      ["Hændelser", 10, "BorgerID"],
      ["Hændelser", 16, "HændelseID"],
      ["Risikovurdering", 5, "Score"],
      ["Risikovurdering", 6, "Dato"],
    ]);
    expect(data.incidents.map((i) => i.incidentId)).toEqual([
      "H01",
      "H02",
      "H03",
      "H04",
      "H05",
      "H08",
      "H10",
      "H11",
      "H12",
      "H13",
      "H14",
    ]);
    expect(data.inputRows.incidents).toBe(16);
    const h02 = data.incidents[1];
    expect(h02).toMatchObject({
      direction: "Borger mod medarbejder",
      type: "Trusler om vold",
      situation: "Måltid",
      time: 14 * 60 + 15,
    });
    expect(data.incidents[3]).toMatchObject({ date: 46112, time: 18 * 60, department: "Hus A", citizenId: "" });
    expect(data.incidents[4]).toMatchObject({ department: "(ingen afdeling)", situation: "(ikke angivet)" });
  });

  test("every error names the sheet, the row and the column in Danish, and never repeats the cell", () => {
    const errors = read.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.message.split(":")[0])).toEqual([
      "Hændelser, række 7, kolonne Dato",
      "Hændelser, række 8, kolonne Tidspunkt",
      "Hændelser, række 10, kolonne BorgerID",
      "Hændelser, række 16, kolonne HændelseID",
      "Risikovurdering, række 5, kolonne Score",
      "Risikovurdering, række 6, kolonne Dato",
    ]);
    expect(errors[1].message).toContain("tt:mm");
    expect(errors[2].message).toContain("findes ikke på arket Borgere");
    expect(read.findings.some((f) => f.row === 4 && f.column === "Beskrivelse" && f.code === "cpr-in-text")).toBe(true);
    for (const f of read.findings) expect(f.message).not.toContain("010203");
  });

  test("the BVC rule: an empty Risiko follows the score, 0 → Lav, 1-2 → Moderat, 3 or more → Høj", () => {
    expect([0, 1, 2, 3, 6].map(bvcRisk)).toEqual(["Lav", "Moderat", "Moderat", "Høj", "Høj"]);
    const r01 = data.assessments.find((a) => a.assessmentId === "R01");
    expect(r01).toMatchObject({ risk: "Høj", riskFromScore: true, score: 4 });
    expect(data.assessments.find((a) => a.assessmentId === "R02")).toMatchObject({
      tool: "Trafiklys",
      risk: "Moderat",
      riskFromScore: false,
    });
  });

  test("a citizen whose Borgere row has an error elsewhere still exists: their episodes count", () => {
    const raw = {
      Borgere: [{ BorgerID: "B07", Målgruppe: "Autismespektrum", Afdeling: "Hus C", Indskrevet: "31-02-2026" }],
      Haendelser: [
        { HændelseID: "H1", Dato: 46100, Retning: "Borger mod borger", Type: "Fysisk vold", BorgerID: "b07" },
      ],
    };
    const goals = readWorkbook(raw, { today: WORKED_TODAY });
    expect(goals.data.citizens).toEqual([]);
    const r = readIncidents(raw, { citizens: goals.data.citizens });
    expect(r.data.leftOut).toEqual([]);
    expect(r.data.incidents[0]).toMatchObject({ citizenId: "B07", department: "Hus C" });
  });

  test("a workbook made before the register has no episodes and says so once", () => {
    const old = readIncidents({ Borgere: [{ BorgerID: "B01", Målgruppe: "X" }] }, { citizens });
    expect(old.data.present).toBe(false);
    expect(old.data.incidents).toEqual([]);
    expect(old.data.situations).toContain("Personlig pleje");
    expect(old.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the analysis of 2026 (worked example, figures by hand in workedExample.ts)", () => {
  const a = analyseIncidents(data, { year: 2026, quarter: null });
  const json = incidentsToJsonValue(a);

  test("totals, directions and types, this year beside last year", () => {
    expect(json.total).toEqual({ count: 7, previous: 3, change: 4 });
    expect(json.basis).toMatchObject({ incidents: 7 });
    expect(json.byDirection).toEqual([
      { group: "Borger mod borger", count: 2, previous: 1, change: 1 },
      { group: "Borger mod medarbejder", count: 3, previous: 1, change: 2 },
      { group: "Medarbejder mod borger", count: 1, previous: 0, change: 1 },
      { group: "Borger mod omgivelserne", count: 1, previous: 1, change: 0 },
    ]);
    expect(json.byType).toEqual([
      { group: "Fysisk vold", count: 3, previous: 1, change: 2 },
      { group: "Psykisk vold", count: 2, previous: 1, change: 1 },
      { group: "Trusler om vold", count: 1, previous: 0, change: 1 },
      { group: "Seksuel krænkelse", count: 0, previous: 0, change: 0 },
      { group: "Hærværk", count: 1, previous: 1, change: 0 },
    ]);
    expect(json.directionByType).toEqual([
      { direction: "Borger mod borger", type: "Fysisk vold", count: 1 },
      { direction: "Borger mod borger", type: "Psykisk vold", count: 1 },
      { direction: "Borger mod medarbejder", type: "Fysisk vold", count: 2 },
      { direction: "Borger mod medarbejder", type: "Trusler om vold", count: 1 },
      { direction: "Medarbejder mod borger", type: "Psykisk vold", count: 1 },
      { direction: "Borger mod omgivelserne", type: "Hærværk", count: 1 },
    ]);
  });

  test("departments and situations: every group of either year, in Danish order", () => {
    expect(json.byDepartment).toEqual([
      { group: "(ingen afdeling)", count: 1, previous: 0, change: 1 },
      { group: "Hus A", count: 4, previous: 1, change: 3 },
      { group: "Hus B", count: 1, previous: 2, change: -1 },
      { group: "Skovbo", count: 1, previous: 0, change: 1 },
    ]);
    expect(json.bySituation).toEqual([
      { group: "(ikke angivet)", count: 1, previous: 1, change: 0 },
      { group: "Aktivitet", count: 1, previous: 1, change: 0 },
      { group: "Krav eller afslag", count: 1, previous: 0, change: 1 },
      { group: "Måltid", count: 1, previous: 0, change: 1 },
      { group: "Personlig pleje", count: 1, previous: 1, change: 0 },
      { group: "Uden for tilbuddet", count: 1, previous: 0, change: 1 },
      { group: "Vagtskifte", count: 1, previous: 0, change: 1 },
    ]);
  });

  test("months, weekdays and times of day", () => {
    expect(json.byMonth).toEqual([2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(a.byMonthPrevious).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(json.byWeekday).toEqual([2, 1, 1, 0, 2, 0, 1]);
    expect(json.byTimeOfDay).toEqual([
      { band: "00-06", count: 0 },
      { band: "06-12", count: 2 },
      { band: "12-18", count: 1 },
      { band: "18-24", count: 2 },
      { band: "ukendt", count: 2 },
    ]);
  });

  test("handling and citizens, with the 365-day window for risk assessments", () => {
    expect(json.handling).toEqual({
      towardsStaff: 3,
      debriefed: 2,
      withAbsence: 2,
      injuryReported: 1,
      analysed: 3,
      alone: 2,
    });
    expect(json.citizens).toEqual({ involved: 3, withoutRiskAssessment: 2 });
    expect(a.perCitizen.map((c) => [c.citizenId, c.count, c.withoutRiskAssessment])).toEqual([
      ["B01", 3, false],
      ["B02", 2, true],
      ["B03", 1, true],
    ]);
  });

  test("the JSON has the documented keys in order, and nothing of the free text or the per-citizen list", () => {
    expect(Object.keys(json)).toEqual([
      "schemaVersion",
      "year",
      "quarter",
      "basis",
      "total",
      "byDirection",
      "byType",
      "directionByType",
      "byDepartment",
      "bySituation",
      "byMonth",
      "byWeekday",
      "byTimeOfDay",
      "handling",
      "citizens",
    ]);
    expect(json).toMatchObject({ schemaVersion: 1, year: 2026, quarter: null });
    const text = incidentsToJson(a);
    for (const secret of [
      WORKED_CPR_TEXT,
      "Slog ud ved badet.",
      "To ved badet.",
      "Rolige overgange.",
      "B01",
      "B02",
      "B03",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect((json.basis as { leftOut: unknown[] }).leftOut).toHaveLength(6);
  });
});

describe("the analysis of quarter 1 of 2026 (worked example)", () => {
  const q = incidentsToJsonValue(analyseIncidents(data, { year: 2026, quarter: 1 }));
  test("counts only January to March, beside quarter 1 of 2025", () => {
    expect(q).toMatchObject({ year: 2026, quarter: 1, total: { count: 4, previous: 1, change: 3 } });
    expect((q.byDirection as Array<{ count: number; previous: number }>).map((g) => [g.count, g.previous])).toEqual([
      [1, 0],
      [2, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(q.byMonth).toEqual([2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(q.byDepartment).toEqual([
      { group: "Hus A", count: 3, previous: 1, change: 2 },
      { group: "Hus B", count: 1, previous: 0, change: 1 },
    ]);
    expect(q.handling).toEqual({
      towardsStaff: 2,
      debriefed: 1,
      withAbsence: 1,
      injuryReported: 1,
      analysed: 2,
      alone: 1,
    });
    expect(q.citizens).toEqual({ involved: 2, withoutRiskAssessment: 0 });
  });
});

describe("open handling steps (worked example, 25-07-2026)", () => {
  const open = episodesWithOpenSteps(data.incidents, WORKED_TODAY);
  const stepsOf = (id: string) => open.find((e) => e.incident.incidentId === id)?.steps ?? [];
  test("an episode with absence needs an occupational-injury report within 9 days", () => {
    expect(stepsOf("H08")).toEqual([
      { kind: "injuryReport", label: "Anmeld arbejdsskade", due: 46222, overdue: true },
      { kind: "policeReport", label: "Beslut om politianmeldelse", due: null, overdue: false },
      { kind: "analysis", label: "Analyse i arbejdsmiljøgruppen", due: null, overdue: false },
    ]);
  });
  test("debriefing towards staff, a police decision for violence and threats, analysis of every episode", () => {
    expect(stepsOf("H02").map((s) => s.kind)).toEqual(["debriefing", "policeReport", "analysis"]);
    expect(stepsOf("H01").map((s) => s.kind)).toEqual(["policeReport"]);
    expect(stepsOf("H04").map((s) => s.kind)).toEqual(["analysis"]);
    expect(open[0].incident.incidentId).toBe("H10");
  });
});
