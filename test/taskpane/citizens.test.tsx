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

describe("Borgere: adding and editing a citizen", () => {
  test("a new citizen gets the next free BorgerID proposed and is written to the Borgere sheet", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    const id = await screen.findByRole("textbox", { name: /BorgerID/ });
    expect(id).toHaveValue("B0004");
    await user.type(screen.getByRole("textbox", { name: /Navn/ }), "Dorte Eksempel");
    await user.selectOptions(screen.getByRole("combobox", { name: /Målgruppe/ }), "Autismespektrum");
    await user.type(screen.getByRole("textbox", { name: /Kontaktperson/ }), "Lise");
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Borgeren B0004 er gemt på arket Borgere, række 5/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "B0004 Dorte Eksempel" })).toBeInTheDocument();
    const rows = tableRows(adapter.workbook, "Borgere") ?? [];
    expect(rows[3]).toMatchObject({
      BorgerID: "B0004",
      Navn: "Dorte Eksempel",
      Målgruppe: "Autismespektrum",
      Kontaktperson: "Lise",
    });
  });

  test("a BorgerID that looks like a CPR number is refused with the reason, and nothing is written", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    const id = await screen.findByRole("textbox", { name: /BorgerID/ });
    await user.clear(id);
    await user.type(id, "010190-1234");
    expect(screen.getByText(/må ikke være et CPR-nummer/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /Målgruppe/ }), "Autismespektrum");
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Borgeren er ikke gemt/)).toBeInTheDocument();
    expect(id).toHaveValue("010190-1234");
    expect(tableRows(adapter.workbook, "Borgere")).toHaveLength(3);
  });

  test("a name holding a CPR-like number blocks saving, and nothing is written", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    const name = await screen.findByRole("textbox", { name: /Navn/ });
    await user.type(name, "Dorte 0101901234");
    expect(screen.getByText(/Navnet ser ud til at indeholde et CPR-nummer/)).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    await user.selectOptions(screen.getByRole("combobox", { name: /Målgruppe/ }), "Autismespektrum");
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Borgeren er ikke gemt/)).toBeInTheDocument();
    expect(name).toHaveValue("Dorte 0101901234");
    expect(tableRows(adapter.workbook, "Borgere")).toHaveLength(3);
  });

  test("an id that is already taken and a missing target group are named before saving", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    const id = await screen.findByRole("textbox", { name: /BorgerID/ });
    await user.clear(id);
    await user.type(id, "b02");
    expect(screen.getByText(/BorgerID b02 findes allerede/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(screen.getByText("Vælg borgerens målgruppe.")).toBeInTheDocument();
  });

  test("editing a citizen updates the same row and keeps the id", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B03/ }));
    await user.click(await screen.findByRole("button", { name: "Redigér borger" }));
    const id = await screen.findByRole("textbox", { name: /BorgerID/ });
    expect(id).toHaveAttribute("readonly");
    const dept = screen.getByRole("combobox", { name: /Afdeling/ });
    await user.type(dept, "Hus Syd");
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Borgeren B03 er gemt på arket Borgere, række 4/)).toBeInTheDocument();
    expect((tableRows(adapter.workbook, "Borgere") ?? [])[2]).toMatchObject({ BorgerID: "B03", Afdeling: "Hus Syd" });
  });

  test("when the sheet refuses the write, the message is shown and the form keeps what was typed", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    await user.type(await screen.findByRole("textbox", { name: /Navn/ }), "Erik");
    await user.selectOptions(screen.getByRole("combobox", { name: /Målgruppe/ }), "Autismespektrum");
    jest.spyOn(adapter, "upsert").mockRejectedValueOnce(new Error("Tabellen Borgere på arket Borgere er låst."));
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(
      await screen.findByText(/Borgeren er ikke gemt: Tabellen Borgere på arket Borgere er låst./),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Navn/ })).toHaveValue("Erik");
    expect(screen.getByRole("combobox", { name: /Målgruppe/ })).toHaveValue("Autismespektrum");
  });
});
