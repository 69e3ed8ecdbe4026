/**
 * Add or edit a citizen. A new citizen gets the next free BorgerID proposed; an id that looks like a
 * CPR number is refused with the reason. Nothing typed is lost when saving fails.
 */
import { Field, Input, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { CITIZENS, containsCpr, looksLikeCpr } from "../../domain";
import type { Citizen, DayNumber } from "../../domain";
import { DateField } from "../components/DateField";
import { cprFieldMessage, SuggestField } from "../components/Fields";
import { Form, FormActions, useDraft, useSave } from "../components/FormParts";
import { useNotice } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useData, usePaneState, useStore } from "../state/context";
import { compareDa } from "../state/derived";
import { ID_STYLE, nextId } from "../state/ids";
import { rawIds } from "../state/rawIds";

const help = (key: string): string => CITIZENS.columns.find((c) => c.key === key)?.help ?? "";

interface CitizenDraft {
  citizenId: string;
  name: string;
  targetGroup: string;
  department: string;
  enrolled: DayNumber | null;
  discharged: DayNumber | null;
  contactPerson: string;
}

const draftOf = (c: Citizen): CitizenDraft => ({
  citizenId: c.citizenId,
  name: c.name,
  targetGroup: c.targetGroup,
  department: c.department,
  enrolled: c.enrolled,
  discharged: c.discharged,
  contactPerson: c.contactPerson,
});

export interface CitizenProblems {
  citizenId?: string;
  targetGroup?: string;
  discharged?: string;
  /** CPR-like text in the name or the contact person blocks saving. */
  name?: string;
  contactPerson?: string;
}

/**
 * What is wrong with a citizen draft. The CPR rule is always checked (as the user types); the
 * required fields only once the user has tried to save.
 */
export function citizenProblems(
  draft: CitizenDraft,
  isNew: boolean,
  takenIds: ReadonlySet<string>,
  attempted: boolean,
): CitizenProblems {
  const problems: CitizenProblems = {};
  const id = draft.citizenId.trim();
  if (id && looksLikeCpr(id)) {
    problems.citizenId =
      "BorgerID må ikke være et CPR-nummer, og dette ligner et. Brug et lokalt pseudonym som B0001 – CPR-numre må ikke stå i arbejdsbogen.";
  } else if (isNew && id && takenIds.has(id.toLocaleUpperCase("da-DK"))) {
    problems.citizenId = `BorgerID ${id} findes allerede på arket Borgere. Vælg et andet.`;
  } else if (attempted && !id) {
    problems.citizenId = "Skriv et BorgerID, fx B0001.";
  }
  if (attempted && !draft.targetGroup.trim()) problems.targetGroup = "Vælg borgerens målgruppe.";
  if (draft.enrolled !== null && draft.discharged !== null && draft.discharged < draft.enrolled) {
    problems.discharged = "Udskrevet ligger før Indskrevet. Ret en af datoerne.";
  }
  if (containsCpr(draft.name)) problems.name = cprFieldMessage("Navnet");
  if (containsCpr(draft.contactPerson)) problems.contactPerson = cprFieldMessage("Kontaktperson");
  return problems;
}

