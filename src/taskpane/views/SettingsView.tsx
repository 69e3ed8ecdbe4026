/**
 * Indstillinger: the offer's name, id and region, the suppression threshold (never below 3), GAS ρ,
 * the default follow-up interval, and the assessment scale. Each setting is one row of the
 * `Indstillinger` table and each scale step one row of `Skala`, written by key.
 */
import { Button, Caption1, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { MIN_SUPPRESSION, SETTING_KEYS } from "../../domain";
import type { Settings } from "../../domain";
import { Form, FormActions, numberText, readNumber, useFormStyles } from "../components/FormParts";
import { Message, useNotice } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useData, useStore } from "../state/context";
import { messageOf } from "../state/store";

type SettingKey = keyof typeof SETTING_KEYS;

interface SettingsDraft {
  offerName: string;
  offerId: string;
  region: string;
  minCount: string;
  gasRho: string;
  interval: string;
}

const draftOf = (s: Settings): SettingsDraft => ({
  offerName: s.offerName,
  offerId: s.offerId,
  region: s.region,
  minCount: String(s.minCount),
  gasRho: numberText(s.gasRho),
  interval: String(s.interval),
});

/** Danish problems per field; an empty object when the draft can be saved. */
/** The fields' labels, as the form shows them and as the saved message names them. */
const FIELD_LABELS: Record<SettingKey, string> = {
  offerName: "Tilbuddets navn",
  offerId: "TilbudsID",
  region: "Region",
  minCount: "Mindste antal borgere i eksporten",
  gasRho: "GAS ρ (rho)",
  interval: "Standard opfølgningsinterval (dage)",
};

const andList = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} og ${names[names.length - 1]}`;

export function settingsProblems(d: SettingsDraft): Partial<Record<SettingKey, string>> {
  const p: Partial<Record<SettingKey, string>> = {};
  const min = readNumber(d.minCount);
  if (min === undefined || !Number.isInteger(min) || min < MIN_SUPPRESSION) {
    p.minCount = `Skriv et helt tal på mindst ${MIN_SUPPRESSION}. Færre borgere bag et tal kan gøre dem genkendelige.`;
  }
  const rho = readNumber(d.gasRho);
  if (rho === undefined || Number.isNaN(rho) || rho < 0 || rho >= 1)
    p.gasRho = "Skriv et tal fra 0 til under 1, fx 0,3.";
  const interval = readNumber(d.interval);
  if (interval === undefined || !Number.isInteger(interval) || interval < 1 || interval > 3660) {
    p.interval = "Skriv et helt antal dage fra 1 til 3660, fx 90.";
  }
  return p;
}

const valueOf = (key: SettingKey, d: SettingsDraft): string | number => {
  if (key === "offerName" || key === "offerId" || key === "region") return d[key].trim();
  return readNumber(d[key]) as number;
};

const useStyles = makeStyles({
  scale: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  label: { flex: "1 1 130px", minWidth: 0 },
  value: { flex: "0 0 90px" },
});

interface StepDraft {
  label: string;
  value: string;
  isNew: boolean;
}

function ScaleEditor() {
  const data = useData();
  const store = useStore();
  const notice = useNotice();
  const styles = useStyles();
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    data.scale.map((s) => ({ label: s.label, value: s.value === null ? "" : numberText(s.value), isNew: false })),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);

  const problemOf = (s: StepDraft, i: number): { label?: string; value?: string } => {
    const out: { label?: string; value?: string } = {};
    const v = readNumber(s.value);
    if (v !== undefined && (Number.isNaN(v) || v < 0 || v > 1)) out.value = "Et tal fra 0 til 1, eller tomt.";
    if (s.isNew && attempted && s.label.trim() === "") out.label = "Skriv trinnets navn.";
    const lower = s.label.trim().toLocaleLowerCase("da-DK");
    if (lower && steps.some((o, j) => j !== i && o.label.trim().toLocaleLowerCase("da-DK") === lower))
      out.label = "Navnet findes allerede i skalaen.";
    return out;
  };

  const save = async () => {
    setAttempted(true);
    const bad = steps.some((s, i) => {
      const p = problemOf(s, i);
      return p.label || p.value || (s.isNew && s.label.trim() === "");
    });
    if (bad) {
      setError("Skalaen er ikke gemt. Ret trinnene, der er markeret.");
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const before = new Map(data.scale.map((s) => [s.label, s.value]));
      let written = 0;
      for (const s of steps) {
        const v = readNumber(s.value);
        const value = v === undefined ? null : v;
        if (!s.isNew && before.get(s.label) === value) continue;
        await store.save("Skala", { label: s.label.trim(), value: value ?? "" }, s.isNew ? "insert" : "update");
        written += 1;
      }
      setSteps((list) => list.map((s) => ({ ...s, label: s.label.trim(), isNew: false })));
      notice.show({
        intent: "success",
        text: written
          ? `Skalaen er gemt på arket Indstillinger (${written} trin ændret).`
          : "Der var ingen ændringer i skalaen.",
      });
    } catch (e) {
      setError(`Skalaen er ikke gemt: ${messageOf(e)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form label="Vurderingsskala" onSubmit={() => void save()}>
      <Text as="h3" weight="semibold" size={400}>
        Vurderingsskala
      </Text>
      <Caption1>
        Hvert trin har en værdi fra 0 til 1. Et trin uden værdi (fx Ikke vurderet) tæller ikke med. Et trin fjernes ved
        at slette rækken i tabellen Skala på arket Indstillinger.
      </Caption1>
      {error ? <Message notice={{ intent: "error", text: error }} /> : null}
      <div className={styles.scale}>
        {steps.map((s, i) => {
          const p = problemOf(s, i);
          return (
            <div className={styles.step} key={i}>
              <Field
                className={styles.label}
                label={`Trin ${i + 1}: navn`}
                validationMessage={p.label}
                validationState={p.label ? "error" : "none"}
              >
                <Input
                  value={s.label}
                  readOnly={!s.isNew}
                  onChange={(_, d) => setSteps((list) => list.map((o, j) => (j === i ? { ...o, label: d.value } : o)))}
                />
              </Field>
              <Field
                className={styles.value}
                label="Værdi"
                validationMessage={p.value}
                validationState={p.value ? "error" : "none"}
              >
                <Input
                  value={s.value}
                  inputMode="decimal"
                  onChange={(_, d) => setSteps((list) => list.map((o, j) => (j === i ? { ...o, value: d.value } : o)))}
                />
              </Field>
            </div>
          );
        })}
      </div>
      <Button
        style={{ alignSelf: "flex-start" }}
        onClick={() => setSteps((list) => [...list, { label: "", value: "", isNew: true }])}
      >
        Tilføj et trin
      </Button>
      <FormActions
        saving={saving}
        saveLabel="Gem skalaen"
        onCancel={() => {
          setSteps(
            data.scale.map((s) => ({
              label: s.label,
              value: s.value === null ? "" : numberText(s.value),
              isNew: false,
            })),
          );
          setError(null);
          setAttempted(false);
        }}
      />
    </Form>
  );
}

