/**
 * `npm run bench -- office`: the Office adapter inside the fake Excel, which measures every sync's
 * request and response as the JSON Office sends and refuses what Excel on the web refuses (above
 * 5 MB, or 5,000,000 cells). For N = 1,000 … 100,000 follow-ups with 300-character notes it prints,
 * per scenario, the syncs and the largest request and response: `open` (the pane's first read),
 * `save-followup` (a new follow-up written and its row read back), `colleague-edit` (one cell of
 * another row changes; the pane reads that row) and `evaluate` (the annual evaluation read and written).
 * Prints one JSON object per line; asserts nothing.
 */
import { a1 } from "../src/workbook/layout/grid";
import { resolveSeed } from "../src/workbook/memory/seed";
import { OfficeWorkbookAdapter } from "../src/workbook/office/adapter";
import type { ExcelRunner } from "../src/workbook/office/run";
import { runEvaluation } from "../src/workbook/services";
import { bigSeed } from "../test/support/bigWorkbook";
import { FakeExcel } from "../test/support/fakeExcel";
import type { RunRecord } from "../test/support/fakeExcel";

const SIZES = [1_000, 10_000, 40_000, 100_000];
const NOTE_CHARS = 300;

function fakeOf(n: number): FakeExcel {
  const fake = new FakeExcel();
  for (const t of resolveSeed(bigSeed(n, NOTE_CHARS))) {
    const rows = t.rows.map((r) => r.map((v) => v ?? "") as Array<string | number | boolean>);
    fake.state.addTable(t.sheet, t.name, a1(t.row, t.col), t.headers, rows);
  }
  return fake;
}

function line(scenario: string, n: number, runs: readonly RunRecord[]): string {
  const requests = runs.flatMap((r) => r.requestBytes);
  const responses = runs.flatMap((r) => r.responseBytes);
  return JSON.stringify({
    bench: "office",
    scenario,
    followUps: n,
    noteChars: NOTE_CHARS,
    syncs: runs.reduce((s, r) => s + r.syncs, 0),
    maxRequestBytes: Math.max(0, ...requests),
    maxResponseBytes: Math.max(0, ...responses),
    totalBytes: [...requests, ...responses].reduce((s, b) => s + b, 0),
  });
}

export async function run(): Promise<void> {
  for (const n of SIZES) {
    const fake = fakeOf(n);
    const port = new OfficeWorkbookAdapter({
      run: fake.run as unknown as ExcelRunner,
      removeHandler: async () => undefined,
    });
    const since = (): (() => RunRecord[]) => {
      const start = fake.runs.length;
      return () => fake.runs.slice(start);
    };

    let runs = since();
    await port.readAll({ columns: "lists" });
    console.log(line("open", n, runs()));

    runs = since();
    const saved = await port.upsert(
      "Opfoelgning",
      { followUpId: "O-ny", goalId: "M1", date: 45800, assessment: "Opnået", note: "Ny note" },
      { mode: "insert" },
    );
    await port.readRows("Opfoelgning", saved.row, saved.row, { columns: "lists" });
    console.log(line("save-followup", n, runs()));

    // A colleague changes one cell of another row; the pane reads that row again.
    const t = fake.state.table("Opfoelgning")!;
    fake.state.setCell(t.sheet, t.row + 5, t.col + 3, { value: "Opnået" });
    runs = since();
    await port.readRows("Opfoelgning", t.row + 5, t.row + 5, { columns: "lists" });
    console.log(line("colleague-edit", n, runs()));

    runs = since();
    await runEvaluation(port, 2025, { now: new Date(2026, 0, 15, 10, 0) });
    console.log(line("evaluate", n, runs()));
  }
}
