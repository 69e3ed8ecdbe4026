/**
 * On a citizen's page: the latest risk assessment with its level and when the next is due,
 * "Ny risikovurdering", and "Registrér episode" with the citizen filled in. For the offer's own pane
 * only.
 */
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Add20Regular, Warning20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import {
  assessmentOverdue,
  assessmentsByCitizen,
  episodesWithOpenSteps,
  latestAssessmentOn,
} from "../../../domain/incidents";
import type { RiskLevel } from "../../../domain/incidents";
import { relativeDays } from "../../components/dates";
import { useNavigation } from "../../navigation";
import { useStore } from "../../state/context";
import { useRegister } from "./useRegister";
import { DayText } from "../../components/DayText";
import { figure } from "../../components/FormParts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    marginBottom: tokens.spacingVerticalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const LEVEL_COLOR: Record<RiskLevel, "success" | "warning" | "danger"> = {
  Lav: "success",
  Moderat: "warning",
  Høj: "danger",
};

export function CitizenRisk({ citizenId }: { citizenId: string }) {
  const styles = useStyles();
  const register = useRegister();
  const store = useStore();
  const nav = useNavigation();
  const today = store.todayDay();
  const latest = useMemo(
    () => latestAssessmentOn(assessmentsByCitizen(register.assessments).get(citizenId.toLowerCase()), today),
    [register, citizenId, today],
  );
  const openEpisodes = useMemo(
    () =>
      episodesWithOpenSteps(
        register.incidents.filter((i) => i.citizenId === citizenId),
        today,
      ).length,
    [register, citizenId, today],
  );
  const lastYear = register.incidents.filter(
    (i) => i.citizenId === citizenId && i.date > today - 365 && i.date <= today,
  ).length;
  return (
    <section className={styles.root} aria-label="Risikovurdering og episoder">
      <h3 className={styles.heading}>Risikovurdering</h3>
      {latest ? (
        <>
          <span className={styles.line}>
            {latest.risk ? (
              <Badge color={LEVEL_COLOR[latest.risk]} appearance="filled">
                Risiko: {latest.risk}
              </Badge>
            ) : (
              <Badge appearance="outline">Risiko ikke angivet</Badge>
            )}
            <Text>
              {latest.tool}
              {latest.score !== null ? ` (score ${figure(latest.score)})` : ""} den <DayText day={latest.date} />
            </Text>
          </span>
          {latest.nextDate !== null ? (
            <span className={styles.line}>
              {assessmentOverdue(latest, today) ? <Warning20Regular aria-hidden /> : null}
              <Caption1>
                Næste vurdering <DayText day={latest.nextDate} /> ({relativeDays(latest.nextDate, today)})
                {assessmentOverdue(latest, today) ? " – skal laves nu" : ""}
              </Caption1>
            </span>
          ) : (
            <Caption1>Der er ikke sat dato for næste vurdering.</Caption1>
          )}
        </>
      ) : (
        <Caption1>Borgeren har ingen risikovurdering endnu.</Caption1>
      )}
      <Caption1>
        {lastYear === 0
          ? "Ingen episoder det seneste år."
          : `${lastYear} ${lastYear === 1 ? "episode" : "episoder"} det seneste år`}
        {openEpisodes > 0 ? `, ${openEpisodes} med åbne trin.` : lastYear === 0 ? "" : "."}
      </Caption1>
      <span className={styles.line}>
        <Button icon={<Add20Regular />} onClick={() => nav.go({ view: "incidentForm", citizenId })}>
          Registrér episode
        </Button>
        <Button onClick={() => nav.go({ view: "riskForm", citizenId })}>Ny risikovurdering</Button>
      </span>
    </section>
  );
}
