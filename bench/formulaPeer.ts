/**
 * The spreadsheet-formula peer: the per-method count and sum of follow-up values as COUNTIFS/SUMIFS,
 * computed by HyperFormula (GPL licence key, dev dependency, used by the benchmark only).
 *
 * The main variant hands HyperFormula the follow-ups already joined to their goal's method and their
 * scale value (plain values), so it only does the COUNTIFS/SUMIFS part: a generous peer. The join
 * variant lets formulas do the join too (VLOOKUP into the goals and the scale), as a workbook author
 * would; it is far slower, so the benchmark runs it on a small workbook only.
 */
import { HyperFormula } from "hyperformula";
import type { WorkbookData } from "../src/domain/types";

const OPTIONS = { licenseKey: "gpl-v3", maxRows: 5_000_000, maxColumns: 64 };

/** An empty method is written as this name, since a spreadsheet criterion cannot match an empty text. */
const EMPTY = "(tom)";
const cellName = (method: string): string => (method === "" ? EMPTY : method);

/** Method names in the order the result sheet lists them. */
const methodsOf = (data: WorkbookData): string[] => [...new Set(data.goals.map((g) => g.method))];

function resultSheet(methods: readonly string[], rows: number): (string | number)[][] {
  return methods.map((m, i) => [
    cellName(m),
    `=COUNTIFS(Opf!$A$1:$A$${rows},A${i + 1},Opf!$B$1:$B$${rows},">=0")`,
    `=SUMIFS(Opf!$B$1:$B$${rows},Opf!$A$1:$A$${rows},A${i + 1})`,
  ]);
}

function readResults(hf: HyperFormula, methods: readonly string[]): Map<string, { sum: number; count: number }> {
  const values = hf.getSheetValues(hf.getSheetId("Res") as number);
  const out = new Map<string, { sum: number; count: number }>();
  methods.forEach((m, i) => out.set(m, { count: Number(values[i][1]), sum: Number(values[i][2]) }));
  return out;
}

/** The follow-ups as [method, value] rows (value "-" where it does not count), joined outside the formulas. */
export function joinedRows(data: WorkbookData): (string | number)[][] {
  const methodOf = new Map(data.goals.map((g) => [g.goalId, g.method]));
  const scale = new Map(data.scale.map((s) => [s.label, s.value]));
  return data.followUps.map((f) => [cellName(methodOf.get(f.goalId) ?? ""), scale.get(f.assessment) ?? "-"]);
}

/** COUNTIFS/SUMIFS per method over pre-joined rows. Returns the per-method sums it computed. */
export function formulaPeer(
  data: WorkbookData,
  rows: (string | number)[][],
): Map<string, { sum: number; count: number }> {
  const methods = methodsOf(data);
  const hf = HyperFormula.buildFromSheets({ Opf: rows, Res: resultSheet(methods, rows.length) }, OPTIONS);
  const out = readResults(hf, methods);
  hf.destroy();
  return out;
}

/** The same with the join done by VLOOKUP formulas too. */
export function formulaPeerWithJoin(data: WorkbookData): Map<string, { sum: number; count: number }> {
  const methods = methodsOf(data);
  const goals = data.goals.map((g) => [g.goalId, cellName(g.method)]);
  const scale = data.scale.map((s) => [s.label, s.value ?? "-"]);
  const n = data.followUps.length;
  const opf = data.followUps.map((f, i) => [
    `=VLOOKUP(C${i + 1},Maal!$A$1:$B$${goals.length},2,FALSE())`,
    `=IFERROR(VLOOKUP(D${i + 1},Skala!$A$1:$B$${scale.length},2,FALSE()),"-")`,
    f.goalId,
    f.assessment,
  ]);
  const hf = HyperFormula.buildFromSheets(
    { Maal: goals, Skala: scale, Opf: opf, Res: resultSheet(methods, n) },
    { ...OPTIONS, useColumnIndex: true },
  );
  const out = readResults(hf, methods);
  hf.destroy();
  return out;
}
