/**
 * A Danish date field. Staff type the date the way they write it (01-03-2026, 1-3-26, 1/3/26,
 * 1 3 26, 010326, 1.3.2026; two-digit years as the domain's `readTypedDate` reads them) and it is read as
 * they type; leaving the field shows it as dd-mm-åååå. Text that cannot be read stays as typed with a
 * message beside it (it is never replaced by the old date nor emptied), and the form around it will
 * not save until it is fixed or emptied. The calendar opens only from its button, on the date in the
 * field or else on the pane's today (not the machine's), with Danish month and day names in lower case,
 * Monday first and week numbers; arrow keys move, Enter picks, Escape closes.
 */
import { Button, Field, Input, Popover, PopoverSurface, PopoverTrigger, makeStyles } from "@fluentui/react-components";
import {
  Calendar,
  DEFAULT_DATE_FORMATTING,
  type CalendarDayProps,
  type CalendarStrings,
  type DateFormatting,
  type ICalendar,
} from "@fluentui/react-calendar-compat";
import { CalendarLtr20Regular } from "@fluentui/react-icons";
import { da } from "date-fns/locale";
import { useEffect, useMemo, useRef, useState } from "react";
import { readTypedDate, type DayNumber, type TypedDate } from "../../domain";
import { dayFromPickerDate, localDateFromDay, showDay } from "./dates";
import { useFieldProblem } from "./fieldProblems";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The calendar's texts in Danish (month and day names in lower case, as Danish writes them). */
export const DANISH_CALENDAR: CalendarStrings = {
  months: range(12).map((m) => da.localize.month(m as never, { width: "wide" })),
  shortMonths: range(12).map((m) => da.localize.month(m as never, { width: "abbreviated" })),
  days: range(7).map((d) => da.localize.day(d as never, { width: "wide" })),
  shortDays: range(7).map((d) => da.localize.day(d as never, { width: "short" })),
  goToToday: "Gå til i dag",
  prevMonthAriaLabel: "Forrige måned",
  nextMonthAriaLabel: "Næste måned",
  prevYearAriaLabel: "Forrige år",
  nextYearAriaLabel: "Næste år",
  prevYearRangeAriaLabel: "Forrige årrække",
  nextYearRangeAriaLabel: "Næste årrække",
  monthPickerHeaderAriaLabel: "{0}, vælg for at skifte år",
  yearPickerHeaderAriaLabel: "{0}, vælg for at skifte måned",
  closeButtonAriaLabel: "Luk kalenderen",
  weekNumberFormatString: "Uge {0}",
  selectedDateFormatString: "Valgt dato {0}",
  todayDateFormatString: "I dag {0}",
  dayMarkedAriaLabel: "markeret",
};

/**
 * The calendar's texts while the field holds no date: Fluent's calendar then marks the pane's today as
 * its selection, so it must not say "Valgt dato"; it says that nothing is chosen, and which day is today.
 */
export const DANISH_CALENDAR_NO_DATE: CalendarStrings = {
  ...DANISH_CALENDAR,
  selectedDateFormatString: "Ingen dato valgt",
};

/** Fluent's day grid selects nothing when it is given no selected date (its type says it always is). */
const NO_CHOSEN_DAY: Partial<CalendarDayProps> = { selectedDate: undefined };

/** Dates the calendar speaks ("Valgt dato 1. marts 2026") the Danish way round. */
const DANISH_DATE_FORMATTING: DateFormatting = {
  ...DEFAULT_DATE_FORMATTING,
  formatMonthDayYear: (date, strings) => `${date.getDate()}. ${strings.months[date.getMonth()]} ${date.getFullYear()}`,
};

/** Monday, in the numbering the Fluent calendar uses (Sunday = 0). */
const MONDAY = 1;

/** Why typed text is not a date, in Danish. */
export const UNREADABLE_DATE =
  "Datoen kan ikke læses. Skriv den som dd-mm-åååå, fx 01-03-2026, eller kort: 1-3-26 eller 010326.";
export const NO_SUCH_DATE = "Den dato findes ikke. Ret dagen eller måneden.";

const useStyles = makeStyles({ input: { whiteSpace: "nowrap" } });

export interface DateFieldProps {
  label: string;
  value: DayNumber | null;
  onChange: (day: DayNumber | null) => void;
  /** The pane's today: the calendar opens on it, and two-digit years are read around it. */
  today: DayNumber;
  hint?: string;
  required?: boolean;
  /** A message from the form (e.g. "Slutdatoen ligger før startdatoen"). */
  validationMessage?: string;
  validationState?: "error" | "warning" | "success" | "none";
  /**
   * Told whenever the field starts or stops holding text that cannot be read, so the form can say
   * "cannot be read" rather than "missing" (`value` keeps the last day that could be read).
   */
  onUnreadableChange?: (unreadable: boolean) => void;
}

