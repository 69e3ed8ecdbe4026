/**
 * One goal in a citizen's list: the goal text, its six SMORTE marks, method, deadline, latest
 * follow-up with its value, and an overdue mark; with buttons to follow up, edit and add a delmål.
 */
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";
import type { DayNumber, Goal } from "../../domain";
import { showDay } from "../components/dates";
import { Dated, DayText } from "../components/DayText";
import { dueWords } from "../components/dueWords";
import { plainList } from "../components/Lists";
import { SmorteMarks } from "../components/SmorteMarks";
import type { Derived } from "../state/derived";
import { effectiveMethod, valueWords, type LetterStates } from "../state/goalFacts";
import { GoalHistoryToggle } from "../charts/GoalHistoryToggle";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    outline: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  sub: { marginLeft: tokens.spacingHorizontalL, borderLeft: `3px solid ${tokens.colorBrandStroke2}` },
  closed: { backgroundColor: tokens.colorNeutralBackground2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", marginTop: tokens.spacingVerticalXXS },
  children: { ...plainList, gap: tokens.spacingVerticalS },
});

export interface GoalCardProps {
  goal: Goal;
  derived: Derived;
  letters: LetterStates;
  isSubGoal: boolean;
  onFollowUp: () => void;
  onEdit: () => void;
  onAddSubGoal?: () => void;
  children?: ReactNode;
}

export const GoalCard = forwardRef<HTMLElement, GoalCardProps>(function GoalCard(props, ref) {
  const { goal, derived, letters, isSubGoal, onFollowUp, onEdit, onAddSubGoal, children } = props;
  const styles = useStyles();
  const summary = derived.summaryByGoal.get(goal.goalId);
  const { method, inherited } = effectiveMethod(goal, derived);
  const latest = summary?.latestFollowUpId ? derived.followUpById.get(summary.latestFollowUpId) : undefined;
  const titleId = `goal-${goal.goalId}-title`;
  const words = summary ? dueWords(summary.due, derived.today) : null;
  const kind = isSubGoal ? "Delmål" : "Indsatsmål";
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`${styles.card} ${isSubGoal ? styles.sub : ""} ${goal.status !== "Aktiv" ? styles.closed : ""}`}
    >
      <div className={styles.line}>
        <Caption1>
          {kind} {goal.goalId}
        </Caption1>
        {goal.status !== "Aktiv" ? (
          <Badge appearance="outline" color="informative" size="small">
            {goal.status}
          </Badge>
        ) : null}
        {words && summary?.needsAction ? (
          <Badge
            appearance={words.urgent ? "filled" : "tint"}
            color={words.urgent ? "danger" : "informative"}
            size="small"
          >
            {words.badge}
          </Badge>
        ) : null}
      </div>
      <h3 id={titleId} className={styles.title}>
        {goal.text || "(uden måltekst)"}
      </h3>
      <SmorteMarks status={letters} />
      <dl className={styles.facts}>
        <dt className={styles.term}>Metode</dt>
        <dd className={styles.value}>
          {method}
          {inherited ? " (fra indsatsmålet)" : ""}
        </dd>
        <dt className={styles.term}>Slutdato</dt>
        <dd className={styles.value}>{goal.endDate !== null ? <DayText day={goal.endDate} /> : "ikke sat"}</dd>
        <dt className={styles.term}>Seneste</dt>
        <dd className={styles.value}>
          {summary?.latestDate != null ? (
            <Dated text={`${showDay(summary.latestDate)}: ${valueWords(summary.latestValue, latest)}`} />
          ) : (
            "ingen opfølgning endnu"
          )}
        </dd>
        {words && summary ? (
          <>
            <dt className={styles.term}>{summary.needsAction ? words.badge : "Næste"}</dt>
            <dd className={styles.value}>
              {summary.needsAction ? (
                <Text
                  size={200}
                  weight="semibold"
                  style={words.urgent ? { color: tokens.colorPaletteRedForeground1 } : undefined}
                >
                  <Dated text={words.line} />
                </Text>
              ) : (
                <DayText day={summary.dueDate as DayNumber} />
              )}
            </dd>
          </>
        ) : null}
      </dl>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={onFollowUp} aria-label={`Følg op på ${goal.goalId}`}>
          Følg op
        </Button>
        <Button size="small" onClick={onEdit} aria-label={`Redigér ${goal.goalId}`}>
          Redigér
        </Button>
        {onAddSubGoal ? (
          <Button size="small" onClick={onAddSubGoal} aria-label={`Nyt delmål under ${goal.goalId}`}>
            Nyt delmål
          </Button>
        ) : null}
        <GoalHistoryToggle goal={goal} />
      </div>
      {children}
    </article>
  );
});

export const useGoalListStyles = useStyles;
