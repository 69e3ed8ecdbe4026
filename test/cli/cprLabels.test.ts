/**
 * CPR numbers typed into labels and settings (Afdeling, Metode, Målgruppe, a scale label, Tilbud,
 * TilbudsID, Region) never leave the workbook: `check` reports each as an error on its row without
 * repeating it, the row takes no part, and no output file, stdout or stderr line of any command holds
 * the number. Two workbooks: one with CPR-like labels under valid offer settings, so that the export
 * is really made and can be searched for the numbers, and one whose offer settings are CPR-like too,
 * whose export is refused (settings holding a CPR number are not taken). The export's own guard
 * refuses a row that would carry one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { assertNoCprInExport, ExportRefusedError } from "../../src/domain";
import type { ExportRow } from "../../src/domain";
import { runCli } from "../../src/cli/run";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, tempDir, writeBook } from "./support";

jest.setTimeout(120_000);

const dir = tempDir();
const book = path.join(dir, "cpr-etiketter.xlsx");
/** The same CPR-like labels, but the offer's settings are valid: its export is made. */
const labelBook = path.join(dir, "cpr-kun-etiketter.xlsx");
const CPRS = ["190989-5555", "250595-1212", "010203-4455", "121212-1212", "0707071234", "311290 1234", "150585-4321"];
/** The digits of each number, however it was written. */
const DIGITS = CPRS.map((c) => c.replace(/\D/g, ""));

const leaks = (text: string): string[] => {
  const flat = text.replace(/[^\d]/g, " ");
  return CPRS.filter((c, i) => text.includes(c) || text.includes(c.slice(0, 6)) || flat.includes(DIGITS[i]));
};

/** The worked example with a CPR-like value in a department, a target group, a method and a scale label. */
const withCprLabels = () => {
  const w = workedExampleRows;
  return {
    ...w,
    Skala: [{ Vurdering: `Opnået ${CPRS[1]}`, Værdi: 1 }],
    Borgere: w.Borgere.map((b) =>
      b.BorgerID === "B02"
        ? { ...b, Afdeling: `Autisme ${CPRS[0]}` }
        : b.BorgerID === "B03"
          ? { ...b, Målgruppe: `Autisme ${CPRS[2]}` }
          : b,
    ),
    Maal: w.Maal.map((g) => (g.MålID === "M03" ? { ...g, Metode: `KRAP ${CPRS[6]}` } : g)),
  };
};

beforeAll(async () => {
  await writeBook(book, {
    ...withCprLabels(),
    Indstillinger: [
      { Nøgle: "Tilbud", Værdi: `Bostedet ${CPRS[3]}` },
      { Nøgle: "TilbudsID", Værdi: CPRS[4] },
      { Nøgle: "Region", Værdi: `Region ${CPRS[5]}` },
    ],
  });
  await writeBook(labelBook, withCprLabels());
});

test("check reports every CPR-like label as an error without repeating it", async () => {
  const io = captureIo();
  expect(await runCli(["check", book, "--json"], io)).toBe(1);
  expect(leaks(io.all())).toEqual([]);
  const findings = JSON.parse(io.stdout.join("\n")) as { column: string; message: string }[];
  const columns = findings
    .filter((f) => f.message.includes("Feltet ser ud til at indeholde et CPR-nummer"))
    .map((f) => f.column);
  expect(columns.sort()).toEqual(["Afdeling", "Metode", "Målgruppe", "Vurdering", "Værdi", "Værdi", "Værdi"].sort());
  const text = captureIo();
  await runCli(["check", book], text);
  expect(leaks(text.all())).toEqual([]);
});

test("evaluate, export, status and incidents write and print no CPR number, and the export is made", async () => {
  const runs: string[][] = [
    ["evaluate", labelBook, "--year", "2026", "--out", path.join(dir, "ev.xlsx"), "--json", path.join(dir, "ev.json")],
    ["export", labelBook, "--year", "2026", "--out", path.join(dir, "reg.csv"), "--json", path.join(dir, "reg.json")],
    ["status", labelBook, "--citizen", "B01", "--out", path.join(dir, "st.xlsx")],
    ["incidents", labelBook, "--year", "2026", "--out", path.join(dir, "ha.xlsx"), "--json", path.join(dir, "ha.json")],
  ];
  for (const argv of runs) {
    const io = captureIo();
    expect([argv[0], await runCli(argv, io)]).toEqual([argv[0], 0]);
    expect(leaks(io.all())).toEqual([]);
  }
  // The export was written, and searched below with every other output.
  const csv = readFileSync(path.join(dir, "reg.csv"), "utf8");
  const exported = JSON.parse(readFileSync(path.join(dir, "reg.json"), "utf8")) as {
    rows: { targetGroup: string; method: string }[];
  };
  expect(exported.rows.length).toBeGreaterThan(0);
  expect(csv.split(/\r?\n/).filter((l) => l !== "").length).toBe(exported.rows.length + 1);
  for (const file of readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f))) {
    expect([file, leaks(readFileSync(path.join(dir, file), "utf8"))]).toEqual([file, []]);
  }
  // The CPR-like rows take no part: B02 (department), B03 (target group) and M03 (method) are left out.
  const model = JSON.parse(readFileSync(path.join(dir, "ev.json"), "utf8")) as {
    basis: { leftOut: { sheet: string; row: number }[] };
  };
  expect(model.basis.leftOut.length).toBeGreaterThanOrEqual(3);
});

test("an export whose offer settings are CPR-like is refused, prints no number and writes nothing", async () => {
  const csv = path.join(dir, "afvist.csv");
  const io = captureIo();
  // Settings holding a CPR number are not taken, so the offer has no name, id or region to export under.
  expect(
    await runCli(["export", book, "--year", "2026", "--out", csv, "--json", path.join(dir, "afvist.json")], io),
  ).toBe(2);
  expect(io.stderr.join("\n")).toContain("Eksporten kræver Tilbud, TilbudsID og Region");
  expect(leaks(io.all())).toEqual([]);
  expect(existsSync(csv)).toBe(false);
  expect(existsSync(path.join(dir, "afvist.json"))).toBe(false);
});

test("the sheets written hold no CPR number (every XML part of the copies)", async () => {
  const parts = async (file: string): Promise<Map<string, string>> => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const names = Object.values(zip.files)
      .filter((f) => !f.dir && /\.xml$/.test(f.name))
      .map((f) => f.name);
    return new Map(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as const)));
  };
  const input = await parts(labelBook);
  for (const file of ["ev.xlsx", "st.xlsx", "ha.xlsx"]) {
    // The input's own sheets are copied as they are (the user typed the numbers there); every part
    // that is new or changed in the copy is what the command wrote, and must hold no CPR number.
    const written = [...(await parts(path.join(dir, file)))].filter(([name, xml]) => input.get(name) !== xml);
    expect(written.length).toBeGreaterThan(0);
    for (const [name, xml] of written) expect([file, name, leaks(xml)]).toEqual([file, name, []]);
  }
});

test("the export guard refuses a row carrying a CPR-like value and names the column, not the value", () => {
  const row = { method: "Alle", region: `Nord ${CPRS[0]}` } as unknown as ExportRow;
  expect(() => assertNoCprInExport([row])).toThrow(ExportRefusedError);
  try {
    assertNoCprInExport([row]);
  } catch (e) {
    expect((e as Error).message).toContain("kolonnen region");
    expect(leaks((e as Error).message)).toEqual([]);
  }
  expect(() => assertNoCprInExport([{ method: "KRAP", region: "Nord" } as unknown as ExportRow])).not.toThrow();
});
