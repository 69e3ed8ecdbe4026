/**
 * Episodes with open handling steps, newest first: debriefing, the occupational-injury report (with
 * its 9-day deadline when there is absence), the decision on a police report, and the
 * arbejdsmiljøgruppe's analysis. A step done today is marked with one click; the episode opens for
 * the rest.
 */
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { formatTime } from "../../../domain";
import { episodesWithOpenSteps } from "../../../domain/incidents";
import type { Incident, OpenStep, OpenStepKind } from "../../../domain/incidents";
import { count } from "../../components/FormParts";
import { plainList, ShowMore, usePaging } from "../../components/Lists";
import { Message, type NoticeText } from "../../components/Notice";
import { ViewHeader } from "../../components/ViewHeader";
import { relativeDays, showDay } from "../../components/dates";
import { useNavigation } from "../../navigation";
import { useStore } from "../../state/context";
import { messageOf } from "../../state/store";
import { useRegister } from "./useRegister";
import { Dated, DayText } from "../../components/DayText";

const useStyles = makeStyles({
  list: { ...plainList, gap: tokens.spacingVerticalS },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  id: { fontWeight: tokens.fontWeightSemibold },
  steps: { ...plainList, gap: tokens.spacingVerticalXS },
  step: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginBottom: tokens.spacingVerticalS },
});

/** The Haendelser column a step fills in. */
const STEP_COLUMN: Record<OpenStepKind, string> = {
  debriefing: "debriefing",
  injuryReport: "injuryReport",
  policeReport: "policeReport",
  analysis: "analysed",
};

const DONE_TEXT: Record<OpenStepKind, string> = {
  debriefing: "Debriefing holdt i dag",
  injuryReport: "Anmeldt i dag",
  policeReport: "Besluttet i dag",
  analysis: "Analyseret i dag",
};

export const incidentLine = (i: Incident): string =>
  [
    `${showDay(i.date)}${i.time === null ? "" : ` kl. ${formatTime(i.time)}`}`,
    i.direction,
    i.type,
    i.citizenId,
    i.department,
  ]
    .filter(Boolean)
    .join(" · ");

function StepLine({ incident, step, today }: { incident: Incident; step: OpenStep; today: number }) {
  const styles = useStyles();
  const store = useStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<NoticeText | null>(null);
  const done = async () => {
    setBusy(true);
    setError(null);
    try {
      await store.save("Haendelser", { incidentId: incident.incidentId, [STEP_COLUMN[step.kind]]: today }, "update");
    } catch (e) {
      setError({ intent: "error", text: `${step.label} er ikke gemt: ${messageOf(e)}` });
      setBusy(false);
    }
  };
  return (
    <li className={styles.step}>
      <Text>{step.label}</Text>
      {step.due !== null ? (
        <Badge color={step.overdue ? "danger" : "warning"} appearance="tint" size="small">
          {step.overdue ? "Fristen er overskredet" : "Frist"} <DayText day={step.due} /> (
          {relativeDays(step.due, today)})
        </Badge>
      ) : null}
      <Button
        size="small"
        disabled={busy}
        onClick={() => void done()}
        aria-label={`${DONE_TEXT[step.kind]}: ${incident.incidentId}`}
      >
        {DONE_TEXT[step.kind]}
      </Button>
      {error ? <Message notice={error} /> : null}
    </li>
  );
}

export function OpenStepsList() {
  const styles = useStyles();
  const register = useRegister();
  const store = useStore();
  const nav = useNavigation();
  const page = usePaging();
  const today = store.todayDay();
  const open = useMemo(() => episodesWithOpenSteps(register.incidents, today), [register, today]);
  const visible = open.slice(0, page.shown);
  return (
    <div>
      <ViewHeader title="Episoder med åbne trin" onBack={() => nav.back({ view: "citizens" })} />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => nav.go({ view: "incidentForm" })}>
          Registrér episode
        </Button>
      </div>
      <Caption1 aria-live="polite">
        {open.length === 0
          ? register.incidents.length === 0
            ? "Der er ingen episoder i registret."
            : "Alle episoder er fulgt op."
          : `${count(open.length)} ${open.length === 1 ? "episode har" : "episoder har"} åbne trin.`}
      </Caption1>
      <ul className={styles.list} aria-label="Episoder med åbne trin">
        {visible.map(({ incident, steps }) => (
          <li key={incident.incidentId} className={styles.entry}>
            <span className={styles.line}>
              <Text className={styles.id}>{incident.incidentId}</Text>
              <Caption1>
                <Dated text={incidentLine(incident)} />
              </Caption1>
            </span>
            <ul className={styles.steps} aria-label={`Åbne trin for ${incident.incidentId}`}>
              {steps.map((step) => (
                <StepLine key={step.kind} incident={incident} step={step} today={today} />
              ))}
            </ul>
            <Button
              size="small"
              appearance="subtle"
              style={{ alignSelf: "flex-start" }}
              onClick={() => nav.go({ view: "incidentForm", incidentId: incident.incidentId })}
            >
              Åbn episode {incident.incidentId}
            </Button>
          </li>
        ))}
      </ul>
      <ShowMore total={open.length} shown={page.shown} onMore={page.more} />
    </div>
  );
}
