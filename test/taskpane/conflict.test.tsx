/** @jest-environment jsdom */
/**
 * A colleague changed the citizen while the user edited it: the save is refused in Danish, both
 * versions are shown, and the user chooses — nothing of the colleague's is overwritten.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderReadyPane, tableRows } from "./support/harness";
import type { MemoryWorkbook } from "../../src/workbook/memory/model";

jest.setTimeout(30_000);

const citizens = (wb: MemoryWorkbook) => wb.sheets.flatMap((s) => s.tables).find((t) => t.name === "Borgere")!;

async function editB03WhileAColleagueDoes() {
  const pane = await renderReadyPane();
  const { user, adapter } = pane;
  await user.click(screen.getByRole("button", { name: /^B03/ }));
  await user.click(await screen.findByRole("button", { name: "Redigér borger" }));
  await user.type(await screen.findByRole("combobox", { name: /Afdeling/ }), "Hus Syd");
  // Meanwhile a colleague types another department into the same cell in Excel.
  const t = citizens(adapter.workbook);
  t.rows[2][t.columns.findIndex((c) => c.name === "Afdeling")] = "Hus Nord";
  await user.click(screen.getByRole("button", { name: "Gem" }));
  return pane;
}

describe("a colleague's change to the record being saved", () => {
  test("is not overwritten: the pane says so in Danish and shows both versions side by side", async () => {
    const { adapter } = await editB03WhileAColleagueDoes();
    expect(await screen.findByText("En kollega har ændret B03")).toBeInTheDocument();
    const versions = screen.getByRole("table", { name: "Din og kollegaens udgave" });
    const row = within(versions).getByRole("row", { name: /Afdeling/ });
    expect(within(row).getByText("Hus Syd")).toBeInTheDocument();
    expect(within(row).getByText("Hus Nord")).toBeInTheDocument();
    expect((tableRows(adapter.workbook, "Borgere") ?? [])[2]).toMatchObject({ BorgerID: "B03", Afdeling: "Hus Nord" });
  });

  test('"Behold deres" closes the notice and the pane shows the colleague\'s version', async () => {
    const { user } = await editB03WhileAColleagueDoes();
    await user.click(await screen.findByRole("button", { name: "Behold deres" }));
    expect(screen.queryByText("En kollega har ændret B03")).not.toBeInTheDocument();
    expect(await screen.findByText(/Hus Nord/)).toBeInTheDocument();
  });

  test('"Indlæs igen" reads the record again and keeps the form open to make the change on top', async () => {
    const { user } = await editB03WhileAColleagueDoes();
    await user.click(await screen.findByRole("button", { name: "Indlæs igen" }));
    expect(screen.queryByText("En kollega har ændret B03")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Gem" })).toBeInTheDocument();
  });
});
