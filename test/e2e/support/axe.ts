/**
 * The accessibility scan every browser test runs: axe-core (from node_modules, injected into the
 * page, nothing fetched) and the serious or critical findings, each with the elements it names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const AXE = path.resolve(__dirname, "../../../node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Serious and critical axe findings on the page, as "rule (impact): help — elements". */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    // Fluent UI's focus manager (Tabster) puts invisible <i tabindex="0" aria-hidden="true"
    // data-tabster-dummy> sentinels at the edges of focus groups; they pass focus on at once and are
    // never read. axe's aria-hidden-focus rule cannot know that, so they are left out of the scan.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
