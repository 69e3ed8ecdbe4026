/**
 * The sector's figures checked against a recomputation straight from the export files, by a different
 * code path from `consolidate`: the files are parsed here with plain JSON.parse and a line split (the
 * generated names hold no comma or quote), and every figure of docs/rules.md §9 is summed by a
 * filter-and-reduce per group. The command line's --json must agree on generated data of 20 offers
 * (two years, both versions, CSV and JSON). Tampered files (counts that do not add up, a figure on a
 * suppressed row, an unknown version, a fraction above 1, a second file for an offer and year) are
 * refused with the file named, and nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/run";
import { generatedExportFiles } from "../support/sectorFiles";
import { captureIo, tempDir } from "./support";

jest.setTimeout(120_000);

const YEAR = 2026;
const MIN = 5;
const ALL = "(alle)";
const FILES = generatedExportFiles(20, YEAR, 7);

interface Row {
  offerId: string;
  year: number;
  version: number;
  targetGroup: string;
  method: string;
  suppressed: number;
  [figure: string]: string | number | null;
}

/** A file's rows, read independently of src/domain/sector. */
function rowsOf(name: string, text: string): Row[] {
  const body = text.replace(/^\uFEFF/, "");
  let records: Record<string, unknown>[];
  if (name.endsWith(".json")) records = (JSON.parse(body) as { rows: Record<string, unknown>[] }).rows;
  else {
    const [header, ...lines] = body.split("\r\n").filter((l) => l !== "");
    const cols = header.split(",");
    records = lines.map((l) => {
      const cells = l.split(",");
      return Object.fromEntries(cols.map((c, i) => [c, cells[i] === "" ? null : cells[i]]));
    });
  }
  const num = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : Number(v));
  return records.map((r) => ({
    offerId: String(r.offerId),
    year: Number(r.year),
    version: Number(r.schemaVersion),
    targetGroup: String(r.targetGroup),
    method: String(r.method),
    suppressed: Number(r.suppressed),
    citizens: num(r.citizens),
    goals: num(r.goals),
    achieved: num(r.achieved),
    partial: num(r.partial),
    notAchieved: num(r.notAchieved),
    mean: num(r.mean),
    citizenMean: num(r.citizenMean),
    gasT: num(r.gasT),
    gasCitizens: r.gasCitizens === undefined ? null : num(r.gasCitizens),
  }));
}

const n = (v: string | number | null): number => (v === null ? 0 : Number(v));
const sum = (rows: Row[], key: string): number => rows.reduce((s, r) => s + n(r[key]), 0);
const weighted = (rows: Row[], key: string, weight: string): number | null => {
  const w = rows.filter((r) => r[key] !== null && n(r[weight]) > 0);
  const total = sum(w, weight);
  return total > 0 ? w.reduce((s, r) => s + n(r[key]) * n(r[weight]), 0) / total : null;
};

function expected(current: Row[], previous: Row[]) {
  const published = current.filter((r) => r.suppressed === 0);
  const prev = previous.filter((r) => r.suppressed === 0);
  const citizens = sum(published, "citizens");
  const coverage = {
    offers: new Set(published.map((r) => r.offerId)).size,
    suppressedOffers: new Set(current.filter((r) => r.suppressed === 1).map((r) => r.offerId)).size,
  };
  const previousMean = sum(prev, "citizens") >= MIN ? weighted(prev, "mean", "goals") : null;
  if (citizens < MIN) return { ...coverage, suppressed: 1, citizens: null, mean: null, previousMean };
  const gas = published.filter((r) => r.version === 2 && r.gasT !== null);
  return {
    ...coverage,
    suppressed: 0,
    citizens,
    goals: sum(published, "goals"),
    achieved: sum(published, "achieved"),
    partial: sum(published, "partial"),
    notAchieved: sum(published, "notAchieved"),
    mean: weighted(published, "mean", "goals"),
    citizenMean: weighted(published, "citizenMean", "citizens"),
    gasT: weighted(gas, "gasT", "gasCitizens"),
    previousMean,
  };
}

