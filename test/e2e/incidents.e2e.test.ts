/**
 * Registering an episode in a real browser: Debian's Chromium drives the built preview (demo data,
 * clock at the demo's 15-01-2026) from a citizen's page through "Registrér episode" to the open steps,
 * marks a step done, writes the leader's analysis, and scans each view with axe-core at 320 px.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { previewForThisFile, SHOTS, expectText, overflowsSideways, foreignRequests } from "./support/session";

const preview = previewForThisFile();

async function checkView(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(SHOTS, `${name}-320.png`) });
  expect(await overflowsSideways(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
}

test("register an episode from a citizen in a minute, see its open steps, mark one done, write the analysis", async () => {
  const page = await preview.newPage(320);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(preview.url);
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });

  // From a citizen's page: the risk assessment and Registrér episode.
  await page.getByRole("button", { name: /^B0002/ }).click();
  const panel = page.getByRole("region", { name: "Risikovurdering og episoder" });
  await panel.waitFor();
  await checkView(page, "borger-risiko");
  await panel.getByRole("button", { name: "Registrér episode" }).click();
  await page.getByRole("heading", { name: "Registrér episode" }).waitFor();
  expect(await page.getByRole("textbox", { name: /^Dato/ }).inputValue()).toBe("15-01-2026");
  expect(await page.getByRole("textbox", { name: /Tidspunkt/ }).inputValue()).toMatch(/^\d\d:\d\d$/);
  expect(await page.getByRole("combobox", { name: /Borger/ }).inputValue()).toBe("B0002");
  await checkView(page, "registrer-episode");

  // The two large choices and a situation; the rest is optional.
  await page.getByRole("radio", { name: "Borger mod medarbejder" }).check();
  await page.getByRole("radio", { name: "Trusler om vold" }).check();
  await page.getByRole("combobox", { name: /Situation/ }).selectOption("Krav eller afslag");
  const time = page.getByRole("textbox", { name: /Tidspunkt/ });
  await time.fill("07.45");
  await page.getByRole("button", { name: "Registrér", exact: true }).click();
  await page.getByText(/Episoden H\d{4} er registreret på arket Hændelser, række \d+\./).waitFor();
  const id = (/H\d{4}/.exec((await page.getByText(/Episoden H\d{4} er registreret/).innerText()) ?? "") ?? [""])[0];

  // Its open steps, newest first.
  const steps = page.getByRole("list", { name: `Åbne trin for ${id}` });
  await expectText(steps, /Debriefing[\s\S]*Beslut om politianmeldelse[\s\S]*Analyse i arbejdsmiljøgruppen/);
  await checkView(page, "episoder-aabne-trin");
  await steps.getByRole("button", { name: `Debriefing holdt i dag: ${id}` }).click();
  await expectText(steps, /^(?![\s\S]*Debriefing holdt)[\s\S]*Beslut om politianmeldelse/);

  // The leader's analysis, written to its sheet.
  await page.getByRole("tab", { name: "Ledelse" }).click();
  await page.getByRole("tab", { name: "Episoder" }).click();
  await page.getByRole("heading", { name: "Episoder med vold og overgreb" }).waitFor();
  await checkView(page, "episoder-analyse");
  await page.getByRole("button", { name: "Skriv analysen til arket" }).click();
  await page.getByText(/Arket Hændelser 2025 K4 er skrevet\./).waitFor();

  expect(foreignRequests(requests, preview)).toEqual([]);
  await page.close();
});
