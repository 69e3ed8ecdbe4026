/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { day, renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

beforeEach(() => localStorage.clear());

describe("Mine opfølgninger", () => {
  test("lists the overdue goals, most overdue first, and filters by responsible person", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    const list = await screen.findByRole("list", { name: "Opfølgninger" });
    // On 15-01-2027: M02 (due 08-08-2026), M03 (03-05-2026), M04 (30-06-2026), M01 (30-11-2026) are overdue;
    // M05 is due 01-06-2027, more than 14 days ahead.
    const items = within(list).getAllByRole("listitem");
    expect(items.map((i) => within(i).getByText(/^M0\d/).textContent?.slice(0, 3))).toEqual([
      "M03",
      "M04",
      "M02",
      "M01",
    ]);
    expect(screen.getByText("4 mål: 4 forfaldne, 0 forfalder snart.")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /Ansvarlig/ }), "Lise");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByText(/M03/)).toBeInTheDocument();
  });

  test("a goal due within the next 14 days is listed as soon due", async () => {
    const { user } = await renderReadyPane({ today: day(2027, 5, 20) });
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    const list = await screen.findByRole("list", { name: "Opfølgninger" });
    const m05 = within(list).getByText(/M05/).closest("li") as HTMLElement;
    expect(within(m05).getByText("Snart")).toBeInTheDocument();
    expect(within(m05).getByText("forfalder 01-06-2027 (om 12 dage)")).toBeInTheDocument();
  });

  test("Følg op opens the follow-up form for that goal and stays under the Opfølgninger tab", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M03 for B02" }));
    expect(await screen.findByRole("heading", { name: "Følg op på M03" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Opfølgninger" })).toHaveAttribute("aria-selected", "true");
  });
});