export function SettingsView() {
  const data = useData();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const form = useFormStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(data.settings));
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A field's problem shows while it is typed in (as in the goal form), and every field's after Gem.
  const [typed, setTyped] = useState<ReadonlySet<SettingKey>>(() => new Set());
  const all = settingsProblems(draft);
  const problems = attempted
    ? all
    : Object.fromEntries(Object.entries(all).filter(([k]) => typed.has(k as SettingKey)));

  const update = (key: SettingKey, value: string) => {
    nav.setDirty(true);
    setTyped((t) => (t.has(key) ? t : new Set(t).add(key)));
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async () => {
    setAttempted(true);
    if (Object.keys(settingsProblems(draft)).length > 0) {
      setError("Indstillingerne er ikke gemt. Ret felterne, der er markeret.");
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const current = draftOf(data.settings);
      const keys = (Object.keys(SETTING_KEYS) as SettingKey[]).filter(
        (k) => String(valueOf(k, draft)) !== String(valueOf(k, current)),
      );
      for (const key of keys) {
        await store.save("Indstillinger", { key: SETTING_KEYS[key].name, value: valueOf(key, draft) });
      }
      nav.setDirty(false);
      notice.show({
        intent: "success",
        text: keys.length
          ? `Gemt på arket Indstillinger: ${andList(keys.map((k) => FIELD_LABELS[k]))}.`
          : "Der var ingen ændringer at gemme.",
      });
    } catch (e) {
      setError(`Indstillingerne er ikke gemt: ${messageOf(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const field = (key: SettingKey, inputMode?: "numeric" | "decimal") => (
    <Field
      label={FIELD_LABELS[key]}
      hint={SETTING_KEYS[key].help}
      validationMessage={problems[key]}
      validationState={problems[key] ? "error" : "none"}
    >
      <Input value={draft[key]} inputMode={inputMode} onChange={(_, d) => update(key, d.value)} />
    </Field>
  );

  return (
    <div className={form.form}>
      <ViewHeader title="Indstillinger" focusOnOpen={false} />
      <Form label="Indstillinger" onSubmit={() => void submit()} error={error}>
        {field("offerName")}
        {field("offerId")}
        {field("region")}
        {field("minCount", "numeric")}
        {field("gasRho", "decimal")}
        {field("interval", "numeric")}
        <FormActions
          saving={saving}
          saveLabel="Gem indstillingerne"
          onCancel={() => {
            setDraft(draftOf(data.settings));
            setAttempted(false);
            setError(null);
            nav.setDirty(false);
          }}
        />
      </Form>
      <ScaleEditor />
    </div>
  );
}
