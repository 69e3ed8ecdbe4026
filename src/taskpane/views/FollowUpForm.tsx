/**
 * Record (or correct) a follow-up of a goal: date (today by default), an assessment from the
 * workbook's own scale, a measurement with the computed progress when the goal has a baseline and a
 * target, an optional GAS level with the five levels explained, a note (warned about CPR numbers),
 * and the goal's follow-up history beneath.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { followUpValue, goalDueState, progressValue } from "../../domain";
import type { DayNumber, FollowUp, Goal } from "../../domain";
import { DateField } from "../components/DateField";
import { showDay } from "../components/dates";
import { NumberField, SuggestField, TextField } from "../components/Fields";
import {
  Form,
  FormActions,
  numberText,
  figure,
  gasText,
  percent,
  readNumber,
  useDraft,
  useFormStyles,
  useSave,
} from "../components/FormParts";
import { MissingRecord } from "../components/MissingRecord";
import { useNotice } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { VisuallyHidden } from "../components/VisuallyHidden";
import { useNavigation } from "../navigation";
import { useData, usePaneState, useStore } from "../state/context";
import { useOpenedRecord } from "../state/useOpenedRecord";
import { cellText } from "./incidents/rawRecord";
import { useDerived } from "../state/derived";
import { valueWords } from "../state/goalFacts";
import { futureFollowUpMessage } from "../state/followUpDate";
import { ID_STYLE, nextId } from "../state/ids";
import { rawIds } from "../state/rawIds";
import { DayText } from "../components/DayText";

/** The five GAS levels in the words staff use (Kiresuk & Sherman: 0 is the expected outcome). */
export const GAS_EXPLAINED: ReadonlyArray<{ level: number; label: string }> = [
  { level: -2, label: "−2: meget mindre end forventet" },
  { level: -1, label: "−1: mindre end forventet" },
  { level: 0, label: "0: det forventede resultat" },
  { level: 1, label: "+1: mere end forventet" },
  { level: 2, label: "+2: meget mere end forventet" },
];

const HISTORY_PAGE = 10;

