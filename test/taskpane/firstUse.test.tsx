/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { exampleTables, renderPane, tableRows } from "./support/harness";

jest.setTimeout(30_000);

describe("first use", () => {
  test("an empty workbook offers one button that creates the SMORTE workbook", async () => {
    const { user, adapter } = await renderPane({ tables: {} });
    await screen.findByRole("heading", { name: "Velkommen til SMORTE" });
    await user.click(screen.getByRole("button", { name: "Opret SMORTE-arbejdsbog" }));
    expect(await screen.findByText(/^SMORTE-arbejdsbogen er oprettet\./)).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Hovedmenu" })).toBeInTheDocument();
    expect(adapter.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Borgere", "Mål", "Opfølgning", "Metoder", "Målgrupper", "Indstillinger"]),
    );
    expect(screen.getByText("Der er ingen borgere endnu. Tilføj den første med Ny borger.")).toBeInTheDocument();
  });

  test("a workbook with part of SMORTE lists what is missing, says nothing of theirs is touched, and adds it", async () => {
    const tables = exampleTables();
    for (const row of tables.Maal) delete row["Vægt"];
    const { user, adapter } = await renderPane({ tables });
    await screen.findByRole("heading", { name: "SMORTE mangler noget i arbejdsbogen" });
    expect(screen.getByText("Kolonnen Vægt i tabellen Maal (arket Mål)")).toBeInTheDocument();
    expect(
      screen.getByText(/Jeres data, rækker, ekstra kolonner og formler bliver ikke ændret eller flyttet/),
    ).toBeInTheDocument();
    const before = tableRows(adapter.workbook, "Maal") ?? [];
    await user.click(screen.getByRole("button", { name: "Tilføj det manglende" }));
    await screen.findByText(/^Det manglende er tilføjet\./);
    const after = tableRows(adapter.workbook, "Maal") ?? [];
    expect(after.map((r) => r["Mål"])).toEqual(before.map((r) => r["Mål"]));
    expect(Object.keys(after[0])).toContain("Vægt");
  });

  test("a missing required column blocks the pane until it is added", async () => {
    const tables = exampleTables();
    for (const row of tables.Opfoelgning) delete row["Dato"];
    await renderPane({ tables });
    await screen.findByText("Kolonnen Dato i tabellen Opfoelgning (arket Opfølgning)");
    expect(screen.queryByRole("button", { name: "Fortsæt uden at ændre noget" })).not.toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Hovedmenu" })).not.toBeInTheDocument();
  });
});

describe("the notice after first use is short", () => {
  test("what was added is folded away, the notice comes before Ny borger, and it opens on request", async () => {
    const { user } = await renderPane({ tables: {} });
    await screen.findByRole("heading", { name: "Velkommen til SMORTE" });
    await user.click(screen.getByRole("button", { name: "Opret SMORTE-arbejdsbog" }));
    const title = await screen.findByText(/^SMORTE-arbejdsbogen er oprettet\./);
    const notice = title.closest("[role=group], .fui-MessageBar") as HTMLElement;
    const added = within(notice).getAllByRole("listitem", { hidden: true });
    expect(added.length).toBeGreaterThan(3);
    for (const item of added) expect(item).not.toBeVisible();
    const newCitizen = screen.getByRole("button", { name: "Ny borger" });
    // The notice stands before the action, and is only a few lines until opened.
    expect(notice.compareDocumentPosition(newCitizen) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(notice).getByText(/^Vis, hvad der blev gjort/));
    for (const item of added) expect(item).toBeVisible();
  });
});

describe("first use when something cannot be added", () => {
  test("the pane says what could not be added and why, and still offers the rest", async () => {
    const tables = exampleTables();
    for (const row of tables.Maal) delete row["Vægt"];
    const { user, adapter } = await renderPane({ tables });
    await screen.findByRole("heading", { name: "SMORTE mangler noget i arbejdsbogen" });
    jest.spyOn(adapter, "ensureTemplate").mockResolvedValueOnce({
      added: [],
      problems: [
        "Kolonnen Vægt kan ikke tilføjes til tabellen Maal på arket Mål: cellerne til højre for tabellen er i brug.",
      ],
    });
    await user.click(screen.getByRole("button", { name: "Tilføj det manglende" }));
    expect(await screen.findByText(/cellerne til højre for tabellen er i brug/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tilføj det manglende" })).toBeEnabled();
  });
});
