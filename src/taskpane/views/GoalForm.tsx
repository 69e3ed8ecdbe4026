/**
 * Write or edit a goal, with the fields grouped by SMORTE letter. Each group has its one-line hint
 * and shows the domain's findings for that letter as the user types. Saving an incomplete goal is
 * allowed; the pane then says what is missing. What the user typed survives a failed save.
 */
import { Caption1, Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Warning16Regular } from "@fluentui/react-icons";
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { checkGoal, GOAL_STATUSES, GOAL_TYPES, GOALS, letterStatus } from "../../domain";
import type { GoalFinding, SmorteLetter } from "../../domain";
import { danishList } from "../components/danishText";
import { DateField } from "../components/DateField";
import { NumberField, SelectField, SuggestField, TextField } from "../components/Fields";
import { Form, FormActions, useDraft, useFormStyles, useSave } from "../components/FormParts";
import { MissingRecord } from "../components/MissingRecord";
import { useNotice, type NoticeText } from "../components/Notice";
import { LETTER_NAMES, LETTERS, SmorteMarks } from "../components/SmorteMarks";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useData, usePaneState, useStore } from "../state/context";
import { compareDa, useDerived } from "../state/derived";
import { ID_STYLE, nextId } from "../state/ids";
import { rawIds } from "../state/rawIds";
import {
  checkInputOf,
  draftFromGoal,
  draftProblems,
  newGoalDraft,
  recordOf,
  type GoalDraft,
  type UnreadableDates,
} from "./goalDraft";

/** The GAS weights a goal may have (1 is ordinary). */
const WEIGHTS = ["1", "2", "3", "4"];

const help = (key: string): string => GOALS.columns.find((c) => c.key === key)?.help ?? "";

/** The column whose help text is each letter's one-line hint ("S – Specifikt: …" without the prefix). */
const LETTER_HINT_KEY: Record<SmorteLetter, string> = {
  S: "text",
  M: "successCriterion",
  O: "achievability",
  R: "relevance",
  T: "endDate",
  E: "evaluation",
};

/** "S – Specifikt: hvad vil borgeren opnå, konkret?" → "Hvad vil borgeren opnå, konkret?" */
export function letterHint(letter: SmorteLetter): string {
  const text = help(LETTER_HINT_KEY[letter]).replace(/^\p{Lu} – (?:\p{L}+: )?/u, "");
  return text.charAt(0).toLocaleUpperCase("da-DK") + text.slice(1);
}

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  findings: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: "2px" },
  finding: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    fontSize: tokens.fontSizeBase200,
  },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: "2px" },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  legendMark: {
    marginLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
});

function Findings({ findings }: { findings: readonly GoalFinding[] }) {
  const styles = useStyles();
  if (findings.length === 0) return <Text className={styles.ok}>I orden.</Text>;
  return (
    <ul className={styles.findings}>
      {findings.map((f) => (
        <li key={f.code + f.message} className={styles.finding}>
          {f.severity === "error" ? (
            <ErrorCircle16Regular className={styles.error} aria-label="Mangler:" />
          ) : (
            <Warning16Regular className={styles.warning} aria-label="Bør ses efter:" />
          )}
          <span>{f.message}</span>
        </li>
      ))}
    </ul>
  );
}

const STATE_WORD = { ok: "i orden", warning: "bør ses efter", error: "mangler" } as const;

/** One SMORTE letter's fields, with its state in the legend and its own findings beneath. */
function LetterGroup({
  letter,
  findings,
  children,
}: {
  letter: SmorteLetter;
  /** All of the goal's findings; the group shows the letter's own. */
  findings: readonly GoalFinding[];
  children: ReactNode;
}) {
  const form = useFormStyles();
  const styles = useStyles();
  const state = letterStatus(findings)[letter];
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>
        {letter} – {LETTER_NAMES[letter]}
        <span className={styles.legendMark}>({STATE_WORD[state]})</span>
      </legend>
      <p className={form.hint}>{letterHint(letter)}</p>
      {children}
      <Findings findings={findings.filter((f) => f.letter === letter)} />
    </fieldset>
  );
}

/**
 * What the pane says after a goal is saved: every SMORTE letter that is not in order, as the goal card
 * will mark it, in its order, each with its state and findings.
 */
