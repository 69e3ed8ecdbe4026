/** @jest-environment jsdom */
/**
 * Dates as staff type them: the short Danish forms are read and shown as dd-mm-åååå; text that
 * cannot be read stays as typed, with a message, and stops the save instead of saving the old date;
 * the calendar opens only from its button, on the pane's today, with Danish month names in lower case.
 */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { day, renderReadyPane, tableRows } from "./support/harness";

jest.setTimeout(30_000);

type Pane = Awaited<ReturnType<typeof renderReadyPane>>;

async function newGoal(user: Pane["user"]) {
  await user.click(screen.getByRole("button", { name: /^B02/ }));
  await user.click(await screen.findByRole("button", { name: "Nyt mål" }));
  await user.click(await screen.findByRole("textbox", { name: "Mål" }));
  await user.paste("Bo laver selv aftensmad en gang om ugen.");
  return screen.getByRole("textbox", { name: "Slutdato" });
}

describe("the date field", () => {
  test.each([["1/3/27"], ["1-3-27"], ["010327"], ["1.3.2027"], ["1 3 2027"]])(
    "%s and Tab reads as 01-03-2027 and is saved as that day",
    async (typed) => {
      const { user, adapter } = await renderReadyPane();
      const end = await newGoal(user);
      await user.type(end, typed);
      await user.tab();
      expect(end).toHaveValue("01-03-2027");
      expect(end).not.toHaveAttribute("aria-invalid", "true");
      await user.click(screen.getByRole("button", { name: "Gem målet" }));
      await screen.findByText(/Målet M0006 er gemt/);
      expect((tableRows(adapter.workbook, "Maal") ?? [])[5]).toMatchObject({ Slutdato: day(2027, 3, 1) });
    },
  );

  test("a date that does not exist stays as typed with a message, and the goal is not saved until it is fixed", async () => {
    const { user, adapter } = await renderReadyPane();
    const end = await newGoal(user);
    await user.type(end, "31-02-2027");
    await user.tab();
    expect(end).toHaveValue("31-02-2027");
    expect(end).toHaveAttribute("aria-invalid", "true");

    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    const form = screen.getByRole("form", { name: "Nyt mål" });
    expect(within(form).getByText(/Slutdato/, { selector: ".fui-MessageBarBody" })).toBeInTheDocument();
    expect(end).toHaveFocus();
    expect(end).toHaveValue("31-02-2027");
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);

    await user.clear(end);
    await user.type(end, "28-02-2027");
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    await screen.findByText(/Målet M0006 er gemt/);
    expect((tableRows(adapter.workbook, "Maal") ?? [])[5]).toMatchObject({ Slutdato: day(2027, 2, 28) });
  });

  test("Enter on unreadable text keeps it, shows why and neither saves nor opens the calendar", async () => {
    const { user, adapter } = await renderReadyPane();
    const end = await newGoal(user);
    await user.type(end, "snart{Enter}");
    expect(end).toHaveValue("snart");
    expect(end).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
  });

  test("editing a goal: unreadable text never puts the old date back, and an emptied field saves empty", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    const list = await screen.findByRole("list", { name: "Mål for B01" });
    const card = within(list).getByRole("article", { name: /Anna smører selv sin madpakke/ });
    await user.click(within(card).getAllByRole("button", { name: /Redigér/ })[0]);
    const end = await screen.findByRole("textbox", { name: "Slutdato" });
    const before = (end as HTMLInputElement).value;
    expect(before).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    await user.clear(end);
    await user.type(end, "32-12-2026");
    await user.tab();
    expect(end).toHaveValue("32-12-2026");
    await user.clear(end);
    await user.tab();
    expect(end).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Gem ændringer" }));
    await screen.findByText(/Målet M01 er gemt/);
    expect((tableRows(adapter.workbook, "Maal") ?? [])[0]).toMatchObject({ MålID: "M01", Slutdato: "" });
  });

  test("clicking in the field does not open the calendar; its button does, on the pane's today, in lower-case Danish", async () => {
    const { user } = await renderReadyPane();
    const end = await newGoal(user);
    await user.click(end);
    await user.type(end, "1");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(end).toHaveValue("1");
    await user.clear(end);

    await user.click(screen.getByRole("button", { name: "Vælg slutdato i kalenderen" }));
    const calendar = await screen.findByRole("dialog", { name: "Kalender: Slutdato" });
    // The pane's today is 15-01-2027 (the machine's clock says otherwise).
    expect(within(calendar).getAllByText(/januar 2027/).length).toBeGreaterThan(0);
    expect(within(calendar).queryByText(/Januar/)).not.toBeInTheDocument();
    await user.click(within(calendar).getByRole("button", { name: "20, januar, 2027" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(end).toHaveValue("20-01-2027");
    expect(end).toHaveFocus();
  });

  test.each([["Slutdato"], ["Startdato"]])(
    "while %s holds a date that cannot be read, the SMORTE findings do not say it is missing",
    async (label) => {
      const { user, adapter } = await renderReadyPane();
      await newGoal(user);
      const field = screen.getByRole("textbox", { name: label });
      await user.clear(field);
      await user.type(field, "31-02-2027");
      await user.tab();
      expect(field).toHaveValue("31-02-2027");
      expect(field).toHaveAttribute("aria-invalid", "true");
      const t = screen.getByRole("group", { name: /^T – / });
      await waitFor(() => expect(within(t).getByRole("list")).toHaveTextContent(new RegExp(label)));
      expect(t).not.toHaveTextContent(new RegExp(`${label} mangler`));
      // The goal is still not complete on T, and still not saved.
      expect(within(t).getByText(/\(mangler\)/)).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Gem målet" }));
      expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
    },
  );

  test("the calendar claims no chosen date while the field is empty, and names the date the field holds", async () => {
    const { user } = await renderReadyPane();
    const end = await newGoal(user);
    await user.click(screen.getByRole("button", { name: "Vælg slutdato i kalenderen" }));
    let calendar = await screen.findByRole("dialog", { name: "Kalender: Slutdato" });
    expect(calendar).not.toHaveTextContent(/Valgt dato/);
    const days = within(calendar).getByRole("grid", { name: /januar 2027,/ });
    expect(days).not.toHaveAccessibleName(/Valgt dato/);
    expect(days).toHaveAccessibleName(/I dag 15\. januar 2027/);
    expect(within(days).queryAllByRole("gridcell", { selected: true })).toHaveLength(0);
    // The keyboard still starts on today, and Enter picks it.
    await waitFor(() => expect(calendar).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(end).toHaveValue("15-01-2027");

    await user.clear(end);
    await user.type(end, "1-3-27");
    await user.tab();
    await user.click(screen.getByRole("button", { name: "Vælg slutdato i kalenderen" }));
    calendar = await screen.findByRole("dialog", { name: "Kalender: Slutdato" });
    const march = within(calendar).getByRole("grid", { name: /marts 2027,/ });
    expect(march).toHaveAccessibleName(/Valgt dato 1\. marts 2027/);
    expect(within(march).getByRole("gridcell", { selected: true })).toHaveTextContent(/^1$/);
  });
});
