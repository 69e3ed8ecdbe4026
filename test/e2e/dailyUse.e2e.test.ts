/**
 * Daily use at Excel's narrow pane width (320 px), mostly with the keyboard, in Debian's Chromium on
 * the built preview (demo data, the pane's today 15-01-2026): nothing typed is lost without a
 * question, a CPR number in a note is not saved, dates are typed the short Danish way, the message
 * after saving an incomplete goal is in view and names every letter the card marks, and empty
 * phrases are flagged while they are typed.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { previewForThisFile, SHOTS } from "./support/session";

const HEIGHT = 800;

const preview = previewForThisFile();

async function open(): Promise<Page> {
  const page = await preview.newPage(320, HEIGHT);
  await page.goto(preview.url);
  await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor({ timeout: 60_000 });
  return page;
}

async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function eventually(read: () => Promise<string>, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (pattern.test(await read())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await read()).toMatch(pattern);
}

/** Is the element's top edge on screen? */
const inView = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

/** From the citizens list to an empty goal form of the demo's first citizen, by keyboard. */
async function newGoal(page: Page): Promise<void> {
  await tabTo(page, page.getByRole("button", { name: /^B0001/ }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Nyt mål" }));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Nyt mål" }).waitFor();
}

describe("daily use at 320 px with the keyboard", () => {
  test("a half-written goal: a tab asks, Bliv her keeps the draft (and the notice), Kassér leaves", async () => {
    const page = await open();
    await newGoal(page);
    const text = page.getByRole("textbox", { name: "Mål", exact: true });
    await tabTo(page, text);
    await page.keyboard.type("Bo laver selv");
    await page.getByRole("tab", { name: "Opfølgninger" }).click();
    const question = page.getByRole("alertdialog", { name: "Kassér ændringerne?" });
    await question.waitFor();
    expect(await inView(question)).toBe(true);
    // "Bliv her" has the focus: Enter stays.
    await page.keyboard.press("Enter");
    await question.waitFor({ state: "detached" });
    expect(await text.inputValue()).toBe("Bo laver selv");
    await page.getByRole("heading", { name: "Nyt mål" }).waitFor();

    await page.getByRole("tab", { name: "Opfølgninger" }).click();
    await question.waitFor();
    await page.getByRole("button", { name: "Kassér ændringerne" }).click();
    await page.getByRole("heading", { name: "Nyt mål" }).waitFor({ state: "detached" });
  });

  test("a CPR number in a follow-up note blocks saving and the message names the field", async () => {
    const page = await open();
    await tabTo(page, page.getByRole("button", { name: /^B0001/ }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: /^Følg op på M/ }).first());
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^Følg op på M/ }).waitFor();
    const note = page.getByRole("textbox", { name: /^Note/ });
    await tabTo(page, note);
    await page.keyboard.type("Talte med mor, cpr 010190-1234");
    expect(await note.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("radio", { name: /^Opnået/ }).check();
    await tabTo(page, page.getByRole("button", { name: "Gem opfølgningen" }));
    await page.keyboard.press("Enter");
    const refusal = page.getByText(/Opfølgningen er ikke gemt: Feltet Note/);
    await refusal.waitFor();
    expect(await inView(refusal)).toBe(true);
    expect(await page.getByText(/Opfølgningen .* er gemt/).count()).toBe(0);
    expect(await note.inputValue()).toBe("Talte med mor, cpr 010190-1234");
    expect(await refusal.innerText()).not.toContain("010190");
  });

  test("dates: 1/3/26 and Tab gives 01-03-2026, unreadable text stays and stops the save, the calendar opens on the pane's today", async () => {
    const page = await open();
    await newGoal(page);
    const end = page.getByRole("textbox", { name: "Slutdato" });
    await tabTo(page, end);
    await page.keyboard.type("1/3/26");
    await page.keyboard.press("Tab");
    expect(await end.inputValue()).toBe("01-03-2026");

    await end.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("31-02-2026");
    await page.keyboard.press("Tab");
    expect(await end.inputValue()).toBe("31-02-2026");
    expect(await end.getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.press("Enter"); // on the calendar button: it opens
    const calendar = page.getByRole("dialog", { name: "Kalender: Slutdato" });
    await calendar.waitFor();
    // Invalid text: the calendar shows the pane's today (15-01-2026), with lower-case month names.
    await eventually(() => calendar.innerText(), /januar 2026/);
    expect(await calendar.innerText()).not.toMatch(/Januar/);
    await page.keyboard.press("Escape");
    await calendar.waitFor({ state: "detached" });
    expect(await end.inputValue()).toBe("31-02-2026");

    const text = page.getByRole("textbox", { name: "Mål", exact: true });
    await tabTo(page, text);
    await page.keyboard.type("Bo laver selv aftensmad en gang om ugen.");
    await tabTo(page, page.getByRole("button", { name: "Gem målet" }));
    await page.keyboard.press("Enter");
    const blocked = page.getByText(/Ikke gemt: feltet Slutdato/);
    await blocked.waitFor();
    expect(await inView(blocked)).toBe(true);
    expect(await end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await end.inputValue()).toBe("31-02-2026");
    await page.screenshot({ path: path.join(SHOTS, "dato-fejl-320.png") });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("saving an incomplete goal: one message, in view, naming every letter the card marks", async () => {
    const page = await open();
    await newGoal(page);
    const text = page.getByRole("textbox", { name: "Mål", exact: true });
    await tabTo(page, text);
    await page.keyboard.type("Bo skal undgå konflikter i køkkenet");
    // "undgå" is shown at the Mål field itself while it is typed.
    const goalField = page.locator(".fui-Field").filter({ has: text });
    await eventually(() => goalField.innerText(), /undgås/);
    await tabTo(page, page.getByRole("textbox", { name: /^Opnåelighed/ }));
    await page.keyboard.type("Det tror vi på");
    await tabTo(page, page.getByRole("textbox", { name: /^Relevans/ }));
    await page.keyboard.type("Handleplanen.");
    const oGroup = page.getByRole("group", { name: /^O – / });
    await eventually(() => oGroup.innerText(), /bør ses efter/);
    const rGroup = page.getByRole("group", { name: /^R – / });
    await eventually(() => rGroup.innerText(), /bør ses efter/);

    const target = page.getByRole("textbox", { name: /^Målværdi/ });
    await tabTo(page, target);
    await page.keyboard.type("fem");
    expect(await target.getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");

    await tabTo(page, page.getByRole("button", { name: "Gem målet" }));
    await page.keyboard.press("Enter");
    const title = page.getByText(/^Målet M\d+ er gemt/);
    await title.waitFor();
    const notice = page.locator(".fui-MessageBar").filter({ has: title });
    expect(await inView(notice)).toBe(true);
    const named = (await notice.getByRole("listitem").allInnerTexts()).map((t) => t.trim().charAt(0));
    const card = page.getByRole("article", { name: /Bo skal undgå konflikter/ });
    const marked = (
      await card
        .getByRole("list", { name: "SMORTE-status" })
        .getByRole("listitem")
        .evaluateAll((items) => items.map((li) => li.getAttribute("title") ?? ""))
    )
      .filter((t) => !t.endsWith("i orden"))
      .map((t) => t.charAt(0));
    expect(named).toEqual(marked);
    expect(named).toEqual(expect.arrayContaining(["M", "O", "R", "T", "E"]));
    await page.screenshot({ path: path.join(SHOTS, "maal-gemt-besked-320.png") });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a 300-character name does not fill the heading, and dates on the goal cards stay on one line", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Ny borger" }).click();
    const name = "Lang ".repeat(60).trim();
    await page.getByRole("textbox", { name: "Navn" }).fill(name);
    await page.getByRole("combobox", { name: "Målgruppe" }).selectOption("Autismespektrum");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    const heading = page.getByRole("heading", { name: /^B\d+ Lang Lang/ });
    await heading.waitFor();
    const box = await heading.boundingBox();
    expect(box?.height ?? 0).toBeLessThan(120);
    expect(await heading.getAttribute("title")).toContain(name);
    await page.getByRole("button", { name: "Nyt mål" }).waitFor();
    expect(await inView(page.getByRole("button", { name: "Nyt mål" }))).toBe(true);

    await page.goto(preview.url);
    await page.getByRole("button", { name: /^B0001/ }).click();
    const card = page.getByRole("article").first();
    await card.waitFor();
    const lines = await card
      .locator("dd span")
      .evaluateAll((spans) =>
        spans.filter((s) => /^\d{2}-\d{2}-\d{4}$/.test(s.textContent ?? "")).map((s) => s.getClientRects().length),
      );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
  });
});
