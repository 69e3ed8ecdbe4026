/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { day, renderReadyPane, tableRows, wholeText } from "./support/harness";

jest.setTimeout(30_000);

/** Put text in a field the way a user pastes it (typing long texts key by key is slow in jsdom). */
async function fill(
  user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> },
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

async function openCitizen(user: ReturnType<typeof import("@testing-library/user-event").default.setup>, id: string) {
  await user.click(screen.getByRole("button", { name: new RegExp(`^${id}`) }));
  return screen.findByRole("list", { name: `Mål for ${id}` });
}

describe("a citizen's goals", () => {
  test("delmål are nested under their indsatsmål, with the inherited method, deadline and latest follow-up", async () => {
    const { user } = await renderReadyPane();
    const list = await openCitizen(user, "B01");
    const parent = within(list).getByRole("article", { name: /Anna smører selv sin madpakke/ });
    const sub = within(parent).getByRole("list", { name: "Delmål under M01" });
    const child = within(sub).getByRole("article", { name: /lægger selv pålæg frem/ });
    expect(within(child).getByText("Delmål M02")).toBeInTheDocument();
    expect(within(child).getByText("Low Arousal (fra indsatsmålet)")).toBeInTheDocument();
    expect(within(child).getByText("Slutdato").nextElementSibling).toHaveTextContent("30-06-2026");
    expect(within(child).getByText(wholeText("10-05-2026: Ikke opnået (0 %)"))).toBeInTheDocument();
    expect(within(parent).getAllByText(wholeText("01-09-2026: Opnået (100 %)")).length).toBeGreaterThan(0);
  });

  test("each goal shows its six SMORTE letters with spoken labels; a missing evaluation marks E", async () => {
    const { user } = await renderReadyPane();
    const list = await openCitizen(user, "B03");
    const m05 = within(list).getByRole("article", { name: /fællesspisningen/ });
    const marks = within(m05).getByRole("list", { name: "SMORTE-status" });
    expect(within(marks).getAllByRole("listitem")).toHaveLength(6);
    expect(within(marks).getByText("E Evaluerbart: mangler")).toBeInTheDocument();
    expect(within(marks).getByText("S Specifikt: i orden")).toBeInTheDocument();
  });

  test("a goal whose follow-up is past due carries an overdue mark with the days over", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 12, 15) });
    const list = await openCitizen(user, "B02");
    const m03 = within(list).getByRole("article", { name: /træning i klubben/ });
    // Latest follow-up 02-02-2026 + 90 days = 03-05-2026; on 15-12-2026 that is 226 days over.
    expect(within(m03).getAllByText("Forfalden").length).toBeGreaterThan(0);
    expect(within(m03).getByText(wholeText(/03-05-2026 \(226 dage\)/))).toBeInTheDocument();
  });

  test("a goal past its Slutdato shows its final follow-up as missing, never a next date after Slutdato", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 12, 15) });
    const list = await openCitizen(user, "B01");
    // M02 ended 30-06-2026; its latest follow-up is 10-05-2026 (+90 days would be 08-08-2026).
    const m02 = within(list).getByRole("article", { name: /pålæg frem/ });
    expect(within(m02).getAllByText("Slutdato passeret").length).toBeGreaterThan(0);
    expect(within(m02).queryByText(wholeText(/08-08-2026/))).not.toBeInTheDocument();
    expect(within(m02).queryByText("Næste")).not.toBeInTheDocument();
  });
});

