/**
 * A date as the pane shows it (dd-mm-åååå) that never breaks at its hyphens, so a narrow pane never
 * shows "14-" on one line and "02-2026" on the next.
 */
import { makeStyles } from "@fluentui/react-components";
import type { DayNumber } from "../../domain";
import { showDay } from "./dates";

const useStyles = makeStyles({ day: { whiteSpace: "nowrap" } });

/** @example <DayText day={46082} /> // 01-03-2026, on one line */
export function DayText({ day }: { day: DayNumber }) {
  return <span className={useStyles().day}>{showDay(day)}</span>;
}
