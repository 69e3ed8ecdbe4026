/** @jest-environment jsdom */
/**
 * A big offer: 2,000 citizens and 20,000 goals. The pane reads it once and renders one page of a list
 * at a time, so searching and opening a citizen stay quick however long the lists are.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import type { RawRow } from "../../src/domain";
import { day, exampleTables, renderReadyPane } from "./support/harness";

jest.setTimeout(60_000);

function bigTables(): Record<string, RawRow[]> {
  const base = exampleTables();
  const citizens: RawRow[] = [];
  const goals: RawRow[] = [];
  for (let c = 1; c <= 2000; c++) {
    const citizenId = `B${String(c).padStart(4, "0")}`;
    citizens.push({
      BorgerID: citizenId,
      Navn: `Borger ${c}`,
      Målgruppe: c % 2 ? "Udviklingshæmning" : "Autismespektrum",
      Afdeling: `Hus ${c % 7}`,
      Indskrevet: day(2020, 1, 1),
      Udskrevet: "",
      Kontaktperson: `Medarbejder ${c % 40}`,
    });
    for (let g = 1; g <= 10; g++) {
      goals.push({
        MålID: `M${String((c - 1) * 10 + g).padStart(5, "0")}`,
        BorgerID: citizenId,
        Overordnet: "",
        Måltype: "Udvikle",
        Mål: `Borger ${c} øver dagligdagens opgave nummer ${g} selv.`,
        Succeskriterium: "Mindst 3 gange om ugen.",
        Opnåelighed: "Har klaret det før med støtte.",
        Relevans: "Borgerens eget ønske.",
        Startdato: day(2026, 1, 1),
        Slutdato: day(2026, 12, 1),
        Evaluering: "Hver 3. måned.",
        Metode: g % 2 ? "KRAP" : "Low Arousal",
        Udgangspunkt: "",
        Målværdi: "",
        Vægt: "",
        Interval: "",
        Inddraget: "Ja",
        Ansvarlig: `Medarbejder ${c % 40}`,
        Status: "Aktiv",
      });
    }
  }
  return { ...base, Borgere: citizens, Maal: goals, Opfoelgning: [] };
}

describe("a big workbook", () => {
  test("2,000 citizens and 20,000 goals: read once, one page of 25 shown, search and paging work", async () => {
    const tables = bigTables();
    const { user, store } = await renderReadyPane({ tables, today: day(2026, 2, 1) });
    expect(store.getState().data?.goals).toHaveLength(20_000);
    const list = screen.getByRole("list", { name: "Borgere" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    expect(screen.getByText("Viser 25 af 2.000 borgere")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Vis 25 flere" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);

    await user.type(screen.getByRole("searchbox", { name: /Søg efter borger/ }), "B1999");
    expect(await screen.findByText("Viser 1 af 1 borger")).toBeInTheDocument();
    await user.click(within(list).getByRole("button", { name: /^B1999/ }));
    const goals = await screen.findByRole("list", { name: "Mål for B1999" });
    expect(within(goals).getAllByRole("article")).toHaveLength(10);
  });

  test("Mine opfølgninger pages through thousands of due goals", async () => {
    const { user } = await renderReadyPane({ tables: bigTables(), today: day(2026, 4, 1) });
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    // Every goal started 01-01-2026 with the 90-day default interval: due 01-04-2026, within 14 days.
    expect(await screen.findByText("20.000 mål: 20.000 forfalder snart.")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Opfølgninger" })).getAllByRole("listitem")).toHaveLength(25);
  });
});
