/**
 * "Historik" on a goal card: shows the goal's follow-ups over time as a chart (loaded lazily) with
 * its table alternative, and hides it again.
 */
import { Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Goal } from "../../domain";
import { useData } from "../state/context";
import { goalHistory } from "./chartData";
import { GoalHistoryPanel } from "./LazyCharts";

export function GoalHistoryToggle({ goal }: { goal: Goal }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-label={`${open ? "Skjul" : "Vis"} historik for ${goal.goalId}`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Skjul historik" : "Historik"}
      </Button>
      {open ? <History goal={goal} /> : null}
    </>
  );
}

function History({ goal }: { goal: Goal }) {
  const data = useData();
  const points = useMemo(() => goalHistory(goal, data), [goal, data]);
  return (
    <div style={{ flexBasis: "100%" }}>
      <GoalHistoryPanel goalId={goal.goalId} points={points} />
    </div>
  );
}
