/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { exampleTables, renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

describe("errors in the workbook", () => {
  test("a row the domain cannot use is counted in a warning and listed with sheet, row and column", async () => {
    const tables = exampleTables();
    tables.Opfoelgning[6].Dato = "31-13-2026";
    const { user } = await renderReadyPane({ tables });
    expect(
      screen.getByText(/1 fejl i arbejdsbogen: rækker med fejl tæller ikke med i resultaterne/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Vis fejl" }));
    await screen.findByRole("heading", { name: "Fejl i arbejdsbogen" });
    const list = screen.getByRole("list", { name: "Fejl og advarsler" });
    const item = within(list).getAllByRole("listitem")[0];
    // The follow-up O07 is data row 7 of Opfølgning, under the header on row 1: worksheet row 8.
    expect(within(item).getByText("Opfølgning, række 8, kolonne Dato")).toBeInTheDocument();
  });

  test("without errors there is no warning", async () => {
    await renderReadyPane();
    expect(screen.queryByText(/fejl i arbejdsbogen/)).not.toBeInTheDocument();
  });
});
