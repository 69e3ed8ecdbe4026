/**
 * The labelled fields the pane's forms are made of: free text (warned about CPR numbers), a number,
 * a choice from a list, and a text with suggestions. Each is a Fluent `Field` around one control, so
 * label, hint and validation message stay tied to the control for screen readers.
 */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { containsCpr } from "../../domain";
import { useFormStyles } from "./FormParts";

/** The message under a field whose text looks like it holds a CPR number (saving it is refused). */
export const cprFieldMessage = (subject: string): string =>
  `${subject} ser ud til at indeholde et CPR-nummer. Fjern det: CPR-numre må ikke stå i arbejdsbogen, og det kan ikke gemmes.`;

/**
 * A free-text field marked red while the text looks like it holds a CPR number (the store refuses to
 * save it). `error` (from the form) wins, then the CPR mark, then `warning`; `subject` names the text
 * in the message ("Teksten", "Noten").
 * @example <TextField label="Relevans" hint="…" value={draft.relevance} onChange={(v) => update("relevance", v)} />
 */
export function TextField(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string;
  /** A heuristic about what is typed (e.g. the goal says what to avoid), shown at the field in amber. */
  warning?: string;
  rows?: number;
  subject?: string;
}) {
  const cpr = containsCpr(props.value);
  const message = props.error ?? (cpr ? cprFieldMessage(props.subject ?? "Teksten") : props.warning);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={message}
      validationState={props.error || cpr ? "error" : props.warning ? "warning" : "none"}
    >
      <Textarea
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        rows={props.rows ?? 2}
        resize="vertical"
      />
    </Field>
  );
}

/**
 * A number typed as text (the form reads it with `readNumber`). `error` marks it red; otherwise
 * `success` (e.g. the computed progress) is shown in green. `narrow` makes it one cell of a
 * `form.row`, sharing the line with its neighbours.
 * @example <NumberField label="Målværdi" hint="Tal, fx 5" value={draft.target} onChange={(v) => update("target", v)} narrow />
 */
export function NumberField(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  success?: string;
  inputMode?: "decimal" | "numeric";
  narrow?: boolean;
}) {
  const form = useFormStyles();
  const message = props.error ?? props.success;
  return (
    <Field
      className={props.narrow ? form.cell : undefined}
      label={props.label}
      hint={props.hint}
      validationMessage={message}
      validationState={props.error ? "error" : props.success ? "success" : "none"}
    >
      <Input
        className={props.narrow ? form.narrow : undefined}
        value={props.value}
        inputMode={props.inputMode ?? "decimal"}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

/**
 * A choice from `options` (each option's text is its value). `children` come before the options,
 * e.g. an empty choice with its own text. `narrow` as for `NumberField`.
 * @example <SelectField label="Status" hint="…" value={draft.status} options={GOAL_STATUSES} onChange={(v) => update("status", v)} />
 */
export function SelectField(props: {
  label: string;
  hint: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  narrow?: boolean;
  children?: ReactNode;
}) {
  const form = useFormStyles();
  return (
    <Field className={props.narrow ? form.cell : undefined} label={props.label} hint={props.hint}>
      <Select
        className={props.narrow ? form.narrow : undefined}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      >
        {props.children}
        {props.options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * A one-line text with the browser's suggestions from `suggestions` (a `<datalist>` with the id
 * `listId`, unique in the pane), e.g. the staff names already in the workbook.
 * @example <SuggestField label="Ansvarlig" hint="…" value={draft.responsible} listId="smorte-responsibles" suggestions={names} onChange={setResponsible} />
 */
export function SuggestField(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  listId: string;
  suggestions: readonly string[];
}) {
  const cpr = containsCpr(props.value);
  return (
    <>
      <Field
        label={props.label}
        hint={props.hint}
        validationMessage={cpr ? cprFieldMessage("Teksten") : undefined}
        validationState={cpr ? "error" : "none"}
      >
        <Input
          value={props.value}
          onChange={(_, d) => props.onChange(d.value)}
          list={props.listId}
          autoComplete="off"
        />
      </Field>
      <datalist id={props.listId}>
        {props.suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}
