/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { findMemoryTable } from "../../src/workbook/memory/model";
import { day, exampleTables, renderReadyPane, tableRows, wholeText } from "./support/harness";

jest.setTimeout(30_000);

async function openLeaders(user: Awaited<ReturnType<typeof renderReadyPane>>["user"], tab?: string) {
  await user.click(screen.getByRole("tab", { name: "Ledelse" }));
  if (tab) await user.click(await screen.findByRole("tab", { name: tab }));
}

const tile = (list: HTMLElement, label: string): string | null | undefined =>
  within(list).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;

const readBlob = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

describe("Årsevaluering", () => {
  test("defaults to the last full year and shows the worked example's headline figures", async () => {
    const { user } = await renderReadyPane();
    await openLeaders(user);
    expect(screen.getByRole("combobox", { name: /År/ })).toHaveValue("2026");
    const figures = screen.getByRole("group", { name: "Nøgletal 2026" });
    expect(tile(figures, "Målopfyldelse (gns.)")).toBe("50 %");
    expect(tile(figures, "Ændring fra sidste år")).toBe("−50 point");
    expect(tile(figures, "GAS T-score")).toBe("48,0");
    expect(tile(figures, "Mål med resultat")).toBe("4");
    const methods = screen.getByRole("list", { name: "Målopfyldelse pr. metode 2026" });
    expect(within(methods).getByText("KRAP").closest("li")).toHaveTextContent(
      "1 borger, 1 mål · sidste år 100 % · −50 point",
    );
    // Data quality at 31-12-2026: 4 of 5 active goals are SMORTE-complete, 3 of 5 involved the citizen.
    const quality = screen.getByRole("group", { name: "Datakvalitet 2026" });
    expect(tile(quality, "SMORTE-komplette")).toBe("80 %");
    expect(tile(quality, "Borgeren inddraget")).toBe("60 %");
    expect(tile(quality, "Forfaldne opfølgninger")).toBe("4");
  });

  test("each year says what it rests on, and Borgernes gns. is explained", async () => {
    const { user } = await renderReadyPane();
    await openLeaders(user);
    // 2026: B01 and B03 with M01, M02, M04, M05; six follow-ups dated in 2026.
    expect(screen.getByText(/^2026 bygger på 2 borgere, 4 mål og 6 opfølgninger\.$/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2025");
    // 2025: only B02's M03 (O04), in the singular.
    expect(await screen.findByText(/^2025 bygger på 1 borger, 1 mål og 1 opfølgning\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^Borgernes gns\.:/)).toBeInTheDocument();
  });

  test("a running year is marked foreløbig with the date its data reach, and is not compared with last year", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 5, 20) });
    await openLeaders(user);
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2026");
    expect(await screen.findByText(/Foreløbige tal/)).toBeInTheDocument();
    // The latest follow-up so far in 2026 is O03 on 10-05-2026.
    expect(screen.getByText(wholeText(/til og med 10-05-2026/))).toBeInTheDocument();
    const figures = screen.getByRole("group", { name: "Nøgletal 2026" });
    expect(tile(figures, "Ændring fra sidste år")).toBe("foreløbig");
    const methods = screen.getByRole("list", { name: "Målopfyldelse pr. metode 2026" });
    expect(within(methods).getByText("KRAP").closest("li")?.textContent).not.toMatch(/point|uændret/);
    expect(screen.queryByText(/faldt/)).not.toBeInTheDocument();
    // A finished year is compared as before.
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2025");
    await waitFor(() => expect(screen.queryByText(/Foreløbige tal/)).not.toBeInTheDocument());
  });

  test("a running year is not set beside the whole previous year: no last-year figures in rows, table or chart", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 5, 20) });
    await openLeaders(user);
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2026");
    await screen.findByText(/Foreløbige tal/);
    for (const name of ["Målopfyldelse pr. metode 2026", "Målopfyldelse pr. målgruppe 2026"]) {
      const rows = within(screen.getByRole("list", { name })).getAllByRole("listitem");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).not.toHaveTextContent(/sidste år|2025/);
    }
    // The only "sidste år" left is the tile that says the change is foreløbig.
    expect(screen.getAllByText(/sidste år/).map((e) => e.textContent)).toEqual(["Ændring fra sidste år"]);
    const table = screen.getByRole("table", { name: "Gennemsnitlig målopfyldelse pr. metode, 2026" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Metode", "2026"]);
    expect(screen.getByRole("figure", { name: "Diagram: målopfyldelse pr. metode 2026" })).toBeInTheDocument();
    const chart = await screen.findByRole("img", { name: /^Liggende søjler/ });
    expect(chart).toHaveAccessibleName("Liggende søjler: KRAP, Low Arousal");
    // A finished year keeps its comparison with the year before.
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2025");
    await waitFor(() => expect(screen.queryByText(/Foreløbige tal/)).not.toBeInTheDocument());
    expect(
      screen.getByRole("table", { name: "Gennemsnitlig målopfyldelse pr. metode, 2025 og 2024" }),
    ).toBeInTheDocument();
  });

  test("a running year leaves out the follow-ups dated after today, says how many, and lists them under Fejl", async () => {
    const { user } = await renderReadyPane({ today: day(2026, 5, 20) });
    await openLeaders(user);
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2026");
    // O07 (01-06-2026) and O02 (01-09-2026) are in the workbook but dated after 20-05-2026.
    expect(await screen.findByText(/2 rækker er udeladt, fordi de har en dato efter i dag\./)).toBeInTheDocument();
    const figures = screen.getByRole("group", { name: "Nøgletal 2026" });
    // M05's only follow-up is O07: three goals have a result, not four; M01 counts O01 (Delvist opnået).
    expect(tile(figures, "Mål med resultat")).toBe("3");
    expect(tile(figures, "Borgere med resultat")).toBe("2");
    // The "bygger på" line and the figures rest on the same follow-ups.
    expect(screen.getByText(/^2026 bygger på 2 borgere, 3 mål og 4 opfølgninger \(foreløbig\)\./)).toBeInTheDocument();
    // (O01 0.5 + O03 0 + O06 0.5) / 3 goals; with O02 and O07 it would be 50 %.
    expect(tile(figures, "Målopfyldelse (gns.)")).toBe("33 %");
    const methods = screen.getByRole("list", { name: "Målopfyldelse pr. metode 2026" });
    // Low Arousal: M01 (O01) and its delmål M02 (O03) of B01; without O07, B03's M05 has no result yet.
    expect(within(methods).getByText("Low Arousal").closest("li")).toHaveTextContent(/25 %.*1 borger, 2 mål/);
    await user.click(screen.getByRole("button", { name: "Se de udeladte rækker" }));
    const list = await screen.findByRole("list", { name: "Fejl og advarsler" });
    expect(within(list).getByText("Opfølgning, række 3, kolonne Dato")).toBeInTheDocument();
    expect(within(list).getByText("Opfølgning, række 8, kolonne Dato")).toBeInTheDocument();
  });

  test("creates the evaluation sheets with progress, then jumps to the sheet", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user);
    await user.click(screen.getByRole("button", { name: "Opret eller opdatér årsevaluering 2026" }));
    expect(await screen.findByText(/Arkene Årsevaluering 2026 og Grundlag 2026 er skrevet/)).toBeInTheDocument();
    expect(adapter.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Årsevaluering 2026", "Grundlag 2026"]),
    );
    await user.click(screen.getByRole("button", { name: "Gå til arket Årsevaluering 2026" }));
    expect(adapter.workbook.activeSheet).toBe("Årsevaluering 2026");
  });
});