type Reading = TypedDate | { readonly ok: "empty" };
const read = (text: string, today: DayNumber): Reading =>
  text.trim() === "" ? { ok: "empty" } : readTypedDate(text, today);

/**
 * @example <DateField label="Startdato" value={46082} onChange={setStart} today={store.todayDay()} required />
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, hint, required, validationMessage, validationState, today, onUnreadableChange } =
    props;
  const styles = useStyles();
  const [text, setText] = useState(() => showDay(value));
  const [shownProblem, setShownProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const calendar = useRef<ICalendar>(null);
  const reading = read(text, today);
  const [seenValue, setSeenValue] = useState(value);
  // A new value from outside (the form loaded a record, a colleague's version): show it, unless the
  // text already says that day (React's "adjust state when a prop changes" pattern, no effect).
  if (value !== seenValue) {
    setSeenValue(value);
    const says = reading.ok === true ? reading.day : reading.ok === "empty" ? null : undefined;
    if (says !== undefined && says !== value) {
      setText(showDay(value));
      setShownProblem(null);
    }
  }

  useEffect(() => {
    if (open) calendar.current?.focus();
  }, [open]);

  const problemText =
    reading.ok === false ? (reading.reason === "no-such-date" ? NO_SUCH_DATE : UNREADABLE_DATE) : null;
  const fieldProblem = useMemo(
    () => (problemText ? { label, message: problemText, focus: () => input.current?.focus() } : null),
    [label, problemText],
  );
  useFieldProblem(fieldProblem);
  const unreadable = problemText !== null;
  useEffect(() => onUnreadableChange?.(unreadable), [onUnreadableChange, unreadable]);

  const type = (next: string) => {
    setText(next);
    const r = read(next, today);
    if (r.ok === true) {
      setShownProblem(null);
      if (r.day !== value) onChange(r.day);
    } else if (r.ok === "empty") {
      setShownProblem(null);
      if (value !== null) onChange(null);
    }
  };

  /** Leaving the field (or Enter): a readable date is shown in full, unreadable text gets its message. */
  const commit = () => {
    if (reading.ok === true) setText(showDay(reading.day));
    setShownProblem(problemText);
  };

  const pick = (date: Date) => {
    const day = dayFromPickerDate(date);
    setOpen(false);
    if (day === null) return;
    setText(showDay(day));
    setShownProblem(null);
    if (day !== value) onChange(day);
    input.current?.focus();
  };

  // The calendar opens on the date the text says; on unreadable or no text, on the pane's today.
  const calendarDay = reading.ok === true ? reading.day : null;
  const message = shownProblem ?? validationMessage;
  const state = shownProblem ? "error" : validationState;
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationMessage={message}
      validationState={message ? state : "none"}
    >
      <Input
        ref={input}
        className={styles.input}
        value={text}
        placeholder="dd-mm-åååå"
        autoComplete="off"
        onChange={(_, d) => type(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        contentAfter={
          <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus positioning="below-end">
            <PopoverTrigger disableButtonEnhancement>
              <Button
                type="button"
                appearance="transparent"
                size="small"
                icon={<CalendarLtr20Regular />}
                aria-label={`Vælg ${label.toLocaleLowerCase("da-DK")} i kalenderen`}
                aria-expanded={open}
              />
            </PopoverTrigger>
            <PopoverSurface aria-label={`Kalender: ${label}`}>
              <Calendar
                // Fluent's calendar cannot go from no date to a date; a fresh one when the field gets one.
                key={calendarDay === null ? "none" : "day"}
                componentRef={calendar}
                value={calendarDay === null ? undefined : localDateFromDay(calendarDay)}
                today={localDateFromDay(today)}
                strings={calendarDay === null ? DANISH_CALENDAR_NO_DATE : DANISH_CALENDAR}
                // Nor is a day marked as chosen (the day grid marks none without a selected date).
                calendarDayProps={calendarDay === null ? NO_CHOSEN_DAY : undefined}
                dateTimeFormatter={DANISH_DATE_FORMATTING}
                firstDayOfWeek={MONDAY}
                showWeekNumbers
                showGoToToday
                onSelectDate={pick}
                onDismiss={() => setOpen(false)}
              />
            </PopoverSurface>
          </Popover>
        }
      />
    </Field>
  );
}
