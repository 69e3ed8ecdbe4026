/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { day, exampleTables, renderReadyPane, tableRows, wholeText } from "./support/harness";

jest.setTimeout(30_000);

beforeEach(() => localStorage.clear());

const kinds = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((i) => [within(i).getByText(/^M0\d/).textContent?.slice(0, 3), i.getAttribute("data-kind")]);

describe("Mine opfølgninger", () => {
  test("lists each goal as the kind it is, with the action it needs, most urgent first, and filters by responsible person", async () => {
    // On 20-12-2026: M02 ended 30-06-2026 without its final follow-up; M03 (due 03-05-2026), M04
    // (30-06-2026) and M01 (30-11-2026) are late; M05 is due at its Slutdato 31-12-2026, within 14 days.
    const { user } = await renderReadyPane({ today: day(2026, 12, 20) });
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    const list = await screen.findByRole("list", { name: "Opfølgninger" });
    expect(kinds(list)).toEqual([
      ["M03", "overdue"],
      ["M02", "finalFollowUp"],
      ["M04", "overdue"],
      ["M01", "overdue"],
      ["M05", "due"],
    ]);
    const m02 = within(list).getByText(/^M02/).closest("li") as HTMLElement;
    expect(within(m02).getByRole("button", { name: /^Afsluttende opfølgning på M02/ })).toBeInTheDocument();
    expect(within(m02).queryByText(wholeText(/08-08-2026/))).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(/^5 mål: 3 forfaldne, 1 mangler .+ og 1 forfalder snart\.$/);
    await user.selectOptions(screen.getByRole("combobox", { name: /Ansvarlig/ }), "Lise");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByText(/M03/)).toBeInTheDocument();
  });

  test("a goal past Slutdato with its final follow-up is ready to close: Afslut sets only its Status to Afsluttet", async () => {
    const tables = exampleTables();
    // M05 ends 31-12-2026; a follow-up on that day is its final one.
    tables.Opfoelgning.push({ ...tables.Opfoelgning[6], OpfølgningID: "O08", Dato: day(2026, 12, 31) });
    const { user, adapter } = await renderReadyPane({ tables, today: day(2027, 1, 15) });
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    const list = await screen.findByRole("list", { name: "Opfølgninger" });
    expect(kinds(list).find(([id]) => id === "M05")?.[1]).toBe("readyToClose");
    // Ready to close comes after every missing follow-up.
    expect(kinds(list).at(-1)).toEqual(["M05", "readyToClose"]);
    const m05 = within(list).getByText(/^M05/).closest("li") as HTMLElement;
    expect(within(m05).getByRole("button", { name: /^Forlæng M05/ })).toBeInTheDocument();
    const before = (tableRows(adapter.workbook, "Maal") ?? []).find((r) => r.MålID === "M05");
    await user.click(within(m05).getByRole("button", { name: /^Afslut M05/ }));
    await waitFor(() => expect(within(list).queryByText(/^M05/)).not.toBeInTheDocument());
    const after = (tableRows(adapter.workbook, "Maal") ?? []).find((r) => r.MålID === "M05");
    expect(after).toEqual({ ...before, Status: "Afsluttet" });
  });

  test("Følg op opens the follow-up form for that goal under the Opfølgninger tab, and saving returns to the list", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 12, 15) });
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M03 for B02" }));
    expect(await screen.findByRole("heading", { name: "Følg op på M03" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Opfølgninger" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("radio", { name: /^Opnået/ }));
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    const list = await screen.findByRole("list", { name: "Opfølgninger" });
    expect(screen.getByRole("heading", { name: "Mine opfølgninger" })).toBeInTheDocument();
    expect(within(list).queryByText(/^M03/)).not.toBeInTheDocument();
    // The keyboard user goes on from the saved message, not from the top of the page.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement).toHaveTextContent(/Opfølgningen O\d+ er gemt/);
  });
});
