/**
 * "Registrér episode": the minute right after an episode. Today's date and the time now are filled
 * in, the four directions and five types are large choices, the citizen and department come from the
 * citizen the user came from; the rest is optional. Opened on an existing episode, the follow-up
 * steps and the learning can be filled in too. CPR-like text in any field blocks saving.
 */
import { Field, Input, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { INCIDENTS, INCIDENT_DIRECTIONS, INCIDENT_TYPES, INJURY_KINDS, YES_NO } from "../../../domain";
import { DateField } from "../../components/DateField";
import { SuggestField, TextField } from "../../components/Fields";
import { Form, FormActions, useDraft, useFormStyles, useSave } from "../../components/FormParts";
import { MissingRecord } from "../../components/MissingRecord";
import { useNotice } from "../../components/Notice";
import { ViewHeader } from "../../components/ViewHeader";
import { useNavigation } from "../../navigation";
import { useData, usePaneState, useStore } from "../../state/context";
import { compareDa } from "../../state/derived";
import { nextId } from "../../state/ids";
import { rawIds } from "../../state/rawIds";
import { useOpenedRecord } from "../../state/useOpenedRecord";
import type { CellValue } from "../../../domain";
import { BigChoice } from "./BigChoice";
import {
  blocksSaving,
  incidentDraftOf,
  incidentProblems,
  incidentRecord,
  newIncidentDraft,
  type IncidentDraft,
} from "./incidentDraft";
import { cellText, rawRecord } from "./rawRecord";
import { useRegister } from "./useRegister";

const help = (key: string): string => INCIDENTS.columns.find((c) => c.key === key)?.help ?? "";

const useStyles = makeStyles({
  steps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** An episode's form; an existing episode is read whole first (its Beskrivelse is not in the pane's lists). */
export function IncidentForm({ citizenId, incidentId }: { citizenId?: string; incidentId?: string }) {
  const opened = useOpenedRecord("Haendelser", incidentId);
  const nav = useNavigation();
  if (opened.status === "loading") return <Spinner label="Henter episoden …" />;
  if (incidentId && !opened.record) {
    // Not read whole (gone meanwhile, or the read failed): never open the form on an empty description.
    return (
      <MissingRecord
        title="Episode"
        what={`Episoden ${incidentId}`}
        where="arket Hændelser"
        onBack={() => nav.back()}
      />
    );
  }
  return <IncidentFormBody citizenId={citizenId} incidentId={incidentId} opened={opened.record} />;
}

function IncidentFormBody({
  citizenId,
  incidentId,
  opened,
}: {
  citizenId?: string;
  incidentId?: string;
  opened: Readonly<Record<string, CellValue>> | null;
}) {
  const data = useData();
  const register = useRegister();
  const { snapshot } = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const form = useFormStyles();
  const styles = useStyles();
  const existing = incidentId ? register.incidents.find((i) => i.incidentId === incidentId) : undefined;
  const isNew = !existing;
  const takenIds = useMemo(
    () => new Set(rawIds(snapshot, "Haendelser").map((id) => id.toLocaleUpperCase("da-DK"))),
    [snapshot],
  );
  const { draft, update, bind } = useDraft<IncidentDraft>(() => {
    if (existing) {
      const raw = opened ?? rawRecord(snapshot, "Haendelser", existing.incidentId);
      return incidentDraftOf(existing, {
        description: cellText(raw?.description),
        learning: cellText(raw?.learning),
        department: cellText(raw?.department),
      });
    }
    const citizen = citizenId ? data.citizens.find((c) => c.citizenId === citizenId) : undefined;
    return newIncidentDraft(nextId("H", rawIds(snapshot, "Haendelser"), 4), store.todayDay(), store.now(), citizen);
  });
  const save = useSave();
  const problems = incidentProblems(draft, save.attempted, takenIds, isNew);

  const citizens = useMemo(
    () =>
      data.citizens
        .filter((c) => c.discharged === null || c.citizenId === draft.citizenId)
        .map((c) => c.citizenId)
        .sort(compareDa),
    [data, draft.citizenId],
  );
  const departments = useMemo(
    () => [...new Set(data.citizens.map((c) => c.department).filter(Boolean))].sort(compareDa),
    [data],
  );
  const staff = useMemo(
    () => [...new Set(register.incidents.map((i) => i.registeredBy).filter(Boolean))].sort(compareDa),
    [register],
  );
  const situations =
    register.situations.includes(draft.situation) || draft.situation === ""
      ? register.situations
      : [...register.situations, draft.situation];

  const chooseCitizen = (id: string) => {
    update("citizenId", id);
    const citizen = data.citizens.find((c) => c.citizenId === id);
    if (citizen) update("department", citizen.department);
  };

  const submit = async () => {
    const check = incidentProblems(draft, true, takenIds, isNew);
    if (blocksSaving(check)) {
      // Fields without a message of their own (Afdeling, Situation, Registreret af, HændelseID) are named here.
      const unmarked = [check.department, check.situation, check.registeredBy, check.incidentId].filter(Boolean);
      return save.block(
        `Episoden er ikke gemt. ${unmarked.length > 0 ? unmarked.join(" ") : "Ret felterne, der er markeret."}`,
      );
    }
    await save.run("Episoden er ikke gemt", async () => {
      const record = incidentRecord(draft);
      const result = await store.save("Haendelser", record, isNew ? "insert" : "update");
      notice.show({
        intent: "success",
        text: `Episoden ${String(record.incidentId)} er ${isNew ? "registreret" : "gemt"} på arket Hændelser, række ${result.row}.`,
      });
      nav.replace({ view: "incidents" });
    });
  };

  return (
    <div>
      <ViewHeader title={isNew ? "Registrér episode" : `Episode ${existing.incidentId}`} onBack={() => nav.back()} />
      <Form label={isNew ? "Registrér episode" : "Redigér episode"} onSubmit={() => void submit()} error={save.error}>
        <div className={form.row}>
          <div className={form.cell}>
            <DateField
              label="Dato"
              required
              {...bind("date")}
              today={store.todayDay()}
              validationMessage={problems.date}
              validationState={problems.date ? "error" : "none"}
            />
          </div>
          <Field
            className={form.cell}
            label="Tidspunkt"
            hint="tt:mm"
            validationMessage={problems.time}
            validationState={problems.time ? "error" : "none"}
          >
            <Input
              className={form.narrow}
              value={draft.time}
              onChange={(_, d) => update("time", d.value)}
              inputMode="numeric"
            />
          </Field>
        </div>
        <BigChoice
          label="Hvem mod hvem"
          options={INCIDENT_DIRECTIONS}
          {...bind("direction")}
          error={problems.direction}
        />
        <BigChoice
          label="Type"
          hint="Den alvorligste form."
          options={INCIDENT_TYPES}
          {...bind("type")}
          error={problems.type}
        />
        <Field label="Borger" hint={help("citizenId")}>
          <Select value={draft.citizenId} onChange={(_, d) => chooseCitizen(d.value)}>
            <option value="">(ingen bestemt borger)</option>
            {citizens.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <SuggestField
          label="Afdeling"
          hint={help("department")}
          {...bind("department")}
          listId="smorte-incident-departments"
          suggestions={departments}
        />
        <Field label="Situation" hint="Listen redigeres på arket Indstillinger.">
          <Select value={draft.situation} onChange={(_, d) => update("situation", d.value)}>
            <option value="">(ikke angivet)</option>
            {situations.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <div className={form.row}>
          <Field className={form.cell} label="Alene med borgeren">
            <Select className={form.narrow} value={draft.alone} onChange={(_, d) => update("alone", d.value)}>
              <option value="">(ikke angivet)</option>
              {YES_NO.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </Select>
          </Field>
          <Field className={form.cell} label="Skade">
            <Select className={form.narrow} value={draft.injury} onChange={(_, d) => update("injury", d.value)}>
              <option value="">(ikke angivet)</option>
              {INJURY_KINDS.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </Select>
          </Field>
          <Field
            className={form.cell}
            label="Fravær (dage)"
            validationMessage={problems.absence}
            validationState={problems.absence ? "error" : "none"}
          >
            <Input
              className={form.narrow}
              value={draft.absence}
              onChange={(_, d) => update("absence", d.value)}
              inputMode="numeric"
            />
          </Field>
        </div>
        <TextField
          label="Beskrivelse"
          hint={help("description")}
          {...bind("description")}
          error={problems.description}
          rows={3}
        />
        <SuggestField
          label="Registreret af"
          hint={help("registeredBy")}
          {...bind("registeredBy")}
          listId="smorte-incident-staff"
          suggestions={staff}
        />
        {!isNew ? (
          <fieldset className={form.group}>
            <legend className={form.legend}>Opfølgning</legend>
            <div className={styles.steps}>
              <DateField
                label="Debriefing"
                hint={help("debriefing")}
                {...bind("debriefing")}
                today={store.todayDay()}
              />
              <DateField
                label="Anmeldt som arbejdsskade"
                hint={help("injuryReport")}
                {...bind("injuryReport")}
                today={store.todayDay()}
              />
              <DateField
                label="Besluttet om politianmeldelse"
                hint={help("policeReport")}
                {...bind("policeReport")}
                today={store.todayDay()}
              />
              <DateField label="Analyseret" hint={help("analysed")} {...bind("analysed")} today={store.todayDay()} />
              <TextField label="Læring" hint={help("learning")} {...bind("learning")} error={problems.learning} />
            </div>
          </fieldset>
        ) : null}
        <FormActions saving={save.saving} saveLabel={isNew ? "Registrér" : "Gem"} onCancel={() => nav.back()} />
      </Form>
    </div>
  );
}
