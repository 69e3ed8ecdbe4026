/** @jest-environment jsdom */
/**
 * Charts in the pane: the evaluation's per-method bars (this year beside last, lying down so every method is named) and a goal's history
 * (value over time, GAS where present), each with a table alternative for screen readers that holds
 * the very numbers; the chart itself arrives lazily. And "Statusrapport" on a citizen writes the
 * sheet Status ID. Worked example: Low Arousal 2026 mean 50 %, no 2025 result; KRAP 50 % (2025: 100 %).
 * M01: 01-03-2026 Delvist opnået (50 %) GAS −1, 01-09-2026 Opnået (100 %) GAS +1.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderReadyPane } from "../support/harness";

jest.setTimeout(30_000);

describe("the leader's chart of the methods", () => {
  test("has a table alternative with each method's mean this year and last year, and the chart arrives lazily", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("tab", { name: "Ledelse" }));
    const table = screen.getByRole("table", { name: "Gennemsnitlig målopfyldelse pr. metode, 2026 og 2025" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["Metode20262025", "KRAP50 %100 %", "Low Arousal50 %intet resultat"]);
    expect(screen.getByRole("figure", { name: "Diagram: målopfyldelse pr. metode 2026 og 2025" })).toBeInTheDocument();
  });

  test("names every bar: horizontal bars with each method and year on the vertical axis, in full", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("tab", { name: "Ledelse" }));
    // A vertical axis of categories shows every tick (a horizontal one drops labels that do not fit at 320 px).
    const chart = await screen.findByRole("img", { name: /^Liggende søjler/ });
    expect(chart).toHaveAccessibleName("Liggende søjler: KRAP 2026, KRAP 2025, Low Arousal 2026, Low Arousal 2025");
    expect(chart).toHaveAttribute("data-full-labels", "true");
  });
});

describe("a goal's history on its card", () => {
  test("opens on request: follow-ups over time with value and GAS, as a table and as charts", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    expect(screen.queryByRole("table", { name: "Opfølgninger på M01 over tid" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Vis historik for M01" }));
    const table = screen.getByRole("table", { name: "Opfølgninger på M01 over tid" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["DatoVurderingVærdiGAS", "01-03-2026Delvist opnået50 %\u22121", "01-09-2026Opnået100 %+1"]);
    expect(await screen.findByRole("img", { name: "Målopfyldelse for M01 over tid: 2 punkter" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "GAS for M01 over tid: 2 punkter" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skjul historik for M01" }));
    expect(screen.queryByRole("table", { name: "Opfølgninger på M01 over tid" })).not.toBeInTheDocument();
  });

  test("a goal without GAS levels gets no GAS chart", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B03/ }));
    await user.click(screen.getByRole("button", { name: "Vis historik for M04" }));
    expect(await screen.findByRole("img", { name: "Målopfyldelse for M04 over tid: 1 punkter" })).toBeInTheDocument();
    expect(screen.queryByRole("img", { name: /GAS for M04/ })).not.toBeInTheDocument();
  });
});

describe("Statusrapport on a citizen", () => {
  test("writes the sheet Status ID, says who it is for, and goes to it", async () => {
    const { user, adapter } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    await user.click(screen.getByRole("button", { name: "Statusrapport" }));
    expect(await screen.findByText(/Arket Status B01 er skrevet: 2 mål og 3 opfølgninger/)).toHaveTextContent(
      "kun til tilbuddet og borgerens kommune",
    );
    const sheet = adapter.workbook.sheets.find((s) => s.name === "Status B01");
    expect(sheet?.charts).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Gå til arket Status B01" }));
    expect(adapter.workbook.activeSheet).toBe("Status B01");
  });
});
