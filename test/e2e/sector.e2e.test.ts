/**
 * Putting offers' exports together in a real browser: Debian's Chromium drives the built preview
 * (demo workbook) to Ledelse → Sektor, picks three generated export files with the file picker
 * (setInputFiles), sees the offers read, writes Sektor 2026 and sees the comparison; a tampered file is
 * refused with its file and row and nothing can be written. No request leaves the page's own server,
 * the view fits 320 px and axe finds nothing serious.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { generatedExportFiles } from "../support/sectorFiles";
import { seriousViolations } from "./support/axe";
import { previewForThisFile, SHOTS, overflowsSideways, foreignRequests } from "./support/session";

const preview = previewForThisFile();
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "smorte-sector-e2e-"));
  // Three offers' files of 2026 (a version-2 CSV, a version-2 JSON and a CSV), as the offers send them.
  files = generatedExportFiles(3, 2026)
    .filter(([name]) => name.includes("-2026."))
    .map(([name, text]) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    });
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openSector(page: Page): Promise<void> {
  await page.goto(preview.url);
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Ledelse" }).click();
  await page.getByRole("tab", { name: "Sektor" }).click();
  await page.getByRole("heading", { name: "Saml tilbuddenes eksporter" }).waitFor();
}

test("pick three offers' exports, see them read, write Sektor 2026 and see the comparison", async () => {
  expect(files).toHaveLength(3);
  const page = await preview.newPage(320);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await openSector(page);

  await page.getByLabel("Tilbuddenes eksportfiler").setInputFiles(files);
  await page.getByText("3 filer valgt: 3 godkendt, 0 afvist.").waitFor();
  expect(await page.getByRole("list", { name: "Læste tilbud pr. år" }).innerText()).toContain(
    "Læst for 2026: 3 tilbud (T-01, T-02, T-03).",
  );
  expect(await page.getByRole("combobox", { name: "År" }).inputValue()).toBe("2026");
  await page.waitForTimeout(200);
  expect(await overflowsSideways(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Skriv arket Sektor 2026" }).click();
  await page.getByText(/Arket Sektor 2026 er skrevet: 3 tilbud, \d+ målgruppe/).waitFor();
  const autism = page.getByRole("list", { name: "Tilbuddene i Autisme" });
  await autism.waitFor();
  expect(await autism.getByRole("listitem").count()).toBe(3);
  expect(await autism.innerText()).toMatch(/T-01[\s\S]*(Inden for|Over|Under)/);
  await page.getByRole("button", { name: "Gå til arket Sektor 2026" }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SHOTS, "sektor-320.png"), fullPage: true });
  expect(await overflowsSideways(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing left the machine: every request went to the preview's own server.
  expect(foreignRequests(requests, preview)).toEqual([]);
  await page.close();
});

test("a tampered file is refused with its file and row, and the sheet cannot be written", async () => {
  const page = await preview.newPage(320);
  await openSector(page);
  const tampered = path.join(dir, "tilbud-01-rettet.csv");
  // The offer's first data row claims more achieved goals than it has goals.
  const lines = readFileSync(files[0], "utf8").split("\r\n");
  const cells = lines[1].split(",");
  cells[8] = String(Number(cells[7]) + 1);
  lines[1] = cells.join(",");
  writeFileSync(tampered, lines.join("\r\n"));
  await page.getByLabel("Tilbuddenes eksportfiler").setInputFiles([tampered, files[1], files[2]]);
  await page.getByText("3 filer valgt: 2 godkendt, 1 afvist.").waitFor();
  expect(await page.getByText(/tilbud-01-rettet\.csv, række 1: /).count()).toBe(1);
  expect(await page.getByRole("button", { name: /Skriv arket/ }).isDisabled()).toBe(true);
  await page.close();
});
