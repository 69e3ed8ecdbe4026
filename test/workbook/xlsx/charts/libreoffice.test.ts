/**
 * LibreOffice must find the charts: files written by the .xlsx writer are converted headless to .ods,
 * and every chart has to come out as an embedded chart object of its kind. Covers all four kinds and
 * the evaluation workbook `evaluate` writes from a user's file. Runs only where `soffice` is on PATH;
 * elsewhere it says it skipped, like test/cli/libreoffice.test.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../../../src/cli/run";
import { XlsxWorkbookAdapter } from "../../../../src/workbook/xlsx/adapter";
import { odsChartClasses } from "../../../../scripts/libreoffice-parts";
import { workedExampleRows } from "../../../fixtures/workedExample";
import { captureIo, tempDir, writeBook } from "../../../cli/support";
import { seedXlsxBytes } from "../seedXlsx";
import { FOUR_CHARTS } from "./fourCharts";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) {
  console.log("LibreOffice (soffice) er ikke på PATH: LibreOffice-tjekket af diagrammerne springes over.");
}

/** The chart classes LibreOffice finds in an .xlsx file. */
function chartsFound(file: string, dir: string): Promise<string[]> {
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profil")}`,
      "--headless",
      "--convert-to",
      "ods",
      "--outdir",
      dir,
      file,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice: ${run.stderr}`);
  const ods = path.join(dir, `${path.basename(file, ".xlsx")}.ods`);
  return odsChartClasses(new Uint8Array(readFileSync(ods)));
}

(hasSoffice ? test : test.skip)(
  "LibreOffice finds a bar, a column, a line and a scatter chart on a sheet grafted into a user's file",
  async () => {
    const dir = tempDir();
    const adapter = await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes({ Borgere: [{ BorgerID: "B01" }] }));
    await adapter.writeSheet(FOUR_CHARTS);
    const file = path.join(dir, "diagrammer.xlsx");
    writeFileSync(file, await adapter.toBuffer());
    // LibreOffice calls bar and column charts both "bar" (a column chart is a vertical bar chart).
    expect(await chartsFound(file, dir)).toEqual(["chart:bar", "chart:bar", "chart:line", "chart:scatter"]);
  },
  240_000,
);

(hasSoffice ? test : test.skip)(
  "the evaluation workbook evaluate writes from a user's file has its chart of fulfilment per method",
  async () => {
    const dir = tempDir();
    const book = path.join(dir, "bog.xlsx");
    await writeBook(book, workedExampleRows);
    const out = path.join(dir, "aarsevaluering.xlsx");
    expect(await runCli(["evaluate", book, "--year", "2026", "--out", out], captureIo())).toBe(0);
    expect(await chartsFound(out, dir)).toEqual(["chart:bar"]);
  },
  240_000,
);
