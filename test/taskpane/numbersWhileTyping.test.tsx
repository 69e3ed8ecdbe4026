/** @jest-environment jsdom */
/**
 * Number fields say what is wrong while the user types, in every form (as the goal form does), not
 * only after Gem: the follow-up's measurement, the risk score, the incident's days of absence and the
 * settings. Fields the user has not typed in stay quiet until Gem.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

/** The Fluent field around an input is marked invalid (aria-invalid) when it shows an error. */
const invalid = (input: HTMLElement): boolean => input.getAttribute("aria-invalid") === "true";

describe("number fields are checked while typing", () => {
  test("the follow-up's measurement", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B03/ }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M04" }));
    const field = await screen.findByRole("textbox", { name: /Måling/ });
    await user.type(field, "fire");
    expect(invalid(field)).toBe(true);
    await user.clear(field);
    await user.type(field, "4");
    expect(invalid(field)).toBe(false);
  });

  test("the risk score and the incident's absence", async () => {
    const { user } = await renderReadyPane({ complete: true });
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    const panel = await screen.findByRole("region", { name: "Risikovurdering og episoder" });
    await user.click(within(panel).getByRole("button", { name: "Ny risikovurdering" }));
    const score = await screen.findByRole("textbox", { name: /Score/ });
    await user.type(score, "3x");
    expect(invalid(score)).toBe(true);
    await user.type(score, "{Backspace}");
    expect(invalid(score)).toBe(false);

    await user.click(screen.getByRole("button", { name: "Tilbage" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Kassér ændringerne" }));
    const again = await screen.findByRole("region", { name: "Risikovurdering og episoder" });
    await user.click(within(again).getByRole("button", { name: "Registrér episode" }));
    const absence = await screen.findByRole("textbox", { name: /Fravær/ });
    await user.type(absence, "to");
    expect(invalid(absence)).toBe(true);
    await user.clear(absence);
    await user.type(absence, "2");
    expect(invalid(absence)).toBe(false);
  });

  test("the settings: the field typed in shows its problem at once, the others wait for Gem", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("tab", { name: "Ledelse" }));
    await user.click(await screen.findByRole("tab", { name: "Indstillinger" }));
    const rho = await screen.findByRole("textbox", { name: /GAS ρ/ });
    const min = screen.getByRole("textbox", { name: /Mindste antal borgere/ });
    const interval = screen.getByRole("textbox", { name: /opfølgningsinterval/ });
    await user.clear(rho);
    await user.type(rho, "0,3x");
    expect(invalid(rho)).toBe(true);
    await user.type(rho, "{Backspace}");
    expect(invalid(rho)).toBe(false);
    await user.clear(interval);
    await user.type(interval, "0");
    expect(invalid(interval)).toBe(true);
    expect(invalid(min)).toBe(false);
  });
});