describe("the action plan in the pane", () => {
  const planRows = (adapter: Awaited<ReturnType<typeof renderReadyPane>>["adapter"]) => {
    const found = findMemoryTable(adapter.workbook, "Handleplan_2026");
    const headers = found?.table.columns.map((c) => c.name) ?? [];
    return { rows: found?.table.rows ?? [], status: headers.indexOf("Status"), tiltag: headers.indexOf("Tiltag") };
  };

  test("the plan the evaluation wrote is read in the pane, and a row's Status is changed there, only that cell", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user);
    expect(screen.getByText(/Handleplanen står på arket Årsevaluering 2026, når/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Opret eller opdatér årsevaluering 2026" }));
    const plan = await screen.findByRole("list", { name: "Handleplan 2026" });
    const { rows, status, tiltag } = planRows(adapter);
    const before = [...rows[0]];
    const select = within(plan).getAllByRole("combobox")[0];
    expect(select).toHaveValue("Ikke startet");
    await user.selectOptions(select, "I gang");
    expect(await screen.findByText(/Status er sat til I gang/)).toBeInTheDocument();
    expect(planRows(adapter).rows[0]).toEqual(before.map((v, i) => (i === status ? "I gang" : v)));
    expect(planRows(adapter).rows[0][tiltag]).toBe(before[tiltag]);
  });

  test("a row a colleague changed on the sheet meanwhile is not overwritten", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user);
    await user.click(screen.getByRole("button", { name: "Opret eller opdatér årsevaluering 2026" }));
    const plan = await screen.findByRole("list", { name: "Handleplan 2026" });
    const { rows, status } = planRows(adapter);
    rows[0][status] = "Gennemført"; // typed on the sheet by a colleague, after the pane read the plan
    await user.selectOptions(within(plan).getAllByRole("combobox")[0], "Opgivet");
    expect(await screen.findByText(/kollega/)).toBeInTheDocument();
    expect(planRows(adapter).rows[0][status]).toBe("Gennemført");
    // The pane reads the plan again and shows the colleague's status.
    await waitFor(() =>
      expect(within(screen.getByRole("list", { name: "Handleplan 2026" })).getAllByRole("combobox")[0]).toHaveValue(
        "Gennemført",
      ),
    );
  });

  test("a Status the leader made a formula on the sheet is not overwritten, and the pane says where it is", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user);
    await user.click(screen.getByRole("button", { name: "Opret eller opdatér årsevaluering 2026" }));
    await screen.findByRole("list", { name: "Handleplan 2026" });
    const { rows, status } = planRows(adapter);
    const formula = { formula: '=IF(A2="","","I gang")' };
    // Put on the sheet by the leader; the pane reads the plan again when the year is picked again.
    (rows[0] as unknown[])[status] = formula;
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2025");
    await user.selectOptions(screen.getByRole("combobox", { name: /År/ }), "2026");
    const plan = await screen.findByRole("list", { name: "Handleplan 2026" });
    await user.selectOptions(within(plan).getAllByRole("combobox")[0], "Gennemført");
    expect(await screen.findByText(/indeholder en formel/)).toBeInTheDocument();
    expect(screen.getByText(/Status er ikke ændret/)).toBeInTheDocument();
    expect(screen.getByText(/række 1 i tabellen Handleplan_2026 .*på arket Årsevaluering 2026/)).toBeInTheDocument();
    expect(planRows(adapter).rows[0][status]).toBe(formula);
  });
});

