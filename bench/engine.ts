/**
 * The engine benchmark: readWorkbook and evaluateYear on a generated workbook of 2,000 citizens,
 * 20,000 goals and 100,000 follow-ups, against a hand-written floor and a spreadsheet-formula peer;
 * memory; and time at 10k, 100k and 1M follow-ups. Prints figures; asserts nothing.
 */
import { evaluateYear } from "../src/domain/evaluation/evaluateYear";
import { readWorkbook } from "../src/domain/reader/readWorkbook";
import { goalCheckInput, isGoalComplete } from "../src/domain/smorte";
import type { RawWorkbook, WorkbookData } from "../src/domain/types";
import { floorPass } from "./floor";
import { formulaPeer, formulaPeerWithJoin, joinedRows } from "./formulaPeer";
import { cellCount, generateRawWorkbook, type GenerateOptions } from "./generate";
import { heapUsed, interleaved, mb, median, ms, ratio, timeMs } from "./stats";

const YEAR = 2026;
const TODAY = 46400; // 14-01-2027: every generated follow-up lies before it
const MAIN: GenerateOptions = { citizens: 2_000, goals: 20_000, followUps: 100_000 };

const sized = (followUps: number): GenerateOptions => ({
  citizens: followUps / 50,
  goals: followUps / 5,
  followUps,
});

const read = (raw: RawWorkbook): WorkbookData => readWorkbook(raw, { today: TODAY }).data;

/** The SMORTE check of every active goal, as evaluateYear does it (to show its share). */
function smorteShare(data: WorkbookData): number {
  let complete = 0;
  for (const g of data.goals) {
    if (g.status === "Aktiv" && isGoalComplete(goalCheckInput(g, data.settings.interval))) complete++;
  }
  return complete;
}

function sameSums(
  a: Map<string, { sum: number; count: number }>,
  b: Map<string, { sum: number; count: number }>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || w.count !== v.count || Math.abs(w.sum - v.sum) > 1e-6) return false;
  }
  return true;
}

function mainFigures(): void {
  console.log(
    `\n## Main workbook: ${MAIN.citizens.toLocaleString("en")} citizens, ${MAIN.goals.toLocaleString("en")} goals, ${MAIN.followUps.toLocaleString("en")} follow-ups`,
  );
  const raw = generateRawWorkbook(MAIN);
  const cells = cellCount(raw);
  const { data, findings } = readWorkbook(raw, { today: TODAY });
  const errors = findings.filter((f) => f.severity === "error").length;
  console.log(
    `read: ${data.citizens.length} citizens, ${data.goals.length} goals, ${data.followUps.length} follow-ups usable; ` +
      `${errors} errors, ${findings.length - errors} warnings; ${cells.toLocaleString("en")} cells`,
  );

  const readTimes: number[] = [];
  read(raw);
  for (let i = 0; i < 5; i++) readTimes.push(timeMs(() => read(raw)));
  const readMs = median(readTimes);

  const t = interleaved(
    {
      evaluateYear: () => evaluateYear(data, YEAR),
      floor: () => floorPass(data),
      smorteCheck: () => smorteShare(data),
    },
    9,
    2,
  );

  const rows = joinedRows(data);
  const peerTimes: number[] = [];
  let peer = formulaPeer(data, rows);
  for (let i = 0; i < 3; i++) peerTimes.push(timeMs(() => (peer = formulaPeer(data, rows))));
  const peerMs = median(peerTimes);
  const agrees = sameSums(peer, floorPass(data));

  const model = evaluateYear(data, YEAR);
  console.log(`evaluateYear ${YEAR}: ${model.basis.units} units, ${model.byMethod.length} methods`);
  console.log("");
  console.log(`median readWorkbook            ${ms(readMs)}  (${((readMs * 1000) / cells).toFixed(3)} µs per cell)`);
  console.log(`median evaluateYear            ${ms(t.evaluateYear)}`);
  console.log(`  of which the SMORTE check    ${ms(t.smorteCheck)}  (errors-only check on every active goal)`);
  console.log(`median floor (Map join + sum)  ${ms(t.floor)}`);
  console.log(
    `median HyperFormula peer       ${ms(peerMs)}  (COUNTIFS/SUMIFS per method, join given; agrees with floor: ${agrees ? "yes" : "NO"})`,
  );
  console.log("");
  console.log(`evaluateYear / floor                       ${ratio(t.evaluateYear / t.floor)}`);
  console.log(`(evaluateYear − SMORTE check) / floor      ${ratio((t.evaluateYear - t.smorteCheck) / t.floor)}`);
  console.log(`HyperFormula peer / evaluateYear           ${ratio(peerMs / t.evaluateYear)}`);
  console.log(`readWorkbook per cell                      ${((readMs * 1000) / cells).toFixed(3)} µs`);

  const small = read(generateRawWorkbook(sized(10_000)));
  const joinMs = timeMs(() => formulaPeerWithJoin(small));
  const smallEval = median([0, 1, 2, 3, 4].map(() => timeMs(() => evaluateYear(small, YEAR))));
  console.log(
    `HyperFormula with the join as VLOOKUP formulas, 10k follow-ups: ${ms(joinMs)} (${ratio(joinMs / smallEval)} evaluateYear on the same workbook)`,
  );
}

