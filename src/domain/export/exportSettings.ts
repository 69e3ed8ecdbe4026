/**
 * The settings an export cannot be without: the receiver must know which offer and region a file is
 * from, or files cannot be put together for the sector (docs/rules.md §7).
 */
import { SETTING_KEYS } from "../schema";
import type { Settings } from "../types";

const REQUIRED = ["offerName", "offerId", "region"] as const;

/**
 * A Danish message naming the missing settings and where to fill them in, or null when all are there.
 * @example exportSettingsProblem({ ...settings, region: "" }) // "Eksporten kræver … Region …"
 */
export function exportSettingsProblem(settings: Settings): string | null {
  const missing = REQUIRED.filter((k) => settings[k].trim() === "").map((k) => SETTING_KEYS[k].name);
  if (missing.length === 0) return null;
  const names =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} og ${missing[missing.length - 1]}`;
  return (
    `Eksporten kræver ${names} i tabellen Indstillinger (arket Indstillinger), ` +
    `så modtageren kan se, hvilket tilbud og hvilken region tallene er fra. ` +
    `Skriv ${missing.length === 1 ? "den" : "dem"} i kolonnen Værdi, og prøv igen. Intet er gemt.`
  );
}
