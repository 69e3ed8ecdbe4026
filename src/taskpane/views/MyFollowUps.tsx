/**
 * Mine opfølgninger: active goals whose follow-up is overdue or due within the next 14 days, most
 * urgent first, filterable by the responsible person (remembered on this computer).
 */
import { Badge, Button, Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { GoalSummary } from "../../domain";
import { relativeDays, showDay } from "../components/dates";
import { plainList, ShowMore, usePaging } from "../components/Lists";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useDerived, type Derived } from "../state/derived";
import { count } from "../components/FormParts";

export const DUE_WITHIN_DAYS = 14;
const ALL = "__alle__";
const NOBODY = "__ingen__";
const STORAGE_KEY = "smorte.ansvarlig";

const useStyles = makeStyles({
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  text: {
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXXS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  count: { color: tokens.colorNeutralForeground2 },
});

/**
 * Active goals due on or before `today + 14`, optionally only those of one responsible person
 * (`""` = goals without one), most overdue first.
 */
export function dueGoals(derived: Derived, responsible: string | null): GoalSummary[] {
  const limit = derived.today + DUE_WITHIN_DAYS;
  const out: GoalSummary[] = [];
  for (const s of derived.summaryByGoal.values()) {
    if (s.dueDate === null || s.dueDate > limit) continue;
    if (responsible !== null && (derived.goalById.get(s.goalId)?.responsible.trim() ?? "") !== responsible) continue;
    out.push(s);
  }
  return out.sort((a, b) => (a.dueDate as number) - (b.dueDate as number) || a.goalId.localeCompare(b.goalId));
}

const remembered = (): string => {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? ALL;
  } catch {
    return ALL;
  }
};

const remember = (value: string): void => {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Storage may be blocked in the host; the filter then lasts for this session only.
  }
};

export function MyFollowUps() {
  const styles = useStyles();
  const derived = useDerived();
  const nav = useNavigation();
  const [who, setWho] = useState<string>(remembered);
  const page = usePaging();
  const known = who === ALL || who === NOBODY || derived.responsibles.includes(who);
  const filter = !known || who === ALL ? null : who === NOBODY ? "" : who;
  const due = useMemo(() => dueGoals(derived, filter), [derived, filter]);
  const overdue = due.filter((s) => s.overdue).length;
  const visible = due.slice(0, page.shown);

  return (
    <div>
      <ViewHeader title="Mine opfølgninger" focusOnOpen={false} />
      <Field label="Ansvarlig" hint={`Mål, der er forfaldne eller skal følges op inden for ${DUE_WITHIN_DAYS} dage.`}>
        <Select
          value={known ? who : ALL}
          onChange={(_, d) => {
            setWho(d.value);
            remember(d.value);
            page.reset();
          }}
        >
          <option value={ALL}>Alle</option>
          {derived.responsibles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
          <option value={NOBODY}>Uden ansvarlig</option>
        </Select>
      </Field>
      <Caption1 className={styles.count} aria-live="polite" role="status">
        {due.length === 0
          ? "Ingen opfølgninger er forfaldne eller forfalder de næste 14 dage."
          : `${count(due.length)} mål: ${count(overdue)} forfaldne, ${count(due.length - overdue)} forfalder snart.`}
      </Caption1>
      <ul className={styles.list} aria-label="Opfølgninger">
        {visible.map((s) => {
          const goal = derived.goalById.get(s.goalId);
          const citizen = derived.citizenById.get(s.citizenId);
          if (!goal) return null;
          const due = s.dueDate as number;
          return (
            <li key={s.goalId} className={styles.item}>
              <div className={styles.line}>
                <Text weight="semibold">
                  {s.citizenId}
                  {citizen?.name ? ` ${citizen.name}` : ""}
                </Text>
                {s.overdue ? (
                  <Badge color="danger" appearance="filled" size="small">
                    Forfalden
                  </Badge>
                ) : (
                  <Badge color="warning" appearance="tint" size="small">
                    Snart
                  </Badge>
                )}
              </div>
              <Text className={styles.text}>{goal.text}</Text>
              <Caption1 className={styles.meta}>
                {goal.goalId}
                {goal.responsible ? ` · ${goal.responsible}` : ""} ·{" "}
                <span className={s.overdue ? styles.overdue : undefined}>
                  {s.overdue
                    ? `forfalden siden ${showDay(due)} (${s.daysOverdue} dage)`
                    : `forfalder ${showDay(due)} (${relativeDays(due, derived.today)})`}
                </span>
              </Caption1>
              <div className={styles.actions}>
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => nav.go({ view: "followUp", goalId: goal.goalId })}
                  aria-label={`Følg op på ${goal.goalId} for ${s.citizenId}`}
                >
                  Følg op
                </Button>
                <Button
                  size="small"
                  onClick={() => nav.go({ view: "citizen", citizenId: s.citizenId, focusGoalId: goal.goalId })}
                  aria-label={`Vis borger ${s.citizenId}`}
                >
                  Vis borger
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <ShowMore total={due.length} shown={page.shown} onMore={page.more} />
    </div>
  );
}
