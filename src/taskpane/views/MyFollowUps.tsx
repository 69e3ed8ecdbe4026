/**
 * Mine opfølgninger: active goals that ask for action — a follow-up late, the final follow-up missing
 * after Slutdato, or a goal ready to close — and those due within the next 14 days, most urgent first,
 * each with the action it needs; filterable by the responsible person (remembered on this computer).
 */
import { Badge, Button, Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { compareDueStates, type GoalSummary } from "../../domain";
import { counted } from "../components/danishText";
import { dueWords } from "../components/dueWords";
import { count } from "../components/FormParts";
import { plainList, ShowMore, usePaging } from "../components/Lists";
import { useNotice } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useStore } from "../state/context";
import { useDerived, type Derived } from "../state/derived";
import { messageOf } from "../state/store";
import { Dated } from "../components/DayText";

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
 * Active goals that need action now (overdue, final follow-up missing, ready to close) or are due on or
 * before `today + 14`, optionally only those of one responsible person (`""` = goals without one), most
 * urgent first (see `compareDueStates`).
 */
export function dueGoals(derived: Derived, responsible: string | null): GoalSummary[] {
  const limit = derived.today + DUE_WITHIN_DAYS;
  const out: GoalSummary[] = [];
  for (const s of derived.summaryByGoal.values()) {
    const soon = s.due.kind === "due" && s.dueDate !== null && s.dueDate <= limit;
    if (!s.needsAction && !soon) continue;
    if (responsible !== null && (derived.goalById.get(s.goalId)?.responsible.trim() ?? "") !== responsible) continue;
    out.push(s);
  }
  return out.sort((a, b) => compareDueStates(a.due, b.due) || a.goalId.localeCompare(b.goalId));
}

/** "3 mål: 1 forfalden, 1 mangler den afsluttende opfølgning og 1 er klar til at afslutte." */
export function dueSummary(due: readonly GoalSummary[]): string {
  if (due.length === 0) return "Ingen mål venter på en opfølgning eller skal afsluttes de næste 14 dage.";
  const n = (kind: GoalSummary["due"]["kind"]) => due.filter((s) => s.due.kind === kind).length;
  const parts = [
    n("overdue") > 0 ? counted(n("overdue"), "forfalden", "forfaldne") : "",
    n("finalFollowUp") > 0 ? `${count(n("finalFollowUp"))} mangler den afsluttende opfølgning` : "",
    n("readyToClose") > 0 ? `${count(n("readyToClose"))} er klar til at afslutte` : "",
    n("due") > 0 ? `${count(n("due"))} forfalder snart` : "",
  ].filter(Boolean);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} og ${parts[parts.length - 1]}`;
  return `${counted(due.length, "mål", "mål")}: ${list}.`;
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
  const visible = due.slice(0, page.shown);
  const store = useStore();
  const notice = useNotice();
  const [closing, setClosing] = useState<string | null>(null);
  /** Set Status to Afsluttet (only that cell; a colleague's change meanwhile is refused by the store). */
  const close = async (goalId: string) => {
    setClosing(goalId);
    try {
      const result = await store.save("Maal", { goalId, status: "Afsluttet" }, "update");
      notice.show({ intent: "success", text: `Målet ${goalId} er afsluttet (arket Mål, række ${result.row}).` });
    } catch (error) {
      notice.show({ intent: "error", text: `Målet ${goalId} er ikke afsluttet. ${messageOf(error)}` });
    } finally {
      setClosing(null);
    }
  };

  return (
    <div>
      <ViewHeader title="Mine opfølgninger" focusOnOpen={false} />
      <Field
        label="Ansvarlig"
        hint={`Mål, der er forfaldne, skal afsluttes eller skal følges op inden for ${DUE_WITHIN_DAYS} dage.`}
      >
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
        {dueSummary(due)}
      </Caption1>
      <ul className={styles.list} aria-label="Opfølgninger">
        {visible.map((s) => {
          const goal = derived.goalById.get(s.goalId);
          const citizen = derived.citizenById.get(s.citizenId);
          if (!goal) return null;
          const words = dueWords(s.due, derived.today);
          if (!words) return null;
          const final = s.due.kind === "finalFollowUp";
          return (
            <li key={s.goalId} className={styles.item} data-kind={s.due.kind}>
              <div className={styles.line}>
                <Text weight="semibold">
                  {s.citizenId}
                  {citizen?.name ? ` ${citizen.name}` : ""}
                </Text>
                <Badge
                  color={words.urgent ? "danger" : s.due.kind === "readyToClose" ? "informative" : "warning"}
                  appearance={words.urgent ? "filled" : "tint"}
                  size="small"
                >
                  {words.badge}
                </Badge>
              </div>
              <Text className={styles.text}>{goal.text}</Text>
              <Caption1 className={styles.meta}>
                {goal.goalId}
                {goal.responsible ? ` · ${goal.responsible}` : ""} ·{" "}
                <span className={words.urgent ? styles.overdue : undefined}>
                  <Dated text={words.line} />
                </span>
              </Caption1>
              <div className={styles.actions}>
                {s.due.kind === "readyToClose" ? (
                  <>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={closing !== null}
                      onClick={() => void close(goal.goalId)}
                      aria-label={`Afslut ${goal.goalId} for ${s.citizenId}`}
                    >
                      Afslut
                    </Button>
                    <Button
                      size="small"
                      onClick={() => nav.go({ view: "goalForm", goalId: goal.goalId })}
                      aria-label={`Forlæng ${goal.goalId} for ${s.citizenId} (ret slutdatoen)`}
                    >
                      Forlæng
                    </Button>
                  </>
                ) : (
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => nav.go({ view: "followUp", goalId: goal.goalId, returnToList: true })}
                    aria-label={`${final ? "Afsluttende opfølgning" : "Følg op"} på ${goal.goalId} for ${s.citizenId}`}
                  >
                    {final ? "Afsluttende opfølgning" : "Følg op"}
                  </Button>
                )}
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
