/**
 * A Danish date field: type the date (dd-mm-åååå and the other day-first forms the workbook accepts)
 * or pick it in a calendar (Monday first, Danish month and day names from date-fns `da`, arrow keys
 * move between days, Enter picks, Escape closes).
 */
import { Field } from "@fluentui/react-components";
import type { CalendarStrings } from "@fluentui/react-datepicker-compat";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { da } from "date-fns/locale";
import { useMemo, useState } from "react";
import type { DayNumber } from "../../domain";
import { dayFromPickerDate, localDateFromDay, parseTypedDate, showDay } from "./dates";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase("da-DK") + s.slice(1);

/** The calendar's texts in Danish, taken from date-fns' `da` locale where it has them. */
export const DANISH_CALENDAR: CalendarStrings = {
  months: range(12).map((m) => capitalise(da.localize.month(m as never, { width: "wide" }))),
  shortMonths: range(12).map((m) => capitalise(da.localize.month(m as never, { width: "abbreviated" }))),
  days: range(7).map((d) => capitalise(da.localize.day(d as never, { width: "wide" }))),
  shortDays: range(7).map((d) => capitalise(da.localize.day(d as never, { width: "narrow" }))),
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

/** Monday, in the numbering the Fluent calendar uses (Sunday = 0). */
const MONDAY = 1;

export interface DateFieldProps {
  label: string;
  value: DayNumber | null;
  onChange: (day: DayNumber | null) => void;
  hint?: string;
  required?: boolean;
  /** A message from the form (e.g. "Slutdatoen ligger før startdatoen"). */
  validationMessage?: string;
  validationState?: "error" | "warning" | "success" | "none";
  today?: DayNumber;
}

/**
 * @example <DateField label="Startdato" value={46082} onChange={setStart} required />
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, hint, required, validationMessage, validationState, today } = props;
  const [typedError, setTypedError] = useState<string | null>(null);
  const todayDate = useMemo(() => (today === undefined ? undefined : localDateFromDay(today)), [today]);
  const message = typedError ?? validationMessage;
  const state = typedError ? "error" : validationState;
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationMessage={message}
      validationState={message ? state : "none"}
    >
      <DatePicker
        value={value === null ? null : localDateFromDay(value)}
        allowTextInput
        strings={DANISH_CALENDAR}
        firstDayOfWeek={MONDAY}
        showWeekNumbers
        showGoToToday
        today={todayDate}
        placeholder="dd-mm-åååå"
        formatDate={(date) => (date ? showDay(dayFromPickerDate(date)) : "")}
        parseDateFromString={(text) => {
          if (text.trim() === "") return null;
          const day = parseTypedDate(text);
          return day === null ? null : localDateFromDay(day);
        }}
        onValidationResult={(result) => {
          if (result.error === "invalid-input")
            setTypedError("Datoen kan ikke læses. Skriv den som dd-mm-åååå, fx 01-03-2026.");
          else if (result.error === "required-input") setTypedError("Skriv en dato.");
          else setTypedError(null);
        }}
        onSelectDate={(date) => {
          setTypedError(null);
          onChange(date ? dayFromPickerDate(date) : null);
        }}
      />
    </Field>
  );
}