export function savedNotice(goalId: string, where: string, findings: readonly GoalFinding[]): NoticeText {
  const letters = letterStatus(findings);
  const line = (letter: SmorteLetter): string =>
    `${letter} – ${LETTER_NAMES[letter]} (${STATE_WORD[letters[letter]]}): ${findings
      .filter((f) => f.letter === letter)
      .map((f) => f.message)
      .join(" ")}`;
  const missing = LETTERS.filter((l) => letters[l] === "error");
  const toLook = LETTERS.filter((l) => letters[l] === "warning");
  const title = `Målet ${goalId} er gemt (${where}).`;
  if (missing.length === 0 && toLook.length === 0) {
    return { intent: "success", text: `${title} Det er SMORTE-komplet.` };
  }
  const names = (ls: readonly SmorteLetter[]): string => danishList(ls);
  const text =
    missing.length > 0
      ? `Det er ikke SMORTE-komplet endnu: ${names(missing)} mangler${toLook.length ? `, og ${names(toLook)} bør ses efter` : ""}.`
      : `Det er SMORTE-komplet, men ${names(toLook)} bør ses efter.`;
  return {
    intent: missing.length > 0 ? "warning" : "success",
    title,
    text,
    // In the card's order, S to E, each with its state.
    lines: LETTERS.filter((l) => letters[l] !== "ok").map(line),
  };
}