describe("the goal form", () => {
  test("SMORTE findings update as the user types, and an incomplete goal can be saved with what it lacks listed", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    await screen.findByRole("heading", { name: "Nyt mål" });
    expect(
      screen.getByText(
        /Mangler: S \(Specifikt\), M \(Målbart\), O \(Opnåeligt\), R \(Relevant\), T \(Tidsbestemt\), E \(Evaluerbart\)/,
      ),
    ).toBeInTheDocument();

    await fill(
      user,
      screen.getByRole("textbox", { name: "Mål" }),
      "Bo laver selv aftensmad i sin lejlighed en gang om ugen.",
    );
    expect(
      await screen.findByText(
        /Mangler: M \(Målbart\), O \(Opnåeligt\), R \(Relevant\), T \(Tidsbestemt\), E \(Evaluerbart\)/,
      ),
    ).toBeInTheDocument();
    await fill(
      user,
      screen.getByRole("textbox", { name: /Succeskriterium/ }),
      "Bo laver aftensmad mindst 1 gang om ugen i 8 uger.",
    );
    expect(
      await screen.findByText(/Mangler: O \(Opnåeligt\), R \(Relevant\), T \(Tidsbestemt\), E \(Evaluerbart\)/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    const title = await screen.findByText("Målet M0006 er gemt (arket Mål, række 7).");
    // One message naming every letter that is not in order, the same letters the goal's card marks.
    const notice = title.closest(".fui-MessageBar") as HTMLElement;
    const named = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.charAt(0));
    const card = screen.getByRole("article", { name: /Bo laver selv aftensmad i sin lejlighed/ });
    const marked = within(within(card).getByRole("list", { name: "SMORTE-status" }))
      .getAllByRole("listitem")
      .filter((li) => !li.getAttribute("title")?.endsWith("i orden"))
      .map((li) => li.getAttribute("title")?.charAt(0));
    expect(named).toEqual(marked);
    expect(named).toEqual(expect.arrayContaining(["O", "R", "T", "E"]));
    const rows = tableRows(adapter.workbook, "Maal") ?? [];
    expect(rows[5]).toMatchObject({
      MålID: "M0006",
      BorgerID: "B02",
      Mål: "Bo laver selv aftensmad i sin lejlighed en gang om ugen.",
    });
  });

  test("the goal text is required by the sheet: saving without it is refused and says so", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    await fill(user, await screen.findByRole("textbox", { name: /Relevans/ }), "Borgerens eget ønske.");
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    expect(await screen.findByText(/Kolonnen Mål skal være udfyldt/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Relevans/ })).toHaveValue("Borgerens eget ønske.");
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
  });

  test("a goal text holding a CPR number is not saved: the field is named and the text kept", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    const text = await screen.findByRole("textbox", { name: "Mål" });
    await fill(user, text, "Bo ringer selv til lægen (cpr 010190-1234) en gang om måneden.");
    expect(text).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    expect(await screen.findByText(/Målet er ikke gemt: Feltet Mål ser ud til/)).toBeInTheDocument();
    expect(text).toHaveValue("Bo ringer selv til lægen (cpr 010190-1234) en gang om måneden.");
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
  });

  test("a delmål is written with its parent and may leave the method to the parent", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B03");
    await user.click(screen.getByRole("button", { name: "Nyt delmål under M04" }));
    await screen.findByRole("heading", { name: "Nyt delmål" });
    expect(screen.getByRole("combobox", { name: /Metode/ })).toHaveDisplayValue("Samme som indsatsmålet (KRAP)");
    await fill(user, screen.getByRole("textbox", { name: "Mål" }), "Carl skriver selv indkøbslisten.");
    await user.click(screen.getByRole("radio", { name: "Ja" }));
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    await screen.findByText(/Målet M0006 er gemt/);
    expect((tableRows(adapter.workbook, "Maal") ?? [])[5]).toMatchObject({
      Overordnet: "M04",
      Metode: "",
      Inddraget: "Ja",
    });
  });

  test("editing a goal changes its own row only", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B03");
    await user.click(screen.getByRole("button", { name: "Redigér M05" }));
    const evaluation = await screen.findByRole("textbox", { name: /Evaluering/ });
    await fill(user, evaluation, "Kontaktpersonen evaluerer med Carl hver 3. måned.");
    await user.click(screen.getByRole("button", { name: "Gem ændringer" }));
    expect(await screen.findByText(/Målet M05 er gemt \(arket Mål, række 6\)/)).toBeInTheDocument();
    const rows = tableRows(adapter.workbook, "Maal") ?? [];
    expect(rows[4]).toMatchObject({ MålID: "M05", Evaluering: "Kontaktpersonen evaluerer med Carl hver 3. måned." });
    expect(rows[3]).toMatchObject({
      MålID: "M04",
      Evaluering: "Antallet tælles i kalenderen og evalueres hver 3. måned.",
    });
  });
});

describe("the goal form's messages", () => {
  test("a number field says it is not a number while it is typed, before Gem", async () => {
    const { user } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    const target = await screen.findByRole("textbox", { name: /Målværdi/ });
    await user.type(target, "fem");
    expect(target).toHaveAttribute("aria-invalid", "true");
    await user.clear(target);
    await user.type(target, "5");
    expect(target).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a blocked save does not also say the goal can be saved anyway", async () => {
    const { user, adapter } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    await screen.findByRole("heading", { name: "Nyt mål" });
    expect(screen.getByText(/Du kan godt gemme målet alligevel/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    expect(await screen.findByText(/Målet er ikke gemt/)).toBeInTheDocument();
    expect(screen.queryByText(/Du kan godt gemme målet alligevel/)).not.toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
  });

  test("an 'undgå' goal is flagged at the Mål field itself as it is typed", async () => {
    const { user } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    const text = await screen.findByRole("textbox", { name: "Mål" });
    await fill(user, text, "Bo skal undgå konflikter i køkkenet.");
    const field = text.closest(".fui-Field") as HTMLElement;
    expect(await within(field).findByText(/noget, der skal undgås/)).toBeInTheDocument();
    expect(text).not.toHaveAttribute("aria-invalid", "true");
    // The finding is told where it is typed; Opnåelighed's own help is about achievability, not wording.
    expect(text).toHaveAccessibleDescription(/noget, der skal undgås/);
    const achievability = screen.getByRole("textbox", { name: "Opnåelighed" });
    expect(achievability).not.toHaveAccessibleDescription(/undgå/);
    expect(achievability).toHaveAccessibleDescription(/kan|støtte/);
  });

  test("empty phrases in Opnåelighed and Relevans and a goal without an activity are flagged in their groups", async () => {
    const { user } = await renderReadyPane();
    await openCitizen(user, "B02");
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    await fill(user, await screen.findByRole("textbox", { name: "Mål" }), "Arbejde med struktur i hverdagen");
    await fill(user, screen.getByRole("textbox", { name: /Opnåelighed/ }), "Det tror vi på");
    await fill(user, screen.getByRole("textbox", { name: /Relevans/ }), "Handleplanen.");
    const group = (letter: string) => screen.getByRole("group", { name: new RegExp(`^${letter} – `) });
    expect(await within(group("S")).findByText(/men ikke hvad borgeren konkret skal gøre/)).toBeInTheDocument();
    expect(within(group("O")).getByText(/Opnåelighed siger ikke hvorfor/)).toBeInTheDocument();
    expect(within(group("R")).getByText(/Relevans siger for lidt/)).toBeInTheDocument();
    expect(within(group("O")).getByText(/bør ses efter/)).toBeInTheDocument();
  });
});
