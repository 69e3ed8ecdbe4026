/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import { memoryTable } from "../../src/workbook/memory/seed";
import { renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

describe("the sheets and the pane stay in step", () => {
  test("selecting a goal's row in the Mål sheet opens that goal", async () => {
    const { adapter } = await renderReadyPane();
    act(() => adapter.simulateSelection("Mål", 6));
    expect(await screen.findByRole("heading", { name: "Redigér M05" })).toBeInTheDocument();
  });

  test("selecting a citizen's row opens the citizen; a follow-up's row opens that follow-up", async () => {
    const { adapter } = await renderReadyPane();
    act(() => adapter.simulateSelection("Borgere", 3));
    expect(await screen.findByRole("heading", { name: "B02 Bo Eksempel" })).toBeInTheDocument();
    act(() => adapter.simulateSelection("Opfølgning", 8));
    expect(await screen.findByRole("heading", { name: "Redigér opfølgning O07" })).toBeInTheDocument();
  });

  test("a selection while a form holds unsaved typing asks first and keeps the typing", async () => {
    const { adapter, user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    await user.type(await screen.findByRole("textbox", { name: /Navn/ }), "Frida");
    act(() => adapter.simulateSelection("Borgere", 2));
    expect(await screen.findByText(/Du valgte borgeren B01 i arket. Formularen her er ikke gemt./)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Navn/ })).toHaveValue("Frida");
    await user.click(screen.getByRole("button", { name: "Åbn uden at gemme" }));
    expect(await screen.findByRole("heading", { name: "B01 Anna Eksempel" })).toBeInTheDocument();
  });

  test("an edit made directly in the sheet shows up in the pane", async () => {
    const { adapter } = await renderReadyPane();
    act(() =>
      adapter.simulateExternalChange((wb) => {
        const t = memoryTable(wb, "Borgere");
        const nameCol = t.columns.findIndex((c) => c.name === "Navn");
        t.rows[0][nameCol] = "Anna Ændret";
      }),
    );
    expect(await screen.findByText("Anna Ændret")).toBeInTheDocument();
  });
});