describe("Regional eksport", () => {
  test("lists the rows that will be suppressed and why, and creates the export sheet", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user, "Eksport");
    const hidden = await screen.findByRole("list", { name: "Rækker, der skjules" });
    // Every group of the worked example has fewer than 5 citizens.
    expect(within(hidden).getByText("Hele tilbuddet")).toBeInTheDocument();
    expect(within(hidden).getAllByRole("listitem").length).toBeGreaterThanOrEqual(4);
    await user.click(screen.getByRole("button", { name: "Opret arket Regional rapport 2026" }));
    expect(await screen.findByText("Arket Regional rapport 2026 er skrevet.")).toBeInTheDocument();
    expect(adapter.workbook.sheets.map((s) => s.name)).toContain("Regional rapport 2026");
  });

  test("without TilbudsID and Region the export is refused, saying where to fill them in, and nothing is written", async () => {
    const tables = exampleTables();
    tables.Indstillinger = tables.Indstillinger.map((r) =>
      r.Nøgle === "TilbudsID" || r.Nøgle === "Region" ? { ...r, Værdi: "" } : r,
    );
    const { user, adapter } = await renderReadyPane({ tables });
    await openLeaders(user, "Eksport");
    const refusal = await screen.findByText(/Eksporten kræver/);
    expect(refusal.textContent).toMatch(/TilbudsID/);
    expect(refusal.textContent).toMatch(/Region/);
    expect(refusal.textContent).not.toMatch(/Tilbud,/);
    expect(refusal.textContent).toMatch(/arket Indstillinger/);
    for (const name of ["Opret arket Regional rapport 2026", "Hent CSV", "Hent JSON"])
      expect(screen.getByRole("button", { name })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Hent CSV" }));
    expect(adapter.workbook.sheets.map((s) => s.name)).not.toContain("Regional rapport 2026");
  });

  test("CSV and JSON are saved locally through a Blob, carrying the schema version and no ids", async () => {
    const { user } = await renderReadyPane();
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((b: Blob) => {
        blobs.push(b);
        return "blob:smorte";
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await openLeaders(user, "Eksport");
    await user.click(await screen.findByRole("button", { name: "Hent CSV" }));
    await screen.findByText(/Filen regional-2026.csv er gemt/);
    await user.click(screen.getByRole("button", { name: "Hent JSON" }));
    await screen.findByText(/Filen regional-2026.json er gemt/);
    expect(names).toEqual(["regional-2026.csv", "regional-2026.json"]);
    const csv = await readBlob(blobs[0]);
    expect(csv).toContain("schemaVersion,region,offerId,year");
    expect(csv).not.toMatch(/B0[123]|M0[1-5]|Anna/);
    expect(blobs[1].type).toContain("application/json");
    click.mockRestore();
  });
});

describe("Indstillinger", () => {
  test("a suppression threshold below 3 is refused; valid settings are written by key", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user, "Indstillinger");
    const min = await screen.findByRole("textbox", { name: /Mindste antal borgere/ });
    await user.clear(min);
    await user.type(min, "2");
    await user.click(screen.getByRole("button", { name: "Gem indstillingerne" }));
    expect(await screen.findByText(/Skriv et helt tal på mindst 3/)).toBeInTheDocument();
    await user.clear(min);
    await user.type(min, "4");
    const name = screen.getByRole("textbox", { name: /Tilbuddets navn/ });
    await user.clear(name);
    await user.type(name, "Bostedet Ny");
    await user.click(screen.getByRole("button", { name: "Gem indstillingerne" }));
    // The message names the fields by their labels, not by the sheet's keys (MindsteAntal).
    const saved = await screen.findByText(/^Gemt på arket Indstillinger:/);
    expect(saved.textContent).toMatch(/Tilbuddets navn og Mindste antal borgere i eksporten\.$/);
    expect(saved.textContent).not.toMatch(/MindsteAntal/);
    const rows = tableRows(adapter.workbook, "Indstillinger") ?? [];
    expect(rows.find((r) => r["Nøgle"] === "MindsteAntal")?.["Værdi"]).toBe(4);
    expect(rows.find((r) => r["Nøgle"] === "Tilbud")?.["Værdi"]).toBe("Bostedet Ny");
  });

  test("the scale can be changed and extended", async () => {
    const { user, adapter } = await renderReadyPane();
    await openLeaders(user, "Indstillinger");
    await user.click(await screen.findByRole("button", { name: "Tilføj et trin" }));
    const labels = screen.getAllByRole("textbox", { name: /Trin \d: navn/ });
    await user.type(labels[labels.length - 1], "Næsten opnået");
    const values = screen.getAllByRole("textbox", { name: "Værdi" });
    await user.type(values[values.length - 1], "0,75");
    await user.click(screen.getByRole("button", { name: "Gem skalaen" }));
    expect(await screen.findByText("Skalaen er gemt på arket Indstillinger (1 trin ændret).")).toBeInTheDocument();
    const rows = tableRows(adapter.workbook, "Skala") ?? [];
    expect(rows.find((r) => r["Vurdering"] === "Næsten opnået")?.["Værdi"]).toBe(0.75);
  });
});