/** Numbers rounded to 9 decimals, so sums in another order compare equal. */
const rounded = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)));

const dir = tempDir();
const folder = path.join(dir, "eksporter");
mkdirSync(folder);
for (const [name, text] of FILES) writeFileSync(path.join(folder, name), text);
const all = FILES.flatMap(([name, text]) => rowsOf(name, text));
const cur = all.filter((r) => r.year === YEAR);
const last = all.filter((r) => r.year === YEAR - 1);

let json: Record<string, unknown> & {
  byTargetGroup: Array<Record<string, unknown>>;
  byMethod: Array<Record<string, unknown>>;
  targetGroupByMethod: Array<Record<string, unknown>>;
  total: Record<string, unknown>;
  comparison: Array<{ targetGroup: string; sector: number; offers: Array<Record<string, unknown>> }>;
};

beforeAll(async () => {
  const io = captureIo();
  const out = path.join(dir, "sektor.xlsx");
  const jsonFile = path.join(dir, "sektor.json");
  expect(await runCli(["consolidate", folder, "--year", String(YEAR), "--out", out, "--json", jsonFile], io)).toBe(0);
  json = JSON.parse(readFileSync(jsonFile, "utf8"));
});

const pickFigures = (row: Record<string, unknown>, like: object) =>
  Object.fromEntries(Object.keys(like).map((k) => [k, row[k]]));

test("per target group, per method, per target group × method and the total: the figures recomputed from the files", () => {
  const groupsOf = (pred: (r: Row) => boolean, key: (r: Row) => string) =>
    [...new Set(all.filter(pred).map(key))].sort((a, b) => a.localeCompare(b, "da"));
  const isTG = (r: Row) => r.method === ALL && r.targetGroup !== ALL;
  const isM = (r: Row) => r.method !== ALL && r.targetGroup !== ALL;
  const tgs = groupsOf(isTG, (r) => r.targetGroup);
  expect(json.byTargetGroup.map((g) => g.group)).toEqual(tgs);
  for (const g of json.byTargetGroup) {
    const want = expected(
      cur.filter((r) => isTG(r) && r.targetGroup === g.group),
      last.filter((r) => isTG(r) && r.targetGroup === g.group),
    );
    expect([g.group, rounded(pickFigures(g, want))]).toEqual([g.group, rounded(want)]);
  }
  expect(json.byMethod.map((g) => g.group)).toEqual(groupsOf(isM, (r) => r.method));
  for (const g of json.byMethod) {
    const want = expected(
      cur.filter((r) => isM(r) && r.method === g.group),
      last.filter((r) => isM(r) && r.method === g.group),
    );
    expect([g.group, rounded(pickFigures(g, want))]).toEqual([g.group, rounded(want)]);
  }
  expect(json.targetGroupByMethod.length).toBe(
    new Set(all.filter(isM).map((r) => `${r.targetGroup}|${r.method}`)).size,
  );
  for (const c of json.targetGroupByMethod) {
    const match = (r: Row) => r.targetGroup === c.targetGroup && r.method === c.method;
    const want = expected(cur.filter(match), last.filter(match));
    expect([c.targetGroup, c.method, rounded(pickFigures(c, want))]).toEqual([c.targetGroup, c.method, rounded(want)]);
  }
  const isTotal = (r: Row) => r.targetGroup === ALL && r.method === ALL;
  const total = expected(cur.filter(isTotal), last.filter(isTotal));
  expect(rounded(pickFigures(json.total, total))).toEqual(rounded(total));
  // The data are varied enough to test something: suppressed rows, version-1 files and last year.
  expect(cur.some((r) => r.suppressed === 1) && cur.some((r) => r.version === 1) && last.length > 0).toBe(true);
});

