import { actionPlanTableName, evaluationSheetName } from "../../../src/domain";
import { MemoryWorkbookAdapter } from "../../../src/workbook/memory/adapter";
import { findMemoryTable } from "../../../src/workbook/memory/model";
import { seedWorkbook, sheetNames, tableRows } from "../../../src/workbook/memory/seed";
import { runEvaluation, runExport } from "../../../src/workbook/services";
import { allTexts, rowOf, tableAfter } from "../reports/blockHelpers";
import { GAS_LOW_AROUSAL } from "../reports/workedExampleModel";
import { workedExampleRows } from "../../fixtures/workedExample";

/** The clock of these tests: 15 January 2027, 10:30 local time. */
const NOW = new Date(2027, 0, 15, 10, 30);

const freshPort = (): MemoryWorkbookAdapter => new MemoryWorkbookAdapter(seedWorkbook(workedExampleRows));

/** Names, goal texts and notes of the worked example: none may appear in any report sheet. */
const identifyingTexts = (): string[] => {
  const out: string[] = [];
  for (const c of workedExampleRows.Borgere) out.push(String(c.Navn), String(c.Kontaktperson));
  for (const g of workedExampleRows.Maal as ReadonlyArray<Record<string, unknown>>)
    for (const k of ["Mål", "Succeskriterium", "Opnåelighed", "Relevans", "Evaluering"])
      if (g[k]) out.push(String(g[k]));
  for (const f of workedExampleRows.Opfoelgning) if (f.Note) out.push(String(f.Note));
  return out;
};

describe("runEvaluation on the worked example (memory workbook, real engine)", () => {
  test("writes Årsevaluering 2026 and Grundlag 2026 with the worked example's figures", async () => {
    const port = freshPort();
    const progress: string[] = [];
    const run = await runEvaluation(port, 2026, { now: NOW, onProgress: (m) => progress.push(m) });
    expect(sheetNames(port.workbook)).toEqual(expect.arrayContaining(["Årsevaluering 2026", "Grundlag 2026"]));
    const la = rowOf(tableAfter(run.sheets.evaluation, "Resultater pr. metode"), "Low Arousal");
    expect(la).toMatchObject({ Borgere: 2, Mål: 3, Opnået: 1, Delvist: 1, "Ikke opnået": 1, Gennemsnit: 0.5 });
    expect(la["GAS T"]).toBeCloseTo(GAS_LOW_AROUSAL, 9);
    expect(rowOf(tableAfter(run.sheets.evaluation, "Resultater pr. metode"), "KRAP")).toMatchObject({
      "Sidste år": 1,
      Ændring: -0.5,
    });
    expect(tableRows(port.workbook, "Grundlag_2026")?.map((r) => r.MålID)).toEqual(["M01", "M02", "M04", "M05"]);
    expect(run.model.basis).toMatchObject({ citizens: 3, goals: 5, followUps: 7, units: 4 });
    expect(progress[0]).toBe("Læser arbejdsbogen …");
    expect(progress.some((p) => p.includes("7 opfølgninger"))).toBe(true);
  });

  test("the sheet says when it was made, from the clock it was given", async () => {
    const run = await runEvaluation(freshPort(), 2026, { now: NOW });
    expect(allTexts(run.sheets.evaluation)).toContain("15-01-2027 kl. 10:30");
  });

  test("the findings include the SMORTE check (M05 has no Evaluering) with sheet, row and column", async () => {
    const run = await runEvaluation(freshPort(), 2026, { now: NOW });
    const m05 = run.findings.find((f) => f.sheet === "Mål" && f.row === 6 && f.column === "Evaluering");
    expect(m05?.severity).toBe("error");
  });

  test("re-running keeps the action plan the leader typed and does not add its suggestions again", async () => {
    const port = freshPort();
    await runEvaluation(port, 2026, { now: NOW });
    const plan = findMemoryTable(port.workbook, actionPlanTableName(2026));
    expect(plan).toBeDefined();
    const headers = plan!.table.columns.map((c) => c.name);
    const firstRowBefore = plan!.table.rows[0];
    // The leader fills in who is responsible and sets the status on the first suggested row.
    plan!.table.rows[0] = headers.map((h, i) =>
      h === "Ansvarlig for udførelse" ? "Afdelingsleder" : h === "Status" ? "I gang" : firstRowBefore[i],
    );
    const rerun = await runEvaluation(port, 2026, { now: NOW });
    const after = tableRows(port.workbook, actionPlanTableName(2026)) ?? [];
    expect(after).toHaveLength(2);
    expect(after[0]["Ansvarlig for udførelse"]).toBe("Afdelingsleder");
    expect(after[0].Status).toBe("I gang");
    expect(rerun.plan).toEqual({ kept: 2, added: 0 });
  });

  test("last year's action plan is shown when Årsevaluering 2025 exists", async () => {
    const port = freshPort();
    await runEvaluation(port, 2025, { now: NOW });
    const run = await runEvaluation(port, 2026, { now: NOW });
    expect(sheetNames(port.workbook)).toContain(evaluationSheetName(2025));
    const previous = tableAfter(run.sheets.evaluation, "Sidste års handleplan");
    const plan2025 = tableRows(port.workbook, actionPlanTableName(2025)) ?? [];
    expect(plan2025.length).toBeGreaterThan(0);
    expect(previous.rows.map((r) => r[0])).toEqual(plan2025.map((r) => r.Fokusområde));
  });

  test("no name, goal text or note of the workbook appears on either sheet", async () => {
    const run = await runEvaluation(freshPort(), 2026, { now: NOW });
    const texts = [...allTexts(run.sheets.evaluation), ...allTexts(run.sheets.basis)].join("\n");
    for (const t of identifyingTexts()) expect(texts).not.toContain(t);
  });
});