export function GoalForm({ goalId, citizenId, parentId }: { goalId?: string; citizenId?: string; parentId?: string }) {
  const data = useData();
  const derived = useDerived();
  const { snapshot } = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const form = useFormStyles();
  const styles = useStyles();
  const existing = goalId ? derived.goalById.get(goalId) : undefined;
  const ownerId = existing?.citizenId ?? citizenId ?? "";
  const citizen = derived.citizenById.get(ownerId);

  const { draft, update, bind } = useDraft<GoalDraft>(() => {
    if (existing) return draftFromGoal(existing);
    const parent = parentId ? derived.goalById.get(parentId) : undefined;
    const id = nextId(ID_STYLE.goal.prefix, rawIds(snapshot, "Maal"), ID_STYLE.goal.width);
    return newGoalDraft(id, ownerId, parentId ?? "", store.todayDay(), parent?.responsible ?? "");
  });
  const save = useSave();

  // A date field holding text that cannot be read says so itself; the findings must not call it missing.
  const [unreadable, setUnreadable] = useState<UnreadableDates>({});
  const startUnreadable = useCallback((u: boolean) => setUnreadable((p) => ({ ...p, startDate: u })), []);
  const endUnreadable = useCallback((u: boolean) => setUnreadable((p) => ({ ...p, endDate: u })), []);
  const deferred = useDeferredValue(draft);
  const findings = useMemo(
    () => checkGoal(checkInputOf(deferred, data.settings.interval, unreadable)),
    [deferred, data.settings.interval, unreadable],
  );
  const letters = letterStatus(findings);
  // Numbers are checked as they are typed; the required fields once the user has tried to save.
  const live = draftProblems(draft);
  const problems = {
    ...(save.attempted ? live : {}),
    baseline: live.baseline,
    target: live.target,
    interval: live.interval,
  };
  // While a shown problem stops the save, the summary does not also say the goal can be saved anyway.
  const blocked = Object.values(problems).some((p) => p !== undefined);
  const avoidAtText = findings.find((f) => f.code === "o-avoid")?.message;
  const parent = draft.parentId ? derived.goalById.get(draft.parentId) : undefined;

  const methods = useMemo(() => {
    const names = data.methods.filter((m) => m.active !== false).map((m) => m.method);
    if (draft.method && !names.includes(draft.method)) names.push(draft.method);
    return names.sort(compareDa);
  }, [data, draft.method]);

  if (goalId && !existing) {
    return (
      <MissingRecord title={`Mål ${goalId}`} what={`MålID ${goalId}`} where="arket Mål" onBack={() => nav.back()} />
    );
  }

  const submit = async () => {
    if (Object.keys(draftProblems(draft)).length > 0) {
      return save.block("Målet er ikke gemt. Ret felterne, der er markeret med rødt.");
    }
    await save.run("Målet er ikke gemt", async () => {
      const record = recordOf(draft);
      const result = await store.save("Maal", record, existing ? "update" : "insert");
      const now = checkGoal(checkInputOf(draft, data.settings.interval));
      notice.show(savedNotice(String(record.goalId), `arket Mål, række ${result.row}`, now));
      nav.replace({ view: "citizen", citizenId: draft.citizenId, focusGoalId: String(record.goalId) });
    });
  };

  const okCount = LETTERS.filter((l) => letters[l] === "ok").length;
  const missing = LETTERS.filter((l) => letters[l] === "error");
  const title = existing ? `Redigér ${existing.goalId}` : draft.parentId ? "Nyt delmål" : "Nyt mål";

  return (
    <div>
      <ViewHeader
        title={title}
        subtitle={
          <Caption1>
            {citizen ? `${citizen.citizenId}${citizen.name ? ` ${citizen.name}` : ""}` : `Borger ${ownerId}`}
            {parent ? ` · delmål af ${parent.goalId}: ${parent.text}` : ""}
          </Caption1>
        }
        onBack={() => nav.back()}
      />
      <Form label={title} onSubmit={() => void submit()} error={save.error}>
        <div className={styles.summary}>
          <SmorteMarks status={letters} />
          <Text size={200} aria-live="polite">
            {missing.length === 0
              ? `SMORTE-komplet: ${okCount} af 6 bogstaver er i orden${okCount < 6 ? ", resten bør ses efter" : ""}.`
              : `Mangler: ${missing.map((l) => `${l} (${LETTER_NAMES[l]})`).join(", ")}.${
                  blocked ? "" : " Du kan godt gemme målet alligevel."
                }`}
          </Text>
        </div>

        <LetterGroup letter="S" findings={findings}>
          <TextField
            label="Mål"
            hint="Skriv, hvad borgeren vil opnå, så andre kan se det ske."
            {...bind("text")}
            required
            error={problems.text}
            warning={avoidAtText}
            rows={3}
          />
          <SelectField label="Måltype" hint={help("goalType")} {...bind("goalType")} options={GOAL_TYPES} />
        </LetterGroup>

        <LetterGroup letter="M" findings={findings}>
          <TextField
            label="Succeskriterium"
            hint="Fx et antal, en hyppighed eller en handling, man kan se."
            {...bind("successCriterion")}
          />
          <div className={form.row}>
            <NumberField narrow label="Udgangspunkt" hint="Tal, fx 1" {...bind("baseline")} error={problems.baseline} />
            <NumberField narrow label="Målværdi" hint="Tal, fx 5" {...bind("target")} error={problems.target} />
          </div>
        </LetterGroup>

        <LetterGroup letter="O" findings={findings}>
          <TextField
            label="Opnåelighed"
            hint="Hvorfor borgeren kan nå målet: fx hvad borgeren allerede kan, og hvilken støtte der er."
            {...bind("achievability")}
          />
        </LetterGroup>

        <LetterGroup letter="R" findings={findings}>
          <TextField
            label="Relevans"
            hint="Borgerens egne ønsker og kommunens handleplan (§ 141)."
            {...bind("relevance")}
          />
          <Field label="Var borgeren med til at formulere målet?" hint="Inddragelse tæller i tilbuddets datakvalitet.">
            <RadioGroup
              layout="horizontal"
              value={draft.involved}
              onChange={(_, d) => update("involved", d.value as GoalDraft["involved"])}
            >
              <Radio value="" label="Ikke oplyst" />
              <Radio value="Ja" label="Ja" />
              <Radio value="Nej" label="Nej" />
            </RadioGroup>
          </Field>
        </LetterGroup>

        <LetterGroup letter="T" findings={findings}>
          <DateField
            label="Startdato"
            required
            hint="Hvornår målet starter."
            {...bind("startDate")}
            validationMessage={problems.startDate}
            validationState={problems.startDate ? "error" : "none"}
            today={store.todayDay()}
            onUnreadableChange={startUnreadable}
          />
          <DateField
            label="Slutdato"
            hint="Hvornår målet skal være nået (højst 12 måneder frem anbefales)."
            {...bind("endDate")}
            today={store.todayDay()}
            onUnreadableChange={endUnreadable}
          />
        </LetterGroup>

        <LetterGroup letter="E" findings={findings}>
          <TextField label="Evaluering" hint="Hvem evaluerer hvordan, og hvornår." {...bind("evaluation")} />
          <NumberField
            label="Opfølgningsinterval (dage)"
            hint={`Tom = standard fra Indstillinger (${data.settings.interval} dage).`}
            {...bind("interval")}
            inputMode="numeric"
            error={problems.interval}
          />
        </LetterGroup>

        <fieldset className={form.group}>
          <legend className={form.legend}>Indsats og ansvar</legend>
          <SelectField
            label="Metode"
            hint={
              draft.parentId
                ? "Tom = samme metode som indsatsmålet."
                : methods.length
                  ? "Den faglige metode fra arket Metoder."
                  : "Der er ingen metoder på arket Metoder endnu."
            }
            {...bind("method")}
            options={methods}
          >
            <option value="">
              {draft.parentId
                ? `Samme som indsatsmålet${parent && parent.method ? ` (${parent.method})` : ""}`
                : "Ingen metode"}
            </option>
          </SelectField>
          <SuggestField
            label="Ansvarlig"
            hint={help("responsible")}
            {...bind("responsible")}
            listId="smorte-responsibles"
            suggestions={derived.responsibles}
          />
          <div className={form.row}>
            <SelectField narrow label="GAS-vægt" hint="1-4; 1 er almindelig." {...bind("weight")} options={WEIGHTS} />
            <SelectField
              narrow
              label="Status"
              hint="Aktiv, Afsluttet eller Opgivet."
              {...bind("status")}
              options={GOAL_STATUSES}
            />
          </div>
        </fieldset>

        <FormActions
          saving={save.saving}
          saveLabel={existing ? "Gem ændringer" : "Gem målet"}
          onCancel={() => nav.back()}
        />
      </Form>
    </div>
  );
}