test("the funnel: the sector value, each offer's 95 % and 99.8 % limits and its position, recomputed", () => {
  const tgs = [...new Set(cur.filter((r) => r.method === ALL && r.targetGroup !== ALL).map((r) => r.targetGroup))];
  expect(json.comparison.map((c) => c.targetGroup).sort()).toEqual(tgs.sort());
  for (const c of json.comparison) {
    const rows = cur.filter(
      (r) => r.targetGroup === c.targetGroup && r.method === ALL && r.suppressed === 0 && n(r.citizens) > 0,
    );
    const p = rows.reduce((s, r) => s + n(r.citizenMean) * n(r.citizens), 0) / sum(rows, "citizens");
    expect(c.sector).toBeCloseTo(p, 12);
    const clip = (x: number) => Math.min(1, Math.max(0, x));
    const want = rows
      .map((r) => {
        const half = (z: number) => z * Math.sqrt((p * (1 - p)) / n(r.citizens));
        const [lo, hi] = [clip(p - half(3.09)), clip(p + half(3.09))];
        const m = n(r.citizenMean);
        return {
          offerId: r.offerId,
          citizens: r.citizens,
          citizenMean: m,
          lower95: clip(p - half(1.96)),
          upper95: clip(p + half(1.96)),
          lower998: lo,
          upper998: hi,
          position: m > hi ? "over" : m < lo ? "under" : "inden for",
        };
      })
      .sort((a, b) => a.offerId.localeCompare(b.offerId, "da"));
    expect([c.targetGroup, rounded(c.offers)]).toEqual([c.targetGroup, rounded(want)]);
  }
});

type Tamper = "counts" | "suppressedFigure" | "version" | "fraction" | "duplicate";

/** A changed copy of one file's text (CSV or JSON), as someone editing it by hand would leave it. */
function tampered(name: string, text: string, kind: Tamper): string {
  if (kind === "duplicate") return text;
  const edit = (row: Record<string, unknown>, rows: Record<string, unknown>[]): void => {
    if (kind === "counts") row.achieved = Number(row.achieved) + 1;
    if (kind === "fraction") row.mean = 1.5;
    if (kind === "version") for (const r of rows) r.schemaVersion = 3;
    if (kind === "suppressedFigure") {
      row.suppressed = 1;
    }
  };
  if (name.endsWith(".json")) {
    const value = JSON.parse(text) as { schemaVersion: number; rows: Record<string, unknown>[] };
    const row = value.rows.find((r) => Number(r.suppressed) === 0)!;
    edit(row, value.rows);
    if (kind === "version") value.schemaVersion = 3;
    return JSON.stringify(value);
  }
  const [header, ...lines] = text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l !== "");
  const cols = header.split(",");
  const rows = lines.map(
    (l) => Object.fromEntries(l.split(",").map((c, i) => [cols[i], c])) as Record<string, unknown>,
  );
  edit(
    rows.find((r) => r.suppressed === "0")!,
    rows,
  );
  return `\uFEFF${[header, ...rows.map((r) => cols.map((c) => r[c]).join(","))].join("\r\n")}\r\n`;
}

test("a tampered file (or a second file for the same offer and year) refuses the run, names the file, writes nothing", async () => {
  const kinds: Tamper[] = ["counts", "suppressedFigure", "version", "fraction", "duplicate"];
  await fc.assert(
    fc.asyncProperty(fc.nat(FILES.length - 1), fc.constantFrom(...kinds), async (index, kind) => {
      const run = path.join(dir, `run-${index}-${kind}`);
      rmSync(run, { recursive: true, force: true });
      mkdirSync(run);
      for (const [name, text] of FILES) writeFileSync(path.join(run, name), text);
      const [name, text] = FILES[index];
      const bad = `rettet-${name}`;
      if (kind !== "duplicate") rmSync(path.join(run, name));
      writeFileSync(path.join(run, bad), tampered(name, text, kind));
      const out = path.join(dir, `ud-${index}-${kind}.xlsx`);
      const io = captureIo();
      expect(await runCli(["consolidate", run, "--year", String(YEAR), "--out", out], io)).toBe(2);
      const refusals = io.stderr.filter((l) => l.startsWith("Afvist: "));
      expect(refusals.length).toBe(1);
      expect(refusals[0]).toContain(path.join(run, bad));
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(run).length).toBe(FILES.length + (kind === "duplicate" ? 1 : 0));
    }),
    { numRuns: 25, seed: 14 },
  );
});