const useStyles = makeStyles({
  result: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  goal: {
    margin: 0,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  history: {
    marginTop: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  historyHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: "auto" },
  cell: { overflowWrap: "anywhere", verticalAlign: "top", paddingTop: "4px", paddingBottom: "4px" },
});

interface FollowUpDraft {
  followUpId: string;
  goalId: string;
  date: DayNumber | null;
  assessment: string;
  measurement: string;
  gas: string;
  note: string;
  doneBy: string;
}

const draftOf = (f: FollowUp): FollowUpDraft => ({
  followUpId: f.followUpId,
  goalId: f.goalId,
  date: f.date,
  assessment: f.assessment,
  measurement: numberText(f.measurement),
  gas: f.gas === null ? "" : String(f.gas),
  note: f.note,
  doneBy: f.doneBy,
});

const hasScale = (goal: Goal): boolean =>
  goal.baseline !== null && goal.target !== null && goal.baseline !== goal.target;

function History({
  followUps,
  goal,
  onEdit,
  currentId,
}: {
  followUps: readonly FollowUp[];
  goal: Goal;
  onEdit: (id: string) => void;
  currentId?: string;
}) {
  const styles = useStyles();
  const data = useData();
  const [all, setAll] = useState(false);
  const shown = all ? followUps : followUps.slice(0, HISTORY_PAGE);
  return (
    <section className={styles.history} aria-labelledby="history-heading">
      <h3 id="history-heading" className={styles.historyHeading}>
        Tidligere opfølgninger ({followUps.length})
      </h3>
      {followUps.length === 0 ? (
        <Caption1>Der er ingen opfølgninger på målet endnu.</Caption1>
      ) : (
        <Table size="small" className={styles.table} aria-label={`Opfølgninger på ${goal.goalId}, nyeste først`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Dato</TableHeaderCell>
              <TableHeaderCell>Resultat</TableHeaderCell>
              <TableHeaderCell>
                <VisuallyHidden>Handling</VisuallyHidden>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((f) => {
              const value = followUpValue(f, goal, data.scale);
              const details = [
                f.measurement !== null ? `måling ${figure(f.measurement)}` : "",
                f.gas !== null ? `GAS ${gasText(f.gas)}` : "",
                f.doneBy ? `af ${f.doneBy}` : "",
              ]
                .filter(Boolean)
                .join(" · ");
              return (
                <TableRow key={f.followUpId} aria-current={f.followUpId === currentId ? "true" : undefined}>
                  <TableCell className={styles.cell}>
                    <DayText day={f.date} />
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <div>{valueWords(value, f)}</div>
                    {details ? <Caption1>{details}</Caption1> : null}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => onEdit(f.followUpId)}
                      aria-label={`Redigér opfølgningen ${showDay(f.date)}`}
                    >
                      Redigér
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {!all && followUps.length > HISTORY_PAGE ? (
        <Button onClick={() => setAll(true)} style={{ alignSelf: "flex-start" }}>
          Vis alle {followUps.length}
        </Button>
      ) : null}
    </section>
  );
}

/**
 * A follow-up's form. An existing follow-up is read whole first (its Note is not in the pane's lists):
 * the form starts from the row as the sheet holds it, never from an empty note.
 */
export function FollowUpForm({
  goalId,
  followUpId,
  returnToList,
}: {
  goalId?: string;
  followUpId?: string;
  returnToList?: boolean;
}) {
  const opened = useOpenedRecord("Opfoelgning", followUpId);
  const nav = useNavigation();
  if (opened.status === "loading") return <Spinner label="Henter opfølgningen …" />;
  if (followUpId && !opened.record) {
    // Not read whole (gone meanwhile, or the read failed): never open the form on an empty note.
    return (
      <MissingRecord
        title="Opfølgning"
        what={`Opfølgningen ${followUpId}`}
        where="arket Opfølgning"
        onBack={() => nav.back()}
      />
    );
  }
  return (
    <FollowUpFormBody
      goalId={goalId}
      followUpId={followUpId}
      returnToList={returnToList}
      note={opened.record ? cellText(opened.record.note) : undefined}
    />
  );
}

function FollowUpFormBody({
  goalId,
  followUpId,
  note,
  returnToList,
}: {
  goalId?: string;
  followUpId?: string;
  note?: string;
  returnToList?: boolean;
}) {
  const data = useData();
  const derived = useDerived();
  const { snapshot } = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const form = useFormStyles();
  const styles = useStyles();
  const existing = followUpId ? derived.followUpById.get(followUpId) : undefined;
  const goal = derived.goalById.get(existing?.goalId ?? goalId ?? "");
  const { draft, update, bind } = useDraft<FollowUpDraft>(() =>
    existing
      ? { ...draftOf(existing), note: note ?? existing.note }
      : {
          followUpId: nextId(ID_STYLE.followUp.prefix, rawIds(snapshot, "Opfoelgning"), ID_STYLE.followUp.width),
          goalId: goalId ?? "",
          date: store.todayDay(),
          assessment: "",
          measurement: "",
          gas: "",
          note: "",
          doneBy: goal?.responsible ?? "",
        },
  );
  const save = useSave();
  const history = useMemo(() => (goal ? (derived.followUpsByGoal.get(goal.goalId) ?? []) : []), [derived, goal]);

  if (!goal) {
    const what = followUpId ? `Opfølgningen ${followUpId}` : `Målet ${goalId ?? ""}`;
    return <MissingRecord title="Opfølgning" what={what} where="arkene Opfølgning og Mål" onBack={() => nav.back()} />;
  }

  const measured = readNumber(draft.measurement);
  const measurementError = Number.isNaN(measured ?? 0) ? "Målingen skal være et tal, fx 3 eller 2,5." : undefined;
  const measuredNumber = measured === undefined || Number.isNaN(measured) ? null : measured;
  const progress = progressValue(measuredNumber, goal.baseline, goal.target);
  const value = followUpValue({ assessment: draft.assessment, measurement: measuredNumber }, goal, data.scale);
  const today = store.todayDay();
  const dateError =
    save.attempted && draft.date === null
      ? "Vælg datoen for opfølgningen."
      : draft.date !== null && draft.date > today
        ? futureFollowUpMessage(today)
        : undefined;
  const dateWarning =
    draft.date !== null && goal.startDate !== null && draft.date < goal.startDate
      ? `Datoen ligger før målets startdato (${showDay(goal.startDate)}).`
      : undefined;

  const submit = async () => {
    const date = draft.date;
    if (date === null || date > today || measurementError) {
      return save.block("Opfølgningen er ikke gemt. Ret felterne, der er markeret med rødt.");
    }
    await save.run("Opfølgningen er ikke gemt", async () => {
      const id = draft.followUpId.trim();
      const result = await store.save(
        "Opfoelgning",
        {
          followUpId: id,
          goalId: goal.goalId,
          date,
          assessment: draft.assessment,
          measurement: measuredNumber ?? "",
          gas: draft.gas === "" ? "" : Number(draft.gas),
          note: draft.note.trim(),
          doneBy: draft.doneBy.trim(),
        },
        existing ? "update" : "insert",
      );
      const latest = Math.max(date, ...history.filter((f) => f.followUpId !== id).map((f) => f.date));
      const due = goalDueState(goal, latest as DayNumber, data.settings.interval, today);
      const next =
        due.kind === "due" && due.date !== null
          ? ` Næste opfølgning på ${goal.goalId}: ${showDay(due.date)}.`
          : due.kind === "readyToClose"
            ? ` Slutdatoen for ${goal.goalId} er passeret: afslut målet, eller ryk slutdatoen.`
            : "";
      notice.show({
        intent: "success",
        text: `Opfølgningen ${id} er gemt (arket Opfølgning, række ${result.row}).${next}`,
      });
      if (returnToList) {
        // Opened from the overdue list: go back to it, where the next goal waits.
        nav.setDirty(false);
        nav.back({ view: "due" });
      } else {
        nav.replace({ view: "citizen", citizenId: goal.citizenId, focusGoalId: goal.goalId });
      }
    });
  };

  const title = existing ? `Redigér opfølgning ${existing.followUpId}` : `Følg op på ${goal.goalId}`;
  return (
    <div>
      <ViewHeader
        title={title}
        subtitle={
          <p className={styles.goal}>
            {goal.citizenId} · {goal.text}
          </p>
        }
        onBack={() => nav.back()}
      />
      <Form label={title} onSubmit={() => void submit()} error={save.error}>
        <DateField
          label="Dato"
          required
          {...bind("date")}
          validationMessage={dateError ?? dateWarning}
          validationState={dateError ? "error" : dateWarning ? "warning" : "none"}
          today={today}
        />
        <Field label="Vurdering" hint="Skalaen fra arket Indstillinger.">
          <RadioGroup value={draft.assessment} onChange={(_, d) => update("assessment", d.value)}>
            <Radio value="" label={hasScale(goal) ? "Ingen vurdering – brug målingen" : "Ingen vurdering"} />
            {data.scale.map((step) => (
              <Radio
                key={step.label}
                value={step.label}
                label={step.value === null ? `${step.label} (tæller ikke)` : `${step.label} (${percent(step.value)})`}
              />
            ))}
          </RadioGroup>
        </Field>
        {hasScale(goal) ? (
          <NumberField
            label="Måling"
            hint={`Udgangspunkt ${numberText(goal.baseline)}, målværdi ${numberText(goal.target)}. Bruges, når der ikke er valgt en vurdering.`}
            {...bind("measurement")}
            error={measurementError}
            success={
              progress !== null ? `Fremskridt: ${percent(progress)} af vejen fra udgangspunkt til målværdi.` : undefined
            }
          />
        ) : null}
        <div className={styles.result} aria-live="polite">
          <Text size={200}>
            Denne opfølgning giver: <strong>{value === null ? "tæller ikke med" : valueWords(value, undefined)}</strong>
          </Text>
        </div>
        <Field
          label="GAS-niveau (valgfrit)"
          hint="Goal Attainment Scaling: hvordan gik det i forhold til det forventede?"
        >
          <RadioGroup value={draft.gas} onChange={(_, d) => update("gas", d.value)}>
            <Radio value="" label="Intet GAS-niveau" />
            {GAS_EXPLAINED.map((g) => (
              <Radio key={g.level} value={String(g.level)} label={g.label} />
            ))}
          </RadioGroup>
        </Field>
        <TextField label="Note" hint="Kort note. Skriv aldrig CPR-nummer." {...bind("note")} subject="Noten" rows={3} />
        <SuggestField
          label="Udført af"
          hint="Medarbejderen, der fulgte op."
          {...bind("doneBy")}
          listId="smorte-staff"
          suggestions={derived.responsibles}
        />
        <FormActions
          saving={save.saving}
          saveLabel={existing ? "Gem ændringer" : "Gem opfølgningen"}
          onCancel={() => nav.back()}
        />
      </Form>
      <div className={form.form}>
        <History
          followUps={history}
          goal={goal}
          currentId={existing?.followUpId}
          onEdit={(id) => nav.go({ view: "followUp", followUpId: id })}
        />
      </div>
    </div>
  );
}
