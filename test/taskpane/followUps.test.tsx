/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import { renderReadyPane, tableRows, wholeText } from "./support/harness";

jest.setTimeout(30_000);

async function openFollowUp(
  user: Awaited<ReturnType<typeof renderReadyPane>>["user"],
  citizenId: string,
  goalId: string,
) {
  await user.click(screen.getByRole("button", { name: new RegExp(`^${citizenId}`) }));
  await user.click(await screen.findByRole("button", { name: `Følg op på ${goalId}` }));
  return screen.findByRole("heading", { name: `Følg op på ${goalId}` });
}

describe("recording a follow-up", () => {
  test("a measurement on a goal with baseline and target shows the progress, and saving the final follow-up turns the overdue mark into ready to close", async () => {
    const { user, adapter } = await renderReadyPane();
    await openFollowUp(user, "B03", "M04");
    // The date is today by default.
    expect(screen.getByRole("textbox", { name: /^Dato/ })).toHaveValue("15-01-2027");
    // No assessment chosen: the measurement decides.
    expect(screen.getByRole("radio", { name: "Ingen vurdering – brug målingen" })).toBeChecked();
    await user.type(screen.getByRole("textbox", { name: /Måling/ }), "4");
    // Baseline 1, target 5: (4 − 1) / (5 − 1) = 75 %.
    expect(screen.getByText("Fremskridt: 75 % af vejen fra udgangspunkt til målværdi.")).toBeInTheDocument();
    expect(screen.getByText("Delvist opnået (75 %)")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "+1: mere end forventet" }));
    await user.type(screen.getByRole("textbox", { name: /Note/ }), "Handlede selv 4 gange.");
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));

    // M04 ended 31-12-2026: this is its final follow-up, so no "Næste" date after Slutdato is offered.
    const saved = await screen.findByText(/Opfølgningen O00008 er gemt \(arket Opfølgning, række 9\)\./);
    expect(saved.textContent).not.toMatch(/Næste opfølgning/);
    const card = screen.getByRole("article", { name: /handler selv ind/ });
    expect(within(card).queryByText("Slutdato passeret", { selector: "span,div" })).not.toBeInTheDocument();
    expect(within(card).getAllByText("Klar til at afslutte").length).toBeGreaterThan(0);
    expect(within(card).getByText(wholeText("15-01-2027: Delvist opnået (75 %)"))).toBeInTheDocument();
    expect((tableRows(adapter.workbook, "Opfoelgning") ?? [])[7]).toMatchObject({
      OpfølgningID: "O00008",
      MålID: "M04",
      Vurdering: "",
      Måling: 4,
      GAS: 1,
      Note: "Handlede selv 4 gange.",
      UdførtAf: "Kim",
    });
  });

  test("the assessment comes from the workbook's own scale, with values shown", async () => {
    const { user } = await renderReadyPane();
    await openFollowUp(user, "B01", "M01");
    const group = screen.getByRole("radiogroup", { name: /Vurdering/ });
    const labels = within(group)
      .getAllByRole("radio")
      .map((r) => r.closest("span")?.parentElement?.textContent ?? "");
    expect(labels.join("|")).toContain("Opnået (100 %)");
    expect(labels.join("|")).toContain("Ikke vurderet (tæller ikke)");
    await user.click(within(group).getByRole("radio", { name: "Ikke vurderet (tæller ikke)" }));
    expect(screen.getByText("tæller ikke med")).toBeInTheDocument();
  });

  test("a note that contains a CPR number is marked while typing, and saving it is refused naming the field", async () => {
    const { user, adapter } = await renderReadyPane();
    await openFollowUp(user, "B01", "M01");
    const note = screen.getByRole("textbox", { name: /Note/ });
    await user.type(note, "Talte med mor, cpr 010190-1234");
    expect(screen.getByText(/Noten ser ud til at indeholde et CPR-nummer/)).toBeInTheDocument();
    expect(note).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    expect(await screen.findByText(/Opfølgningen er ikke gemt: Feltet Note ser ud til/)).toBeInTheDocument();
    expect(screen.queryByText(/er gemt/)).not.toBeInTheDocument();
    expect(note).toHaveValue("Talte med mor, cpr 010190-1234");
    expect(tableRows(adapter.workbook, "Opfoelgning")).toHaveLength(7);
  });

  test("the goal's history lists its follow-ups newest first, and one can be corrected", async () => {
    const { user, adapter } = await renderReadyPane();
    await openFollowUp(user, "B01", "M01");
    const table = screen.getByRole("table", { name: "Opfølgninger på M01, nyeste først" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["01-09-2026", "01-03-2026"]);
    expect(within(rows[1]).getByText("Delvist opnået (50 %)")).toBeInTheDocument();
    await user.click(within(rows[1]).getByRole("button", { name: "Redigér opfølgningen 01-03-2026" }));
    await screen.findByRole("heading", { name: "Redigér opfølgning O01" });
    await user.click(screen.getByRole("radio", { name: "0: det forventede resultat" }));
    await user.click(screen.getByRole("button", { name: "Gem ændringer" }));
    await screen.findByText(/Opfølgningen O01 er gemt \(arket Opfølgning, række 2\)/);
    expect((tableRows(adapter.workbook, "Opfoelgning") ?? [])[0]).toMatchObject({ OpfølgningID: "O01", GAS: 0 });
  });

  test("a measurement that is not a number blocks saving and keeps the form", async () => {
    const { user, adapter } = await renderReadyPane();
    await openFollowUp(user, "B03", "M04");
    await user.type(screen.getByRole("textbox", { name: /Måling/ }), "fire");
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    expect(await screen.findByText(/Opfølgningen er ikke gemt/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Måling/ })).toHaveValue("fire");
    expect(tableRows(adapter.workbook, "Opfoelgning")).toHaveLength(7);
  });

  test("a follow-up dated after the pane's today is refused at the date field, and nothing is written", async () => {
    const { user, adapter } = await renderReadyPane();
    await openFollowUp(user, "B01", "M01");
    const date = screen.getByRole("textbox", { name: /^Dato/ });
    fireEvent.change(date, { target: { value: "20-01-2027" } });
    fireEvent.blur(date);
    expect(await screen.findByText(/efter i dag/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /^Opnået/ }));
    await user.click(screen.getByRole("button", { name: "Gem opfølgningen" }));
    expect(await screen.findByText(/Opfølgningen er ikke gemt/)).toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Opfoelgning")).toHaveLength(7);
  });
});
