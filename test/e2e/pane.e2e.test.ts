/**
 * The task pane in a real browser: Debian's Chromium drives the built preview (demo data, clock at the
 * demo's 15-01-2026) through every main flow, scans each view with axe-core and saves screenshots
 * under test-artifacts/screenshots.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { previewForThisFile, SHOTS, expectText, overflowsSideways, foreignRequests } from "./support/session";

const ROOT = path.resolve(__dirname, "../..");
const NARROW = 320;
const WIDE = 1024;

const preview = previewForThisFile();

/** Open the preview; every request the page makes is recorded. */
async function open(width: number, query = "", height?: number): Promise<{ page: Page; requests: string[] }> {
  const page = await preview.newPage(width, height);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${preview.url}${query}`);
  return { page, requests };
}

async function ready(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });
}

/** axe-core's serious and critical violations on the page as it is now. */

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Text of the pane's main area. */
const mainText = (page: Page): Promise<string> => page.locator("main").innerText();

describe("staff: a citizen, a SMORTE goal and a follow-up, in the browser", () => {
  test("create a citizen, write a goal while the SMORTE findings change, save it, follow up, and it is not overdue", async () => {
    const { page, requests } = await open(NARROW);
    await ready(page);
    await page.getByText("Forhåndsvisning – ingen Excel, demodata").waitFor();

    // A new citizen, with the next free BorgerID proposed.
    await page.getByRole("button", { name: "Ny borger" }).click();
    const id = page.getByRole("textbox", { name: "BorgerID" });
    await expectValue(id, "B0061");
    await page.getByRole("textbox", { name: "Navn" }).fill("Test Testesen");
    await page.getByRole("combobox", { name: "Målgruppe" }).selectOption("Autismespektrum");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await page.getByRole("heading", { name: "B0061 Test Testesen" }).waitFor();

    // A goal: the findings follow the typing.
    await page.getByRole("button", { name: "Nyt mål" }).click();
    const summary = page.getByText(/^Mangler: |^SMORTE-komplet/);
    await expectText(summary, /^Mangler: S \(Specifikt\), M \(Målbart\)/);
    await page
      .getByRole("textbox", { name: "Mål", exact: true })
      .pressSequentially("Test går selv til bager om lørdagen.");
    await expectText(summary, /^Mangler: M \(Målbart\), O/);
    await page
      .getByRole("textbox", { name: "Succeskriterium" })
      .fill("Test går selv til bager mindst 3 lørdage om måneden.");
    await expectText(summary, /^Mangler: O \(Opnåeligt\)/);
    await page.getByRole("textbox", { name: "Opnåelighed" }).fill("Test kender vejen og har gået den med støtte.");
    await page
      .getByRole("textbox", { name: "Relevans" })
      .fill("Tests eget ønske; følger handleplanens mål om selvstændighed.");
    await page.getByRole("radio", { name: "Ja" }).check();
    const end = page.getByRole("textbox", { name: "Slutdato" });
    // Typed, then the user moves on to the next field: leaving the field commits the date (the
    // keyboard test below commits with Enter).
    await end.fill("15-06-2026");
    await page.getByRole("textbox", { name: "Evaluering" }).fill("Kontaktpersonen evaluerer med Test hver 3. måned.");
    await expectText(summary, /^SMORTE-komplet/);
    await page.getByRole("combobox", { name: "Metode" }).selectOption("KRAP");
    await page.getByRole("button", { name: "Gem målet" }).click();
    await page.getByText(/Målet M\d+ er gemt \(arket Mål, række \d+\)\. Det er SMORTE-komplet\./).waitFor();

    // The goal is due from its start date (today) plus 90 days: not overdue.
    const card = page.getByRole("article", { name: /Test går selv til bager/ });
    await expectText(card, /Næste\s*15-04-2026/);

    // A follow-up.
    await card.getByRole("button", { name: /^Følg op på M/ }).click();
    await page.getByRole("radio", { name: "Delvist opnået (50 %)" }).check();
    await page.getByRole("button", { name: "Gem opfølgningen" }).click();
    await page.getByText(/Opfølgningen O\d+ er gemt/).waitFor();
    await expectText(card, /15-01-2026: Delvist opnået \(50 %\)/);
    expect(await card.getByText("Forfalden", { exact: true }).count()).toBe(0);

    // Mine opfølgninger does not list it.
    const goalId = ((await card.getByText(/^Indsatsmål M\d+/).textContent()) ?? "").replace("Indsatsmål ", "");
    await page.getByRole("tab", { name: "Opfølgninger" }).click();
    await page.getByRole("heading", { name: "Mine opfølgninger" }).waitFor();
    expect(await mainText(page)).not.toContain(goalId);

    expect(foreignRequests(requests, preview)).toEqual([]);
    await page.close();
  });

  test("keyboard only: a new citizen is created without the mouse", async () => {
    const { page } = await open(NARROW);
    await ready(page);
    await page.getByRole("searchbox").focus();
    // Search box → (checkbox for discharged citizens) → Ny borger.
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("type"))) === "checkbox")
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ny borger");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Ny borger" }).waitFor();
    // The view opens with focus on its heading; Tab goes on into the form.
    await page.keyboard.press("Tab"); // BorgerID
    await page.keyboard.press("Tab"); // Navn
    await page.keyboard.type("Tastatur Test");
    await page.keyboard.press("Tab"); // Målgruppe
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Gem", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^B0061 Tastatur Test$/ }).waitFor();
    await page.close();
  });
});

describe("keyboard only: goal and follow-up", () => {
  test("a goal with a typed end date and a follow-up, with Tab, arrow keys and Enter only", async () => {
    const { page } = await open(NARROW);
    await ready(page);
    await tabTo(page, page.getByRole("searchbox"));
    await page.keyboard.type("B0006");
    await tabTo(page, page.getByRole("button", { name: /^B0006/ }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^B0006/ }).waitFor();

    await tabTo(page, page.getByRole("button", { name: "Nyt mål" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Nyt mål" }).waitFor();
    await tabTo(page, page.getByRole("textbox", { name: "Mål", exact: true }));
    await page.keyboard.type("Emilie går selv en tur i parken hver søndag.");
    const end = page.getByRole("textbox", { name: "Slutdato" });
    await tabTo(page, end);
    await page.keyboard.type("30-06-2026");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await expectValue(end, "30-06-2026");
    await tabTo(page, page.getByRole("button", { name: "Gem målet" }));
    await page.keyboard.press("Enter");
    await page
      .getByText(/Målet M\d+ er gemt/)
      .first()
      .waitFor();

    const card = page.getByRole("article", { name: /går selv en tur i parken/ });
    await expectText(card, /Slutdato\s*30-06-2026/);
    await tabTo(page, card.getByRole("button", { name: /^Følg op på M/ }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^Følg op på M/ }).waitFor();
    // Tab into the assessment group lands on its first option, the selected "Ingen vurdering"; one step
    // down is the top of the scale, "Opnået".
    await tabTo(page, page.getByRole("radio", { name: "Ingen vurdering" }));
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Opnået (100 %)" }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole("button", { name: "Gem opfølgningen" }));
    await page.keyboard.press("Enter");
    await page.getByText(/Opfølgningen O\d+ er gemt/).waitFor();
    await expectText(card, /15-01-2026: Opnået \(100 %\)/);
    // Focus lands on the goal that was followed up.
    expect(await card.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe("leaders: the annual evaluation and the regional export, in the browser", () => {
  test("create the evaluation sheets, then prepare the export and download the CSV", async () => {
    const { page } = await open(NARROW);
    await ready(page);
    await page.getByRole("tab", { name: "Ledelse" }).click();
    await expectValue(page.getByRole("combobox", { name: "År" }), "2025");
    await page.getByRole("button", { name: "Opret eller opdatér årsevaluering 2025" }).click();
    await page.getByText(/Arkene Årsevaluering 2025 og Grundlag 2025 er skrevet/).waitFor();
    await page.getByRole("button", { name: "Gå til arket Årsevaluering 2025" }).waitFor();

    await page.getByRole("tab", { name: "Eksport" }).click();
    await page.getByRole("heading", { name: "Regional eksport" }).waitFor();
    const status = await page.getByText(/^\d+ rækk(e|er), heraf \d+ skjult\.$/).textContent();
    expect(status).toMatch(/rækker/);
    await page.getByRole("button", { name: "Opret arket Regional rapport 2025" }).click();
    await page.getByText("Arket Regional rapport 2025 er skrevet.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Hent CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("regional-2025.csv");
    const file = path.join(ROOT, "test-artifacts", "regional-2025.csv");
    await download.saveAs(file);
    const csv = readFileSync(file, "utf8");
    expect(csv.startsWith("\uFEFFschemaVersion,region,offerId,year,targetGroup,method,")).toBe(true);
    expect(csv).not.toMatch(/B00\d\d/);
    await page.close();
  });
});

describe("first use in an empty workbook", () => {
  test("one button creates the SMORTE workbook", async () => {
    const { page } = await open(NARROW, "?tom");
    await page.getByRole("heading", { name: "Velkommen til SMORTE" }).waitFor({ timeout: 60_000 });
    await shot(page, "first-use-320");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Opret SMORTE-arbejdsbog" }).click();
    await page.getByText("SMORTE-arbejdsbogen er oprettet").waitFor();
    await ready(page);
    await page.close();
  });

  test("at 320 x 568 the short notice after first use leaves Ny borger on screen", async () => {
    const { page } = await open(NARROW, "?tom", 568);
    await page.getByRole("heading", { name: "Velkommen til SMORTE" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Opret SMORTE-arbejdsbog" }).click();
    await page.getByText("SMORTE-arbejdsbogen er oprettet").waitFor();
    await ready(page);
    const box = await page.getByRole("button", { name: "Ny borger" }).first().boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(568);
    await page.close();
  });
});

/** The main views, each reached from a freshly opened pane. */
const VIEWS: ReadonlyArray<{ name: string; reach: (page: Page) => Promise<void> }> = [
  { name: "borgere", reach: async (page) => void (await page.getByRole("heading", { name: "Borgere" }).waitFor()) },
  {
    name: "borger-maal",
    reach: async (page) => {
      await page.getByRole("button", { name: /^B0006/ }).click();
      await page.getByRole("heading", { name: /^B0006/ }).waitFor();
    },
  },
  {
    name: "maal-formular",
    reach: async (page) => {
      await page.getByRole("button", { name: /^B0006/ }).click();
      await page
        .getByRole("button", { name: /^Redigér M/ })
        .first()
        .click();
      await page.getByRole("heading", { name: /^Redigér M/ }).waitFor();
    },
  },
  {
    name: "opfoelgning",
    reach: async (page) => {
      await page.getByRole("button", { name: /^B0006/ }).click();
      await page
        .getByRole("button", { name: /^Følg op på M/ })
        .first()
        .click();
      await page.getByRole("heading", { name: /^Følg op på M/ }).waitFor();
    },
  },
  {
    name: "mine-opfoelgninger",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Opfølgninger" }).click();
      await page.getByRole("heading", { name: "Mine opfølgninger" }).waitFor();
    },
  },
  {
    name: "aarsevaluering",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Ledelse" }).click();
      await page.getByRole("heading", { name: "Årsevaluering" }).waitFor();
      // The per-method chart arrives with the lazily loaded chart library and draws its bars.
      await page
        .getByRole("figure", { name: /^Diagram: målopfyldelse pr. metode/ })
        .locator("svg rect")
        .first()
        .waitFor();
    },
  },
  {
    name: "maal-historik",
    reach: async (page) => {
      await page.getByRole("button", { name: /^B0006/ }).click();
      await page
        .getByRole("button", { name: /^Vis historik for M/ })
        .first()
        .click();
      await page
        .getByRole("figure", { name: /^Diagram: opfølgninger på M/ })
        .locator("svg")
        .first()
        .waitFor();
    },
  },
  {
    name: "eksport",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Ledelse" }).click();
      await page.getByRole("tab", { name: "Eksport" }).click();
      await page.getByRole("heading", { name: "Regional eksport" }).waitFor();
    },
  },
  {
    name: "indstillinger",
    reach: async (page) => {
      await page.getByRole("tab", { name: "Ledelse" }).click();
      await page.getByRole("tab", { name: "Indstillinger" }).click();
      await page.getByRole("heading", { name: "Indstillinger" }).waitFor();
    },
  },
  {
    name: "fejl",
    reach: async (page) => {
      await page.getByRole("button", { name: "Vis fejl" }).click();
      await page.getByRole("heading", { name: "Fejl i arbejdsbogen" }).waitFor();
    },
  },
];

describe.each([NARROW, WIDE])("every main view at %i px", (width) => {
  test.each(VIEWS.map((v) => [v.name, v] as const))(
    "%s: fits the width, has no serious accessibility violations, screenshot",
    async (name, view) => {
      const { page } = await open(width);
      await ready(page);
      await view.reach(page);
      await page.waitForTimeout(200);
      await shot(page, `${name}-${width}`);
      expect(await overflowsSideways(page)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

/** Press Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, max = 120): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function expectValue(locator: ReturnType<Page["getByRole"]>, value: string): Promise<void> {
  await locator.waitFor();
  for (let i = 0; i < 50; i++) {
    if ((await locator.inputValue()) === value) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await locator.inputValue()).toBe(value);
}
