/**
 * Dates and figures as drawn at Excel's narrow pane width (320 px), in Debian's Chromium on the built
 * preview with the demo data: in every view that shows dates or signed figures, no date breaks over two
 * lines and no negative figure is written with a hyphen instead of the minus sign.
 */
import type { Page } from "playwright-core";
import { shownTextFaults } from "./support/shownText";
import { previewForThisFile } from "./support/session";

const preview = previewForThisFile();

interface Seen {
  dates: number;
  readonly faults: string[];
}

/** Note the view's faults under its name, and count the dates it drew. */
async function expectClean(page: Page, view: string, seen: Seen): Promise<void> {
  await page.waitForTimeout(150);
  const faults = await shownTextFaults(page);
  seen.dates += faults.datesSeen;
  for (const t of faults.brokenDates) seen.faults.push(`${view}: dato over to linjer i "${t}"`);
  for (const t of faults.hyphenMinus) seen.faults.push(`${view}: bindestreg som minus i "${t}"`);
}

test("no date breaks over two lines and every minus is U+2212, view by view at 320 px", async () => {
  const page = await preview.newPage(320);
  await page.goto(preview.url);
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });
  const seen: Seen = { dates: 0, faults: [] };

  await page.getByRole("button", { name: /^B0001/ }).click();
  await page.getByRole("article").first().waitFor();
  await expectClean(page, "borgerens side", seen);

  await page
    .getByRole("button", { name: /^Følg op på M/ })
    .first()
    .click();
  await page.getByRole("heading", { name: /^Følg op på M/ }).waitFor();
  await expectClean(page, "opfølgning med tidligere opfølgninger", seen);

  await page.getByRole("tab", { name: "Opfølgninger" }).click();
  const question = page.getByRole("button", { name: "Kassér ændringerne" });
  if (await question.isVisible()) await question.click();
  await page.getByRole("list", { name: "Opfølgninger" }).waitFor();
  await expectClean(page, "mine opfølgninger", seen);

  await page.getByRole("tab", { name: "Borgere" }).click();
  await page.getByRole("button", { name: /^B0002/ }).click();
  await page.getByRole("region", { name: "Risikovurdering og episoder" }).waitFor();
  await expectClean(page, "borger med risikovurdering", seen);

  await page.getByRole("tab", { name: "Ledelse" }).click();
  await page.getByRole("heading", { name: "Årsevaluering" }).waitFor();
  const year = page.getByRole("combobox", { name: /År/ });
  await year.selectOption("2026");
  await page.getByText(/Foreløbige tal: 2026 er ikke slut/).waitFor();
  await expectClean(page, "årsevaluering 2026 (foreløbig)", seen);
  await year.selectOption("2025");
  await page.getByRole("button", { name: "Opret eller opdatér årsevaluering 2025" }).click();
  await page.getByRole("list", { name: "Handleplan 2025" }).waitFor({ timeout: 60_000 });
  await expectClean(page, "årsevaluering 2025 med handleplan", seen);

  await page.getByRole("tab", { name: "Eksport" }).click();
  await page.waitForTimeout(300);
  await expectClean(page, "eksport", seen);

  await page.getByRole("tab", { name: "Episoder" }).click();
  await page.getByRole("heading", { name: "Episoder med vold og overgreb" }).waitFor();
  await expectClean(page, "episoder", seen);

  expect(seen.faults).toEqual([]);
  // The check looked at dates at all: the goal cards, the follow-up table and the list draw many.
  expect(seen.dates).toBeGreaterThan(20);
  await page.close();
});