export function CitizenForm({ citizenId }: { citizenId?: string }) {
  const data = useData();
  const { snapshot } = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const existing = citizenId ? data.citizens.find((c) => c.citizenId === citizenId) : undefined;
  const isNew = !existing;
  const takenIds = useMemo(
    () => new Set(rawIds(snapshot, "Borgere").map((id) => id.toLocaleUpperCase("da-DK"))),
    [snapshot],
  );
  const { draft, update, bind } = useDraft<CitizenDraft>(() =>
    existing
      ? draftOf(existing)
      : {
          citizenId: nextId(ID_STYLE.citizen.prefix, rawIds(snapshot, "Borgere"), ID_STYLE.citizen.width),
          name: "",
          targetGroup: "",
          department: "",
          enrolled: store.todayDay(),
          discharged: null,
          contactPerson: "",
        },
  );
  const save = useSave();
  const problems = citizenProblems(draft, isNew, takenIds, save.attempted);

  const targetGroups = useMemo(() => {
    const names = data.targetGroups.map((t) => t.targetGroup);
    if (draft.targetGroup && !names.includes(draft.targetGroup)) names.push(draft.targetGroup);
    return names.sort(compareDa);
  }, [data, draft.targetGroup]);
  const departments = useMemo(
    () => [...new Set(data.citizens.map((c) => c.department).filter(Boolean))].sort(compareDa),
    [data],
  );

  const submit = async () => {
    const check = citizenProblems(draft, isNew, takenIds, true);
    if (check.citizenId || check.targetGroup || check.discharged || check.name || check.contactPerson) {
      return save.block("Borgeren er ikke gemt. Ret felterne, der er markeret.");
    }
    await save.run("Borgeren er ikke gemt", async () => {
      const id = draft.citizenId.trim();
      const result = await store.save(
        "Borgere",
        {
          citizenId: id,
          name: draft.name.trim(),
          targetGroup: draft.targetGroup.trim(),
          department: draft.department.trim(),
          enrolled: draft.enrolled ?? "",
          discharged: draft.discharged ?? "",
          contactPerson: draft.contactPerson.trim(),
        },
        isNew ? "insert" : "update",
      );
      notice.show({ intent: "success", text: `Borgeren ${id} er gemt på arket Borgere, række ${result.row}.` });
      nav.replace({ view: "citizen", citizenId: id });
    });
  };

  return (
    <div>
      <ViewHeader title={isNew ? "Ny borger" : `Redigér ${existing.citizenId}`} onBack={() => nav.back()} />
      <Form label={isNew ? "Ny borger" : "Redigér borger"} onSubmit={() => void submit()} error={save.error}>
        <Field
          label="BorgerID"
          required
          hint={
            isNew
              ? `${help("citizenId")} Forslaget er det næste ledige id.`
              : "BorgerID kan ikke ændres her, fordi målene peger på det."
          }
          validationMessage={problems.citizenId}
          validationState={problems.citizenId ? "error" : "none"}
        >
          <Input
            value={draft.citizenId}
            readOnly={!isNew}
            onChange={(_, d) => update("citizenId", d.value)}
            autoComplete="off"
          />
        </Field>
        <Field
          label="Navn"
          hint={help("name")}
          validationMessage={problems.name}
          validationState={problems.name ? "error" : "none"}
        >
          <Input value={draft.name} onChange={(_, d) => update("name", d.value)} autoComplete="off" />
        </Field>
        <Field
          label="Målgruppe"
          required
          hint={
            targetGroups.length
              ? help("targetGroup")
              : "Der er ingen målgrupper på arket Målgrupper endnu. Tilføj dem dér."
          }
          validationMessage={problems.targetGroup}
          validationState={problems.targetGroup ? "error" : "none"}
        >
          <Select value={draft.targetGroup} onChange={(_, d) => update("targetGroup", d.value)}>
            <option value="">Vælg målgruppe …</option>
            {targetGroups.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <SuggestField
          label="Afdeling"
          hint={help("department")}
          {...bind("department")}
          listId="smorte-departments"
          suggestions={departments}
        />
        <Field
          label="Kontaktperson"
          hint={help("contactPerson")}
          validationMessage={problems.contactPerson}
          validationState={problems.contactPerson ? "error" : "none"}
        >
          <Input value={draft.contactPerson} onChange={(_, d) => update("contactPerson", d.value)} autoComplete="off" />
        </Field>
        <DateField label="Indskrevet" hint={help("enrolled")} {...bind("enrolled")} today={store.todayDay()} />
        <DateField
          label="Udskrevet"
          hint={help("discharged")}
          {...bind("discharged")}
          validationMessage={problems.discharged}
          validationState={problems.discharged ? "error" : "none"}
          today={store.todayDay()}
        />
        <FormActions saving={save.saving} onCancel={() => nav.back()} />
      </Form>
    </div>
  );
}
