/**
 * The README's pictures of the reports as a spreadsheet application renders them: runs the demo,
 * writes the status report of one demo citizen, prints the "Årsevaluering Y" and "Status ID" sheets to
 * PDF with LibreOffice (headless; only that sheet visible) and turns the page with the evaluation's
 * chart, and the status report's first page, into PNGs in docs/screenshots/.
 *   npx tsx scripts/report-images.ts
 * Needs soffice and pdftoppm (apt-get install -y libreoffice-calc-nogui poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onlySheet } from "./libreoffice-parts";

const ROOT = path.join(__dirname, "..");
const SHOTS = path.join(ROOT, "docs", "screenshots");
const work = mkdtempSync(path.join(os.tmpdir(), "smorte-images-"));
const profile = `-env:UserInstallation=file://${path.join(work, "profil")}`;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** PDF of one sheet of a workbook, page `page` as PNG at `out`. */
async function sheetPage(book: string, sheet: string, page: number, out: string): Promise<void> {
  const single = path.join(work, `${path.basename(out, ".png")}.xlsx`);
  writeFileSync(single, await onlySheet(new Uint8Array(readFileSync(book)), sheet));
  run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", work, single]);
  const pdf = single.replace(/\.xlsx$/, ".pdf");
  const prefix = path.join(work, path.basename(out, ".png"));
  run("pdftoppm", ["-png", "-r", "90", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  renameSync(`${prefix}.png`, out);
}

async function main(): Promise<void> {
  const demo = path.join(work, "demo");
  run("npx", ["tsx", "src/cli/main.ts", "demo", "--out", demo]);
  const status = path.join(work, "status.xlsx");
  run("npx", [
    "tsx",
    "src/cli/main.ts",
    "status",
    path.join(demo, "smorte-demo.xlsx"),
    "--citizen",
    "B0001",
    "--from",
    "01-01-2025",
    "--to",
    "31-12-2025",
    "--out",
    status,
  ]);
  // Page 2 of the evaluation holds the chart of fulfilment per method.
  await sheetPage(
    path.join(demo, "aarsevaluering-2025.xlsx"),
    "Årsevaluering 2025",
    2,
    path.join(SHOTS, "aarsevaluering-libreoffice.png"),
  );
  await sheetPage(status, "Status B0001", 1, path.join(SHOTS, "status-libreoffice.png"));
  process.stdout.write(`Billederne er gemt i ${SHOTS}.\n`);
}

main()
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
