/**
 * Dates as the pane shows them (dd-mm-åååå) that never break at their hyphens: Chromium and Edge
 * break a line after a hyphen followed by a digit, so a narrow pane would show "14-" on one line and
 * "02-2026" on the next. `DayText` draws one day; `Dated` draws a running text (a message, a line on
 * a card) with every date in it kept on one line. The text itself is unchanged, so it copies as typed.
 */
import { makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DayNumber } from "../../domain";
import { showDay } from "./dates";

const useStyles = makeStyles({ day: { whiteSpace: "nowrap" } });

/** A date as the pane writes it, anywhere in a text. */
const DATE = /(\d{2}-\d{2}-\d{4})/;

/** @example <DayText day={46082} /> // 01-03-2026, on one line */
export function DayText({ day }: { day: DayNumber }) {
  return <span className={useStyles().day}>{showDay(day)}</span>;
}

/** @example <Dated text="Seneste 01-03-2026: Opnået (100 %)" /> // the date on one line */
export function Dated({ text }: { text: string }): ReactNode {
  const styles = useStyles();
  const parts = text.split(DATE);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className={styles.day}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
