/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { sheetNames } from "../../src/workbook/memory/seed";
import { day, exampleTables, renderReadyPane, tableRows, wholeText } from "./support/harness";

jest.setTimeout(30_000);

/** The worked example's goal register plus a small overgreb register (today in the tests: 15-01-2027). */
function withRegister() {
  const tables = exampleTables();
  tables.Haendelser = [
    // Towards staff with absence: debriefing held, occupational-injury report and analysis open.
    {
      HændelseID: "H0001",
      Dato: day(2027, 1, 10),
      Tidspunkt: 0.375,
      Retning: "Borger mod medarbejder",
      Type: "Fysisk vold",
      BorgerID: "B01",
      Fravær: 2,
      Debriefing: day(2027, 1, 10),
    },
    // Between citizens in the quarter before: analysed; the decision on a police report is still open.
    {
      HændelseID: "H0002",
      Dato: day(2026, 11, 3),
      Retning: "Borger mod borger",
      Type: "Psykisk vold",
      BorgerID: "B02",
      Situation: "Måltid",
      Analyseret: day(2026, 11, 20),
    },
    // Hærværk in the same quarter a year earlier.
    {
      HændelseID: "H0003",
      Dato: day(2025, 10, 9),
      Retning: "Borger mod omgivelserne",
      Type: "Hærværk",
      BorgerID: "B01",
      Analyseret: day(2025, 10, 30),
    },
  ];
  tables.Risikovurdering = [
    {
      VurderingID: "R0001",
      BorgerID: "B01",
      Dato: day(2026, 6, 1),
      Redskab: "Trafiklys",
      Risiko: "Moderat",
      NæsteVurdering: day(2026, 12, 1),
    },
  ];
  return tables;
}

describe("registering an episode", () => {
  test("one click from the start view; today and the time now are filled in; the choices are large", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("button", { name: "Registrér episode" }));
    expect(await screen.findByRole("heading", { name: "Registrér episode" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Dato/ })).toHaveValue("15-01-2027");
    // The pinned clock is midnight.
    expect(screen.getByRole("textbox", { name: /Tidspunkt/ })).toHaveValue("00:00");
    const directions = screen.getByRole("radiogroup", { name: /Hvem mod hvem/ });
    expect(within(directions).getAllByRole("radio")).toHaveLength(4);
    expect(within(screen.getByRole("radiogroup", { name: /Type/ })).getAllByRole("radio")).toHaveLength(5);

    // Saving without the two choices says what is missing and writes nothing.
    await user.click(screen.getByRole("button", { name: "Registrér" }));
    expect(await screen.findByText("Vælg hvem mod hvem.")).toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Haendelser")).toHaveLength(3);

    const time = screen.getByRole("textbox", { name: /Tidspunkt/ });
    await user.clear(time);
    await user.type(time, "14.30");
    await user.click(screen.getByRole("radio", { name: "Borger mod medarbejder" }));
    await user.click(screen.getByRole("radio", { name: "Trusler om vold" }));
    await user.selectOptions(screen.getByRole("combobox", { name: /Situation/ }), "Krav eller afslag");
    await user.click(screen.getByRole("button", { name: "Registrér" }));

    expect(await screen.findByText(/Episoden H0004 er registreret på arket Hændelser, række 5\./)).toBeInTheDocument();
    const rows = tableRows(adapter.workbook, "Haendelser") ?? [];
    expect(rows[3]).toMatchObject({
      HændelseID: "H0004",
      Dato: day(2027, 1, 15),
      Retning: "Borger mod medarbejder",
      Type: "Trusler om vold",
      Situation: "Krav eller afslag",
      BorgerID: "",
    });
    expect(rows[3].Tidspunkt as number).toBeCloseTo(14.5 / 24, 10);
    // The new episode is listed with its open steps.
    const steps = screen.getByRole("list", { name: "Åbne trin for H0004" });
    expect(within(steps).getByText("Debriefing")).toBeInTheDocument();
    expect(within(steps).getByText("Beslut om politianmeldelse")).toBeInTheDocument();
    expect(within(steps).getByText("Analyse i arbejdsmiljøgruppen")).toBeInTheDocument();
  });

  test("from a citizen, the citizen and the department are filled in", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("button", { name: /^B02/ }));
    const panel = await screen.findByRole("region", { name: "Risikovurdering og episoder" });
    await user.click(within(panel).getByRole("button", { name: "Registrér episode" }));
    expect(await screen.findByRole("heading", { name: "Registrér episode" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /Borger/ })).toHaveValue("B02");
    expect(screen.getByRole("combobox", { name: /Afdeling/ })).toHaveValue("Hus Nord");
    await user.click(screen.getByRole("radio", { name: "Borger mod borger" }));
    await user.click(screen.getByRole("radio", { name: "Fysisk vold" }));
    await user.click(screen.getByRole("button", { name: "Registrér" }));
    await screen.findByText(/Episoden H0004 er registreret/);
    expect((tableRows(adapter.workbook, "Haendelser") ?? [])[3]).toMatchObject({
      BorgerID: "B02",
      Afdeling: "Hus Nord",
    });
  });

  test("a CPR-like number in Beskrivelse blocks saving with a message naming the field", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("button", { name: "Registrér episode" }));
    await screen.findByRole("heading", { name: "Registrér episode" });
    await user.click(screen.getByRole("radio", { name: "Borger mod borger" }));
    await user.click(screen.getByRole("radio", { name: "Fysisk vold" }));
    await user.type(screen.getByRole("textbox", { name: /Beskrivelse/ }), "Ring til 010203-1234");
    expect(screen.getByText(/Beskrivelse ser ud til at indeholde et CPR-nummer/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Registrér" }));
    expect(await screen.findByText(/Episoden er ikke gemt/)).toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Haendelser")).toHaveLength(3);
  });
});

