/**
 * Benchmark of the .xlsx adapter: write a workbook with 2,000 citizens, 20,000 goals and 100,000
 * follow-ups through the adapter, then time reading it (in a child process, with its peak memory)
 * and the whole `evaluate` command line (`npm run cli -- evaluate FILE --year Y`).
 *
 * Figures, not pass/fail. Budget for `evaluate` on this file: under 15 s and 1.5 GB.
 *
 * Run alone: `npx tsx bench/xlsx.ts [--keep]`   (--keep leaves the files in the temp folder)
 * Child mode: `npx tsx bench/xlsx.ts --read FILE` reads a file once and prints timings as JSON.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { TABLE_SPECS, evaluateYear, readWorkbook, tableSpec } from "../src/domain";
import type { RawRow, RawTable, TableName } from "../src/domain";
import { XlsxWorkbookAdapter } from "../src/workbook/xlsx/adapter";
import { generateRawWorkbook } from "./generate";

export const SIZE = { citizens: 2_000, goals: 20_000, followUps: 100_000 } as const;
const YEAR = 2025;
const ROOT = resolve(__dirname, "..");

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Rows keyed by header → records keyed by schema key. */
function recordOf(table: TableName, row: RawRow): Record<string, RawRow[string]> {
  const out: Record<string, RawRow[string]> = {};
  for (const c of tableSpec(table).columns) if (c.name in row) out[c.key] = row[c.name];
  return out;
}

/** Write the generated workbook through the adapter (template, then one upsert per row). */
export async function writeBenchWorkbook(path: string): Promise<{ ms: number; rows: number }> {
  const raw = generateRawWorkbook(SIZE);
  const t0 = performance.now();
  const book = new XlsxWorkbookAdapter();
  await book.ensureTemplate();
  let rows = 0;
  for (const spec of TABLE_SPECS) {
    const table = raw[spec.table];
    const list = (Array.isArray(table) ? table : ((table as RawTable | undefined)?.rows ?? [])) as readonly RawRow[];
    for (const row of list) {
      await book.upsert(spec.table, recordOf(spec.table, row));
      rows += 1;
    }
  }
  await book.save(path);
  return { ms: performance.now() - t0, rows };
}

/** Child mode: open, read every table, hand it to the domain; print timings. */
async function readOnce(file: string): Promise<void> {
  const t0 = performance.now();
  const book = await XlsxWorkbookAdapter.open(file);
  const t1 = performance.now();
  const snapshot = await book.readAll();
  const t2 = performance.now();
  const read = readWorkbook(snapshot.tables);
  const t3 = performance.now();
  const model = evaluateYear(read.data, YEAR);
  const t4 = performance.now();
  const out = {
    openMs: t1 - t0,
    readAllMs: t2 - t1,
    readWorkbookMs: t3 - t2,
    evaluateMs: t4 - t3,
    followUps: snapshot.tables.Opfoelgning?.rows.length ?? 0,
    units: model.basis.units,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

interface Timed {
  readonly status: number | null;
  readonly wallSeconds: number;
  readonly maxRssKb: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command under /usr/bin/time -v when present (wall clock and peak memory of the whole tree). */
function timed(cmd: string, args: readonly string[]): Timed {
  const haveTime = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = haveTime
    ? spawnSync("/usr/bin/time", ["-v", cmd, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(cmd, [...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  return {
    status: r.status,
    wallSeconds: wall,
    maxRssKb: rss ? Number(rss[1]) : null,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
  };
}

/** The whole benchmark; returns printable lines. */
export async function runXlsxBench(keep = false): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "smorte-bench-xlsx-"));
  const file = join(dir, "bench-100k.xlsx");
  const lines: string[] = [];
  const say = (s: string): void => {
    lines.push(s);
    process.stdout.write(`${s}\n`);
  };
  try {
    say(
      `xlsx benchmark — machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${mb(totalmem())} RAM, Node ${process.version}`,
    );
    const w = await writeBenchWorkbook(file);
    say(
      `Wrote ${w.rows} rows (${SIZE.citizens} citizens, ${SIZE.goals} goals, ${SIZE.followUps} follow-ups) through the .xlsx adapter: ` +
        `${seconds(w.ms)}, file ${mb(statSync(file).size)}`,
    );

    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const read = timed(tsx, [join(ROOT, "bench", "xlsx.ts"), "--read", file]);
    if (read.status !== 0) throw new Error(`Reading failed: ${read.stderr.slice(-2000)}`);
    const r = JSON.parse(read.stdout.trim().split("\n").pop() as string) as Record<string, number>;
    say(
      `Read (own process): open ${seconds(r.openMs)}, readAll ${seconds(r.readAllMs)}, readWorkbook ${seconds(r.readWorkbookMs)}, ` +
        `evaluateYear ${seconds(r.evaluateMs)}; ${r.followUps} follow-ups, ${r.units} result units; ` +
        `whole process ${read.wallSeconds.toFixed(2)} s, peak memory ${read.maxRssKb ? `${(read.maxRssKb / 1024).toFixed(0)} MB` : mb(r.maxRssBytes)}`,
    );

    const cli = join(ROOT, "src", "cli", "main.ts");
    if (existsSync(cli)) {
      const out = join(dir, "aarsevaluering.xlsx");
      const ev = timed("npm", ["run", "--silent", "cli", "--", "evaluate", file, "--year", String(YEAR), "--out", out]);
      const ok = ev.status === 0 ? "ok" : `exit ${ev.status}`;
      say(
        `evaluate (npm run cli -- evaluate FILE --year ${YEAR}): ${ev.wallSeconds.toFixed(2)} s, ` +
          `peak memory ${ev.maxRssKb ? `${(ev.maxRssKb / 1024).toFixed(0)} MB` : "unknown (no /usr/bin/time)"} (${ok}); ` +
          `budget 15 s and 1536 MB`,
      );
      if (ev.status !== 0)
        say(
          ev.stderr
            .split("\n")
            .filter((l) => l && !/^\s/.test(l))
            .slice(-5)
            .join("\n"),
        );
    } else {
      say("evaluate: the command line (src/cli/main.ts) is not there yet");
    }
    if (keep) say(`Files kept in ${dir}`);
    return lines;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Entry for `npm run bench` (bench/run.ts). */
export async function run(): Promise<void> {
  await runXlsxBench(false);
}

if (require.main === module) {
  const i = process.argv.indexOf("--read");
  if (i >= 0) void readOnce(process.argv[i + 1]);
  else void runXlsxBench(process.argv.includes("--keep"));
}
