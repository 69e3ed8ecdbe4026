/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderReadyPane, tableRows } from "./support/harness";

describe("Borgere: finding a citizen", () => {
  test("the list shows every citizen and a search by contact person narrows it", async () => {
    const { user } = await renderReadyPane();
    const list = screen.getByRole("list", { name: "Borgere" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    await user.type(screen.getByRole("searchbox", { name: /Søg efter borger/ }), "lise");
    expect(await screen.findByText("Viser 1 af 1 borger")).toBeInTheDocument();
    expect(within(list).getByRole("button", { name: /B02/ })).toBeInTheDocument();
  });
});