async function memoryFigures(): Promise<void> {
  console.log("\n## Memory (heap after full garbage collection)");
  const base = await heapUsed();
  const raw = generateRawWorkbook(MAIN);
  const rawHeap = (await heapUsed()) - base;
  const rawJson = Buffer.byteLength(JSON.stringify(raw), "utf8");
  const data = read(raw);
  const dataHeap = (await heapUsed()) - base - rawHeap;
  const before = process.memoryUsage().heapUsed;
  const model = evaluateYear(data, YEAR);
  const grew = process.memoryUsage().heapUsed - before;
  const modelHeap = (await heapUsed()) - base - rawHeap - dataHeap;
  console.log(`raw rows as JSON (UTF-8)          ${mb(rawJson)}`);
  console.log(`raw rows on the heap              ${mb(rawHeap)}`);
  console.log(`WorkbookData (readWorkbook)       ${mb(dataHeap)}  = ${ratio(dataHeap / rawJson)} raw JSON`);
  console.log(`EvaluationModel (evaluateYear)    ${mb(modelHeap)}  = ${ratio(modelHeap / rawJson)} raw JSON`);
  console.log(
    `heap growth during evaluateYear   ${mb(grew)}  = ${ratio(grew / rawJson)} raw JSON (no collection forced; includes garbage)`,
  );
  console.log(
    `data + model                      ${ratio((dataHeap + modelHeap) / rawJson)} raw JSON, ${ratio((dataHeap + modelHeap) / rawHeap)} raw heap`,
  );
  // Keep all three alive until here, so each measurement above counts what it should.
  console.log(
    `(kept: ${Object.keys(raw).length} raw tables, ${data.followUps.length} follow-ups, ${model.units.length} units)`,
  );
}

async function linearity(): Promise<void> {
  console.log("\n## Linearity (citizens = follow-ups / 50, goals = follow-ups / 5)");
  console.log("follow-ups | readWorkbook       | evaluateYear       | floor              | evaluate/floor");
  for (const followUps of [10_000, 100_000, 1_000_000]) {
    let raw: RawWorkbook | null = generateRawWorkbook(sized(followUps));
    const rounds = followUps >= 1_000_000 ? 3 : 5;
    let data: WorkbookData | null = read(raw);
    const readMs = median(Array.from({ length: rounds }, () => timeMs(() => read(raw as RawWorkbook))));
    raw = null;
    const t = interleaved(
      { evaluate: () => evaluateYear(data as WorkbookData, YEAR), floor: () => floorPass(data as WorkbookData) },
      rounds,
      1,
    );
    data = null;
    const perK = (x: number): string => `${((x * 1000) / followUps).toFixed(2)} µs/fu`;
    console.log(
      `${followUps.toLocaleString("en").padStart(10)} | ${ms(readMs).padStart(9)} ${perK(readMs).padStart(8)} | ${ms(t.evaluate).padStart(9)} ${perK(t.evaluate).padStart(8)} | ${ms(t.floor).padStart(9)} ${perK(t.floor).padStart(8)} | ${ratio(t.evaluate / t.floor)}`,
    );
    await heapUsed();
  }
}

/** Run the engine benchmark and print its figures. */
export async function run(): Promise<void> {
  console.log("# Engine benchmark (readWorkbook, evaluateYear)");
  // Memory first: HyperFormula leaves weakly held objects that a collection inside the same task
  // cannot free yet, which would blur the heap figures.
  await memoryFigures();
  mainFigures();
  await linearity();
}
