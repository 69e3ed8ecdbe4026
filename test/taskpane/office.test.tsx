/** @jest-environment jsdom */
/**
 * The pane on the Office.js adapter (over the hand-written fake Excel that counts syncs): the same
 * flows as on the memory workbook, the load in the adapter's two syncs, and sheet selection.
 */
import "@testing-library/jest-dom";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { localDateFromDay } from "../../src/taskpane/components/dates";
import { WorkbookStore } from "../../src/taskpane/state/store";
import { OfficeWorkbookAdapter } from "../../src/workbook/office/adapter";
import type { FakeExcel } from "../support/fakeExcel";
import { fakeOptions, seedFake } from "../workbook/office/harness";
import { day, exampleTables } from "./support/harness";

jest.setTimeout(30_000);

/** The values of an Excel table in the fake, header row first. */
function tableValues(fake: FakeExcel, name: string): unknown[][] {
  const t = fake.state.table(name);
  if (!t) throw new Error(`no table ${name}`);
  return fake.state.values(t.sheet, t.row, t.col, t.rowCount, t.colCount);
}

async function renderOnOffice() {
  const fake = seedFake(exampleTables());
  const port = new OfficeWorkbookAdapter(fakeOptions(fake));
  const store = new WorkbookStore(port, { now: () => localDateFromDay(day(2027, 1, 15)), refreshDelayMs: 5 });
  const readSyncs: number[] = [];
  const original = port.readAll.bind(port);
  const readAll = jest.spyOn(port, "readAll").mockImplementation(async () => {
    const run = fake.runs.length;
    const snapshot = await original();
    readSyncs.push(fake.runs[run].syncs);
    return snapshot;
  });
  const user = userEvent.setup({ delay: null });
  render(<App store={store} />);
  await user.click(await screen.findByRole("button", { name: "Fortsæt uden at ændre noget" }, { timeout: 10_000 }));
  await screen.findByRole("navigation", { name: "Hovedmenu" });
  return { fake, port, store, user, readAll, readSyncs };
}

describe("the pane inside Excel (Office.js adapter)", () => {
  test("the workbook is read once when the pane opens: the table facts in two syncs and the rows in one page", async () => {
    const { readAll, readSyncs } = await renderOnOffice();
    expect(readAll).toHaveBeenCalledTimes(1);
    expect(readSyncs).toHaveLength(1);
    expect(readSyncs[0]).toBeLessThanOrEqual(3);
    expect(within(screen.getByRole("list", { name: "Borgere" })).getAllByRole("listitem")).toHaveLength(3);
  });

  test("a new citizen and a follow-up are written to their own rows in Excel", async () => {
    const { fake, user } = await renderOnOffice();
    await user.click(screen.getByRole("button", { name: "Ny borger" }));
    await user.type(await screen.findByRole("textbox", { name: /Navn/ }), "Ole");
    await user.selectOptions(screen.getByRole("combobox", { name: /Målgruppe/ }), "Autismespektrum");
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Borgeren B0004 er gemt på arket Borgere, række 5/)).toBeInTheDocument();
    expect(tableValues(fake, "Borgere")[4]).toEqual(expect.arrayContaining(["B0004", "Ole", "Autismespektrum"]));

    await user.click(screen.getByRole("button", { name: "Tilbage" }));
    await user.click(await screen.findByRole("button", { name: /^B03/ }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M04" }));
    await user.type(await screen.findByRole("textbox", { name: /Måling/ }), "5");
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    expect(await screen.findByText(/Opfølgningen O00008 er gemt \(arket Opfølgning, række 9\)/)).toBeInTheDocument();
    expect(tableValues(fake, "Opfoelgning")[8]).toEqual(expect.arrayContaining(["O00008", "M04", 5]));
  });

  test("selecting a goal's row in the sheet opens that goal in the pane", async () => {
    const { fake } = await renderOnOffice();
    await act(async () => {
      await fake.select("Mål", "E4");
    });
    expect(await screen.findByRole("heading", { name: "Redigér M03" })).toBeInTheDocument();
  });

  test("a follow-up for a filtered table: the pane asks before clearing the colleagues' filter, and saves only when told", async () => {
    const { fake, user } = await renderOnOffice();
    // Someone shows only M01's follow-ups in Excel: the other rows are hidden.
    fake.state.filterTable("Opfoelgning", "MålID", (v) => v === "M01");
    const rowsBefore = tableValues(fake, "Opfoelgning").length;
    await user.click(await screen.findByRole("button", { name: /^B03/ }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M04" }));
    await user.type(await screen.findByRole("textbox", { name: /Måling/ }), "5");
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    expect(await screen.findByText("Tabellen Opfoelgning er filtreret")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Annuller" }));
    expect(
      await screen.findByText(/er filtreret, så Excel kan ikke tilføje en ny række\. Intet er gemt/),
    ).toBeInTheDocument();
    expect(tableValues(fake, "Opfoelgning")).toHaveLength(rowsBefore);
    expect(fake.state.table("Opfoelgning")!.hiddenRows?.size).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    await user.click(await screen.findByRole("button", { name: "Ryd filteret og gem" }));
    expect(await screen.findByText(/Opfølgningen O00008 er gemt/)).toBeInTheDocument();
    expect(screen.queryByText("Tabellen Opfoelgning er filtreret")).not.toBeInTheDocument();
    expect(tableValues(fake, "Opfoelgning")).toHaveLength(rowsBefore + 1);
    expect(fake.state.table("Opfoelgning")!.hiddenRows).toBeUndefined();
  });
});
