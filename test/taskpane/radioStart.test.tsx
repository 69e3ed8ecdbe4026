/** @jest-environment jsdom */
/**
 * Tab into a radio group lands on its first option: every group in the pane starts with the choice
 * that is selected by default ("Ikke oplyst", "Ingen vurdering", "Intet GAS-niveau"), so the keyboard
 * never starts at the end of a list and has to walk back up.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

/** The selected option is the group's first one: where Tab into the group lands (checked in the browser test). */
function expectStartsOnFirst(group: HTMLElement) {
  const radios = within(group).getAllByRole("radio");
  expect(radios[0]).toBeChecked();
  expect(radios.slice(1).some((r) => (r as HTMLInputElement).checked)).toBe(false);
}

describe("radio groups start on their first option", () => {
  test("the goal form's involvement question", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    await user.click(await screen.findByRole("button", { name: "Nyt mål" }));
    const group = await screen.findByRole("radiogroup", { name: /Var borgeren med/ });
    expectStartsOnFirst(group);
  });

  test("the follow-up form's assessment and GAS level", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B01/ }));
    await user.click(await screen.findByRole("button", { name: "Følg op på M01" }));
    await screen.findByRole("heading", { name: "Følg op på M01" });
    const assessment = screen.getByRole("radiogroup", { name: /Vurdering/ });
    expectStartsOnFirst(assessment);
    expectStartsOnFirst(screen.getByRole("radiogroup", { name: /GAS-niveau/ }));
  });
});
