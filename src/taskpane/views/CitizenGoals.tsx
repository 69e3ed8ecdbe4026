/**
 * A citizen and their goals: indsatsmål with their delmål nested beneath, each with SMORTE marks,
 * method, deadline, latest follow-up and an overdue mark. Closed goals are folded away by default.
 */
import { Button, Caption1, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { Add20Regular, Edit20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Goal } from "../../domain";
import { plainList } from "../components/Lists";
import { MissingRecord } from "../components/MissingRecord";
import { ViewHeader } from "../components/ViewHeader";
import { CitizenRisk } from "./incidents/CitizenRisk";
import { useNavigation } from "../navigation";
import { useData } from "../state/context";
import { useDerived } from "../state/derived";
import { goalCheck, type LetterStates } from "../state/goalFacts";
import { StatusReportButton } from "../charts/StatusReportButton";
import { GoalCard } from "./GoalCard";

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
    marginBottom: tokens.spacingVerticalS,
  },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  subList: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

const STATUS_ORDER: Record<Goal["status"], number> = { Aktiv: 0, Afsluttet: 1, Opgivet: 2 };

interface Node {
  goal: Goal;
  children: Goal[];
}

/** Indsatsmål with their delmål; a delmål whose parent is not among the citizen's goals stands alone. */
export function goalTree(goals: readonly Goal[]): Node[] {
  const ids = new Set(goals.map((g) => g.goalId));
  const roots: Node[] = [];
  const byParent = new Map<string, Goal[]>();
  for (const goal of goals) {
    if (goal.parentId !== "" && ids.has(goal.parentId) && goal.parentId !== goal.goalId) {
      const list = byParent.get(goal.parentId) ?? [];
      list.push(goal);
      byParent.set(goal.parentId, list);
    }
  }
  for (const goal of goals) {
    if (goal.parentId === "" || !ids.has(goal.parentId) || goal.parentId === goal.goalId) {
      roots.push({ goal, children: byParent.get(goal.goalId) ?? [] });
    }
  }
  const order = (a: Goal, b: Goal) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.row - b.row;
  roots.sort((a, b) => order(a.goal, b.goal));
  for (const r of roots) r.children.sort(order);
  return roots;
}

export function CitizenGoals({ citizenId, focusGoalId }: { citizenId: string; focusGoalId?: string }) {
  const styles = useStyles();
  const data = useData();
  const derived = useDerived();
  const nav = useNavigation();
  const [showClosed, setShowClosed] = useState(false);
  const focusRef = useRef<HTMLElement>(null);
  const citizen = derived.citizenById.get(citizenId);
  const goals = useMemo(() => derived.goalsByCitizen.get(citizenId) ?? [], [derived, citizenId]);
  const letters = useMemo(() => {
    const map = new Map<string, LetterStates>();
    for (const goal of goals) map.set(goal.goalId, goalCheck(goal, data).letters);
    return map;
  }, [goals, data]);
  const tree = useMemo(() => goalTree(goals), [goals]);
  const closedCount = goals.filter((g) => g.status !== "Aktiv").length;
  const focusIsClosed =
    focusGoalId !== undefined && goals.some((g) => g.goalId === focusGoalId && g.status !== "Aktiv");
  const visibleTree =
    showClosed || focusIsClosed
      ? tree
      : tree.filter((n) => n.goal.status === "Aktiv" || n.children.some((c) => c.status === "Aktiv"));

  useEffect(() => {
    if (focusGoalId && focusRef.current) {
      focusRef.current.focus();
      focusRef.current.scrollIntoView?.({ block: "nearest" });
    }
  }, [focusGoalId]);

  if (!citizen) {
    return (
      <MissingRecord
        title={`Borger ${citizenId}`}
        what={`BorgerID ${citizenId}`}
        where="arket Borgere"
        onBack={() => nav.back()}
      />
    );
  }

  const meta = [
    citizen.targetGroup,
    citizen.department,
    citizen.contactPerson && `Kontaktperson: ${citizen.contactPerson}`,
  ]
    .filter(Boolean)
    .join(" · ");
  const card = (goal: Goal, isSub: boolean, children?: React.ReactNode) => (
    <GoalCard
      ref={goal.goalId === focusGoalId ? focusRef : undefined}
      goal={goal}
      derived={derived}
      letters={letters.get(goal.goalId) as LetterStates}
      isSubGoal={isSub}
      onFollowUp={() => nav.go({ view: "followUp", goalId: goal.goalId })}
      onEdit={() => nav.go({ view: "goalForm", goalId: goal.goalId })}
      onAddSubGoal={isSub ? undefined : () => nav.go({ view: "goalForm", citizenId, parentId: goal.goalId })}
    >
      {children}
    </GoalCard>
  );
  const visibleChildren = (n: Node) =>
    showClosed || focusIsClosed ? n.children : n.children.filter((c) => c.status === "Aktiv");

  return (
    <div>
      <ViewHeader
        title={citizen.name ? `${citizen.citizenId} ${citizen.name}` : citizen.citizenId}
        subtitle={meta ? <Caption1 className={styles.meta}>{meta}</Caption1> : undefined}
        onBack={() => nav.back({ view: "citizens" })}
        focusOnOpen={!focusGoalId}
      />
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => nav.go({ view: "goalForm", citizenId })}>
          Nyt mål
        </Button>
        <Button icon={<Edit20Regular />} onClick={() => nav.go({ view: "citizenForm", citizenId })}>
          Redigér borger
        </Button>
        <StatusReportButton citizenId={citizenId} />
        {closedCount > 0 ? (
          <Switch
            checked={showClosed}
            onChange={(_, d) => setShowClosed(d.checked)}
            label={`Vis afsluttede og opgivne mål (${closedCount})`}
          />
        ) : null}
      </div>
      <CitizenRisk citizenId={citizen.citizenId} />
      {goals.length === 0 ? <Caption1>Borgeren har ingen mål endnu. Skriv det første med Nyt mål.</Caption1> : null}
      <ul className={styles.list} aria-label={`Mål for ${citizen.citizenId}`}>
        {visibleTree.map((node) => {
          const kids = visibleChildren(node);
          return (
            <li key={node.goal.goalId}>
              {card(
                node.goal,
                node.goal.parentId !== "",
                kids.length > 0 ? (
                  <ul className={styles.subList} aria-label={`Delmål under ${node.goal.goalId}`}>
                    {kids.map((child) => (
                      <li key={child.goalId}>{card(child, true)}</li>
                    ))}
                  </ul>
                ) : undefined,
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
