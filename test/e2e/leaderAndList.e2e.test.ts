/**
 * The overdue list's kinds and the leader's view in a real browser (the built preview, demo data,
 * clock at the demo's 15-01-2026): the list's kinds in order of urgency and the way back to the list
 * after a follow-up, a running year marked foreløbig, the action plan's Status changed in the pane,
 * and the export refused without the offer's identity.
 */
import type { Page } from "playwright-core";
import { previewForThisFile } from "./support/session";

const NARROW = 320;
const preview = previewForThisFile();

async function open(query = ""): Promise<Page> {
  const page = await preview.newPage(NARROW);
  await page.goto(`${preview.url}${query}`);
  return page;
}

async function ready(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });
}

/** How urgent each kind is, most urgent first (the order the list promises). */
const URGENCY: Record<string, number> = { overdue: 0, finalFollowUp: 0, readyToClose: 1, due: 2 };

describe("the overdue list", () => {
  test("shows goals past Slutdato as their own kinds, most urgent first, and Følg op returns to the list", async () => {
    const page = await open();
    await ready(page);
    await page.getByRole("tab", { name: "Opfølgninger" }).click();
    const list = page.getByRole("list", { name: "Opfølgninger" });
    await list.waitFor();
    const kinds = await list.locator("li").evaluateAll((items) => items.map((i) => i.getAttribute("data-kind") ?? ""));
    expect(kinds.length).toBeGreaterThan(0);
    // The demo, as a real offer: some goals wait for their final follow-up or to be closed.
    expect(kinds).toEqual(expect.arrayContaining(["finalFollowUp", "readyToClose"]));
    const ranks = kinds.map((k) => URGENCY[k]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // No goal in the list is years late: the demo's staff closed or extended old goals.
    const text = await list.innerText();
    for (const m of text.matchAll(/\((\d+) dage\)/g)) expect(Number(m[1])).toBeLessThan(700);

    const first = list.locator("li").first();
    await first.getByRole("button", { name: /^(Følg op|Afsluttende opfølgning) på M/ }).click();
    await page.getByRole("heading", { name: /^Følg op på M/ }).waitFor();
    await page.getByRole("radio", { name: /^Delvist opnået/ }).check();
    await page.getByRole("button", { name: "Gem opfølgningen" }).click();
    await page.getByText(/Opfølgningen O\d+ er gemt/).waitFor();
    await page.getByRole("heading", { name: "Mine opfølgninger" }).waitFor();
    await page.close();
  });
});

describe("the leader's view", () => {
  test("a running year is foreløbig with the date its data reach", async () => {
    const page = await open();
    await ready(page);
    await page.getByRole("tab", { name: "Ledelse" }).click();
    await page.getByRole("heading", { name: "Årsevaluering" }).waitFor();
    await page.getByRole("combobox", { name: /År/ }).selectOption("2026");
    await page.getByText(/Foreløbige tal: 2026 er ikke slut/).waitFor();
    expect(await page.getByText(/til og med \d\d-01-2026/).count()).toBeGreaterThan(0);
    await page.getByRole("combobox", { name: /År/ }).selectOption("2025");
    await page.getByText(/^2025 bygger på \d+ borgere/).waitFor();
    expect(await page.getByText(/Foreløbige tal/).count()).toBe(0);
    await page.close();
  });

  test("the action plan the evaluation wrote is shown and its Status changed in the pane", async () => {
    const page = await open();
    await ready(page);
    await page.getByRole("tab", { name: "Ledelse" }).click();
    await page.getByRole("button", { name: "Opret eller opdatér årsevaluering 2025" }).click();
    const plan = page.getByRole("list", { name: "Handleplan 2025" });
    await plan.waitFor({ timeout: 60_000 });
    const status = plan.getByRole("combobox").first();
    await status.selectOption("I gang");
    await page.getByText(/Status er sat til I gang/).waitFor();
    expect(await plan.getByRole("combobox").first().inputValue()).toBe("I gang");
    await page.close();
  });

  test("the export is refused in an empty workbook until Tilbud, TilbudsID and Region are filled in", async () => {
    const page = await open("?tom");
    await page.getByText("Forhåndsvisning – ingen Excel, tom arbejdsbog").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Opret SMORTE-arbejdsbog" }).click();
    await ready(page);
    await page.getByRole("tab", { name: "Ledelse" }).click();
    await page.getByRole("tab", { name: "Eksport" }).click();
    const refusal = page.getByText(/Eksporten kræver/);
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/TilbudsID.*Region.*Indstillinger/s);
    expect(await page.getByRole("button", { name: "Hent CSV" }).isDisabled()).toBe(true);
    await page.close();
  });
});