describe("open steps", () => {
  test("the occupational-injury report shows its 9-day deadline; a step done today is marked in one click", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("button", { name: /Episoder med åbne trin \(2\)/ }));
    const steps = await screen.findByRole("list", { name: "Åbne trin for H0001" });
    // 10-01-2027 + 9 days = 19-01-2027, in 4 days.
    expect(within(steps).getByText(wholeText(/Frist 19-01-2027 \(om 4 dage\)/))).toBeInTheDocument();
    expect(within(steps).queryByText("Debriefing")).not.toBeInTheDocument();
    await user.click(within(steps).getByRole("button", { name: "Anmeldt i dag: H0001" }));
    expect(await within(steps).findByText("Analyse i arbejdsmiljøgruppen")).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "Åbne trin for H0001" })).queryByText("Anmeld arbejdsskade"),
    ).not.toBeInTheDocument();
    expect((tableRows(adapter.workbook, "Haendelser") ?? [])[0].Arbejdsskade).toBe(day(2027, 1, 15));
  });
});

describe("risk assessment on a citizen's page", () => {
  test("shows the latest level and that the next is overdue; a new BVC assessment follows its score", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    const panel = await screen.findByRole("region", { name: "Risikovurdering og episoder" });
    expect(within(panel).getByText("Risiko: Moderat")).toBeInTheDocument();
    expect(within(panel).getByText(wholeText(/Næste vurdering 01-12-2026 .* skal laves nu/))).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Ny risikovurdering" }));
    await screen.findByRole("heading", { name: "Ny risikovurdering af B01" });
    await user.selectOptions(screen.getByRole("combobox", { name: /Redskab/ }), "BVC");
    await user.type(screen.getByRole("textbox", { name: /Score/ }), "3");
    expect(screen.getByText("Tom: følger BVC-scoren (Høj).")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Gem" }));
    expect(await screen.findByText(/Risikovurderingen R0002 af B01 er gemt/)).toBeInTheDocument();
    const panelAfter = await screen.findByRole("region", { name: "Risikovurdering og episoder" });
    expect(within(panelAfter).getByText("Risiko: Høj")).toBeInTheDocument();
    expect((tableRows(adapter.workbook, "Risikovurdering") ?? [])[1]).toMatchObject({
      VurderingID: "R0002",
      BorgerID: "B01",
      Redskab: "BVC",
      Score: 3,
      Risiko: "",
      Dato: day(2027, 1, 15),
      NæsteVurdering: day(2027, 1, 15) + 182,
    });
  });
});

describe("the leader's analysis", () => {
  test("the last full quarter beside the same quarter last year, and Skriv analysen til arket", async () => {
    const { user, adapter } = await renderReadyPane({ tables: withRegister(), complete: true });
    await user.click(screen.getByRole("tab", { name: "Ledelse" }));
    await user.click(await screen.findByRole("tab", { name: "Episoder" }));
    expect(await screen.findByRole("heading", { name: "Episoder med vold og overgreb" })).toBeInTheDocument();
    // 4th quarter 2026: H0002 only; 4th quarter 2025: H0003.
    const tiles = screen.getByRole("group", { name: "Nøgletal 4. kvartal 2026" });
    expect(within(tiles).getByText("Episoder 4. kvartal 2026").nextSibling).toHaveTextContent("1");
    expect(within(tiles).getByText("Episoder 4. kvartal 2025").nextSibling).toHaveTextContent("1");
    const directions = screen.getByRole("list", { name: "Episoder pr. retning 4. kvartal 2026" });
    expect(within(directions).getByText("Borger mod borger")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skriv analysen til arket" }));
    expect(await screen.findByText(/Arket Hændelser 2026 K4 er skrevet\./)).toBeInTheDocument();
    expect(sheetNames(adapter.workbook)).toContain("Hændelser 2026 K4");
    await user.selectOptions(screen.getByRole("combobox", { name: "Periode" }), "");
    expect(screen.getByRole("group", { name: "Nøgletal 2026" })).toBeInTheDocument();
  });
});