describe("a running year reaches today (the clock the services are given)", () => {
  /** 20 May 2026: O07 (01-06-2026, worksheet row 8) and O02 (01-09-2026, row 3) are dated later. */
  const MAY = new Date(2026, 4, 20, 9, 0);

  test("runEvaluation leaves the later follow-ups out of every figure and lists them on Grundlag", async () => {
    const port = freshPort();
    const run = await runEvaluation(port, 2026, { now: MAY });
    expect(run.notYet).toBe(2);
    expect(run.model.basis.leftOut.map((r) => [r.sheet, r.row, r.column])).toEqual([
      ["Opfølgning", 3, "Dato"],
      ["Opfølgning", 8, "Dato"],
    ]);
    expect(run.model.basis.followUps).toBe(5);
    // M05's only follow-up is O07: no result yet. M01's result is O01, not the later O02.
    expect(run.model.units.map((u) => [u.goalId, u.followUpId])).toEqual([
      ["M01", "O01"],
      ["M02", "O03"],
      ["M04", "O06"],
    ]);
    const listed = tableRows(port.workbook, "Udeladte_2026") ?? [];
    expect(listed.map((r) => r.Række)).toEqual([3, 8]);
    // A year that has ended is evaluated as before, whatever the clock.
    const after = await runEvaluation(freshPort(), 2026, { now: NOW });
    expect(after.notYet).toBe(0);
    expect(after.model.basis.leftOut).toEqual([]);
  });

  test("runExport rests on the same follow-ups", async () => {
    const run = await runExport(freshPort(), 2026, { now: MAY, writeSheet: false });
    expect(run.model.basis.leftOut.map((r) => r.row)).toEqual([3, 8]);
    expect(run.model.units.map((u) => u.goalId)).toEqual(["M01", "M02", "M04"]);
  });
});

describe("runExport on the worked example", () => {
  test("every row is suppressed (all groups have fewer than 5 citizens) and the CSV carries no ids", async () => {
    const port = freshPort();
    const run = await runExport(port, 2026, { now: NOW });
    expect(run.rows.length).toBeGreaterThan(0);
    expect(run.rows.every((r) => r.suppressed === 1 && r.citizens === null && r.mean === null)).toBe(true);
    expect(run.csv.charCodeAt(0)).toBe(0xfeff);
    expect(run.csv).toContain("schemaVersion");
    expect(run.csv).not.toMatch(/B0[123]|M0\d/);
    expect(JSON.parse(run.json)).toBeDefined();
    expect(run.fileNames).toEqual({ csv: "regional-2026.csv", json: "regional-2026.json" });
    expect(sheetNames(port.workbook)).toContain("Regional rapport 2026");
  });

  test("writeSheet: false prepares the export without touching the workbook", async () => {
    const port = freshPort();
    const before = sheetNames(port.workbook);
    const run = await runExport(port, 2026, { now: NOW, writeSheet: false });
    expect(sheetNames(port.workbook)).toEqual(before);
    expect(run.sheet.name).toBe("Regional rapport 2026");
  });

  test("no name, goal text or note of the workbook appears in the CSV, the JSON or the sheet", async () => {
    const run = await runExport(freshPort(), 2026, { now: NOW });
    const all = [run.csv, run.json, ...allTexts(run.sheet)].join("\n");
    for (const t of identifyingTexts()) expect(all).not.toContain(t);
  });
});
