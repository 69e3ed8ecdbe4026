/**
 * Benchmark: SMORTE.RESULTS over 100,000 follow-ups, against the engine's own reading and evaluation
 * of the same data (readWorkbook + evaluateYear). The function is the same engine plus argument
 * coercion (ranges with header rows → raw tables), so the budget is 2× the engine's time.
 *
 * The tables are handed over as Excel hands `Maal[#Alle]` to a function: 2-D arrays whose first row is
 * the header; building them is not timed. Prints figures and the machine; asserts nothing.
 *
 *   npx tsx bench/functions.ts [followUps]
 */
import * as os from "node:os";
import "../test/support/customFunctionsGlobal";
import { evaluateYear, readWorkbook, type RawRow, type RawWorkbook } from "../src/domain";
import { results } from "../src/functions/functions";
import { generateRawWorkbook } from "./generate";

export interface FunctionsBenchOptions {
  readonly followUps?: number;
  readonly rounds?: number;
}

export interface FunctionsBenchResult {
  readonly followUps: number;
  readonly engineMs: number;
  readonly functionMs: number;
  readonly ratio: number;
}

const YEAR = 2026;
const RHO = 0.3;

/** Rows keyed by header → a range whose first row is the header. */
function toRange(rows: readonly RawRow[]): unknown[][] {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ""))];
}

const rowsOf = (raw: RawWorkbook, table: keyof RawWorkbook): readonly RawRow[] => raw[table] as readonly RawRow[];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Time both paths (median of `rounds`, after one warm-up each) and return the figures.
 * @example runFunctionsBench({ followUps: 10_000, rounds: 3 }).ratio
 */
export function runFunctionsBench(options: FunctionsBenchOptions = {}): FunctionsBenchResult {
  const followUps = options.followUps ?? 100_000;
  const rounds = options.rounds ?? 5;
  const raw = generateRawWorkbook({
    citizens: Math.max(10, followUps / 50),
    goals: Math.max(10, followUps / 5),
    followUps,
  });
  const ranges = {
    goals: toRange(rowsOf(raw, "Maal")),
    followUps: toRange(rowsOf(raw, "Opfoelgning")),
    citizens: toRange(rowsOf(raw, "Borgere")),
    scale: toRange(rowsOf(raw, "Skala")),
  };

  const engine = (): number => {
    const started = performance.now();
    const model = evaluateYear(readWorkbook(raw).data, YEAR);
    const ms = performance.now() - started;
    if (model.byMethod.length === 0) throw new Error("the engine found no results");
    return ms;
  };
  const formula = (): number => {
    const started = performance.now();
    const table = results(ranges.goals, ranges.followUps, ranges.citizens, YEAR, "Metode", ranges.scale, RHO);
    const ms = performance.now() - started;
    if (table.length < 3) throw new Error("SMORTE.RESULTS found no results");
    return ms;
  };

  engine();
  formula();
  const engineTimes: number[] = [];
  const functionTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    engineTimes.push(engine());
    functionTimes.push(formula());
  }
  const engineMs = median(engineTimes);
  const functionMs = median(functionTimes);
  return { followUps, engineMs, functionMs, ratio: functionMs / engineMs };
}

/** Print the benchmark's figures (for `npm run bench`). */
export function printFunctionsBench(options: FunctionsBenchOptions = {}): FunctionsBenchResult {
  const r = runFunctionsBench(options);
  const cpu = os.cpus()[0]?.model ?? "ukendt CPU";
  console.log(`SMORTE.RESULTS vs. readWorkbook + evaluateYear (${r.followUps.toLocaleString("en")} follow-ups)`);
  console.log(`  machine: ${cpu}, ${os.cpus().length} cores, node ${process.version}`);
  console.log(`  engine (readWorkbook + evaluateYear): ${r.engineMs.toFixed(0)} ms (median)`);
  console.log(`  SMORTE.RESULTS (ranges with headers): ${r.functionMs.toFixed(0)} ms (median)`);
  console.log(`  ratio: ${r.ratio.toFixed(2)}× (budget 2×: ${r.ratio <= 2 ? "within" : "OVER"})`);
  return r;
}

/** Entry for `npm run bench` (bench/run.ts). */
export function run(): void {
  printFunctionsBench();
}

if (require.main === module) {
  const followUps = Number(process.argv[2] ?? 100_000);
  printFunctionsBench({ followUps: Number.isFinite(followUps) && followUps > 0 ? followUps : 100_000 });
}
