/**
 * The settings (`Indstillinger`): key/value rows, keys compared trimmed and case-insensitively.
 * A bad value, an unknown key or a repeated key is a warning and the default applies: settings never
 * leave anything out. `MindsteAntal` below 3 is raised to 3.
 */
import { MIN_SUPPRESSION, normaliseHeader, SETTING_KEYS } from "../schema";
import type { Settings } from "../types";
import { CPR_IN_LABEL, holdsCpr } from "../cpr";
import { formatNumber, isProblem, readInteger, readNumber, readText } from "../cells";
import type { ResolvedTable } from "./rawTable";
import { RowReader } from "./rowReader";
import type { Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";

type SettingKey = keyof typeof SETTING_KEYS;

export const DEFAULT_SETTINGS: Settings = {
  offerName: SETTING_KEYS.offerName.default,
  offerId: SETTING_KEYS.offerId.default,
  region: SETTING_KEYS.region.default,
  minCount: SETTING_KEYS.minCount.default,
  gasRho: SETTING_KEYS.gasRho.default,
  interval: SETTING_KEYS.interval.default,
};

const KEY_BY_NAME = new Map<string, SettingKey>(
  (Object.keys(SETTING_KEYS) as SettingKey[]).map((k) => [normaliseHeader(SETTING_KEYS[k].name), k]),
);

type Parsed = { value: string | number | null } | { problem: string } | { cpr: true };

const MAX_INTERVAL = 3660;

/** Read one setting's value; `{ value: null }` when empty (the default applies without a finding). */
function parseSetting(key: SettingKey, raw: unknown): Parsed {
  const name = SETTING_KEYS[key].name;
  const fallback = SETTING_KEYS[key].default;
  switch (key) {
    case "offerName":
    case "offerId":
    case "region": {
      const v = readText(raw);
      if (isProblem(v)) return { problem: `${name} kan ikke læses: ${v.reason} Feltet står tomt indtil videre.` };
      if (holdsCpr(v)) return { cpr: true };
      return { value: v === "" ? null : v };
    }
    case "minCount": {
      const v = readInteger(raw);
      if (isProblem(v))
        return { problem: `${name} skal være et helt tal (mindst ${MIN_SUPPRESSION}); ${fallback} bruges.` };
      return { value: v };
    }
    case "gasRho": {
      const v = readNumber(raw);
      if (isProblem(v) || (v !== null && !(v >= 0 && v < 1))) {
        return {
          problem: `${name} skal være et tal fra 0 til under 1 (fx 0,3); ${formatNumber(fallback as number)} bruges.`,
        };
      }
      return { value: v };
    }
    case "interval": {
      const v = readInteger(raw, 1, MAX_INTERVAL);
      if (isProblem(v))
        return { problem: `${name} skal være et helt antal dage fra 1 til ${MAX_INTERVAL}; ${fallback} bruges.` };
      return { value: v };
    }
  }
}

export function readSettings(t: ResolvedTable, prep: PreparedTable, sink: Sink): Settings {
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  const r = new RowReader(t, sink);
  const seenAt = new Map<SettingKey, number>();
  const keyCol = r.col("key").name;
  const valueCol = r.col("value").name;
  for (const i of prep.indices) {
    const status = r.begin(i);
    const keyText = readText(r.raw("key"));
    if (isProblem(keyText) || keyText === "") {
      sink.warning(
        status,
        keyCol,
        "Nøglen mangler eller kan ikke læses, så rækken bruges ikke. Skriv indstillingens navn.",
        "setting-no-key",
      );
      continue;
    }
    const key = KEY_BY_NAME.get(normaliseHeader(keyText));
    if (key === undefined) {
      const known = (Object.keys(SETTING_KEYS) as SettingKey[]).map((k) => SETTING_KEYS[k].name).join(", ");
      sink.warning(
        status,
        keyCol,
        `Ukendt indstilling; rækken bruges ikke. Kendte indstillinger: ${known}.`,
        "setting-unknown",
      );
      continue;
    }
    const first = seenAt.get(key);
    if (first !== undefined) {
      sink.warning(
        status,
        keyCol,
        `${SETTING_KEYS[key].name} står også i række ${first}; den første bruges. Slet den ene række.`,
        "setting-repeated",
      );
      continue;
    }
    seenAt.set(key, status.row);
    const parsed = parseSetting(key, r.raw("value"));
    if ("cpr" in parsed) {
      // The offer's name, id and region go on every sheet and into the export: never a CPR number.
      sink.error(status, valueCol, CPR_IN_LABEL, "cpr-in-label");
      continue;
    }
    if ("problem" in parsed) {
      sink.warning(status, valueCol, parsed.problem, "setting-invalid");
      continue;
    }
    if (parsed.value === null) continue;
    if (key === "minCount" && (parsed.value as number) < MIN_SUPPRESSION) {
      sink.warning(
        status,
        valueCol,
        `${SETTING_KEYS.minCount.name} må aldrig være under ${MIN_SUPPRESSION} af hensyn til borgernes anonymitet; ${MIN_SUPPRESSION} bruges.`,
        "setting-raised",
      );
      settings.minCount = MIN_SUPPRESSION;
      continue;
    }
    (settings as Record<SettingKey, string | number>)[key] = parsed.value;
  }
  return settings;
}
