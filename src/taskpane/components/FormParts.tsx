/**
 * Small building blocks shared by the pane's forms: layout, the draft and save state, the error at
 * the top, the save/cancel row and text helpers.
 */
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { MINUS, parseNumberText } from "../../domain";
import { useNavigation } from "../navigation";
import { messageOf } from "../state/store";
import { FieldProblemsContext, fieldProblemsText, useFieldProblemsRegistry } from "./fieldProblems";
import { Message } from "./Notice";

export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    margin: 0,
    minWidth: 0,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cell: { flex: "1 1 110px", minWidth: 0 },
  /** An input that shrinks with its cell (a native input is ~20 characters wide by default). */
  narrow: { width: "100%", minWidth: 0, "& input": { width: "100%", minWidth: 0 } },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    zIndex: 1,
  },
  hint: { color: tokens.colorNeutralForeground2, margin: 0, fontSize: tokens.fontSizeBase200 },
});

/**
 * A `<form>` that never reloads the page and calls `onSubmit` instead. `error` (why the last save
 * failed) is shown at the top of the form and scrolled into view, so it is seen at 320 px however far
 * down the user pressed Gem. A field inside whose text cannot be read (a date such as 31-02-2026)
 * stops the submit: the form names the field and puts the cursor in it, and `onSubmit` is not called.
 */
export function Form({
  label,
  onSubmit,
  error,
  children,
}: {
  label: string;
  onSubmit: () => void;
  error?: string | null;
  children: ReactNode;
}) {
  const styles = useFormStyles();
  const problems = useFieldProblemsRegistry();
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [shown, setShown] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  const message = unreadable ?? error;
  useEffect(() => {
    if (message) top.current?.scrollIntoView?.({ block: "nearest" });
  }, [message, shown]);
  return (
    <form
      className={styles.form}
      aria-label={label}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        const open = problems.current();
        setShown((n) => n + 1);
        if (open.length > 0) {
          setUnreadable(fieldProblemsText(open));
          open[0].focus();
          return;
        }
        setUnreadable(null);
        onSubmit();
      }}
    >
      <div ref={top}>{message ? <Message notice={{ intent: "error", text: message }} /> : null}</div>
      <FieldProblemsContext.Provider value={problems}>{children}</FieldProblemsContext.Provider>
    </form>
  );
}

/**
 * A form's draft. `update(key, value)` changes one field and tells the navigation that there are
 * unsaved changes (so a row selected in the sheet does not throw them away); `bind(key)` is the
 * `value` and `onChange` of the field that edits `key`.
 * @example const { draft, bind } = useDraft(() => ({ name: "" })); <TextField label="Navn" hint="" {...bind("name")} />
 */
export function useDraft<D extends object>(initial: () => D) {
  const nav = useNavigation();
  const [draft, setDraft] = useState<D>(initial);
  const update = <K extends keyof D>(key: K, value: D[K]) => {
    nav.setDirty(true);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const bind = <K extends keyof D>(key: K) => ({
    value: draft[key],
    onChange: (value: D[K]) => update(key, value),
  });
  return { draft, update, bind };
}

/**
 * The save state of a form that leaves its view once saved. `attempted`: the user has tried to save
 * (required fields may now be marked). `block(message)`: the form's own check failed; nothing is
 * written and the message is shown. `run(failed, write)`: runs `write`; if it throws, the form shows
 * "`failed`: the reason" and can be saved again with what the user typed intact.
 * @example if (bad) return save.block("Målet er ikke gemt. …"); await save.run("Målet er ikke gemt", write);
 */
export function useSave() {
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const block = (message: string): void => {
    setAttempted(true);
    setError(message);
  };
  const run = async (failed: string, write: () => Promise<void>): Promise<void> => {
    setAttempted(true);
    setSaving(true);
    setError(null);
    try {
      await write();
    } catch (e) {
      setError(`${failed}: ${messageOf(e)}`);
      setSaving(false);
    }
  };
  return { attempted, saving, error, block, run };
}

/** Save and cancel, kept in view at the bottom of a long form. */
export function FormActions({
  saving,
  saveLabel = "Gem",
  onCancel,
  children,
}: {
  saving: boolean;
  saveLabel?: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const styles = useFormStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" type="submit" disabled={saving} icon={saving ? <Spinner size="tiny" /> : undefined}>
        {saving ? "Gemmer …" : saveLabel}
      </Button>
      <Button type="button" onClick={onCancel} disabled={saving}>
        Annullér
      </Button>
      {children}
    </div>
  );
}

/** Text of a number field: "" for empty; numbers as Danish text (comma decimals). */
export const numberText = (n: number | null | undefined): string =>
  n === null || n === undefined ? "" : String(n).replace(".", ",");

/**
 * A number as shown in text (not in a field): decimal comma, thousands dotted, at most 6 decimals
 * (never "1e-7") and U+2212. @example figure(-2.5) // "−2,5"
 */
export const figure = (n: number | null | undefined): string =>
  n === null || n === undefined ? "" : signed(n.toLocaleString("da-DK", { maximumFractionDigits: 6 }));

/** A GAS level with its sign. @example gasText(1) // "+1" @example gasText(-2) // "−2" */
export const gasText = (level: number): string => (level > 0 ? `+${level}` : figure(level));

/**
 * Read a number typed in a form the way the workbook reads number text (Danish or English decimal
 * separator). Returns undefined for empty and NaN for text that is not a number.
 * @example readNumber("2,5") // 2.5
 */
export function readNumber(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  return parseNumberText(text) ?? Number.NaN;
}

/**
 * A shown figure with the minus sign (U+2212) the pane uses everywhere: the Danish locale writes a
 * hyphen-minus, which also wraps and reads as a dash. A figure that rounds to zero loses its sign.
 */
const signed = (text: string): string => (/^-0(,0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, MINUS));

/** A count in Danish, with a dot between thousands. @example count(20000) // "20.000" */
export const count = (n: number): string => signed(n.toLocaleString("da-DK"));

/** Danish percent, e.g. 0.5 → "50 %". */
export const percent = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined
    ? ""
    : `${signed((value * 100).toLocaleString("da-DK", { maximumFractionDigits: digits, minimumFractionDigits: digits }))} %`;

/** Danish decimal, e.g. 47.99 → "48,0". */
export const decimal = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined
    ? ""
    : signed(value.toLocaleString("da-DK", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
