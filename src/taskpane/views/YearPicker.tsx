/**
 * A year drop-down for the leader views: the years the workbook has follow-ups in, plus the last
 * full year (the default), newest first.
 */
import { Field, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { yearOfDay } from "../../domain";
import type { WorkbookData } from "../../domain";

/** The last calendar year that has ended on `today`. @example lastFullYear(46082) // 2025 */
export const lastFullYear = (today: number): number => yearOfDay(today) - 1;

/** Years with follow-ups, and the last full year, newest first. */
export function yearsOf(data: WorkbookData, today: number): number[] {
  const years = new Set<number>([lastFullYear(today)]);
  for (const f of data.followUps) years.add(yearOfDay(f.date));
  return [...years].filter((y) => y <= yearOfDay(today)).sort((a, b) => b - a);
}

export function YearPicker({
  data,
  today,
  year,
  onChange,
  hint,
}: {
  data: WorkbookData;
  today: number;
  year: number;
  onChange: (year: number) => void;
  hint?: string;
}) {
  const years = useMemo(() => yearsOf(data, today), [data, today]);
  return (
    <Field label="År" hint={hint}>
      <Select value={String(year)} onChange={(_, d) => onChange(Number(d.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
            {y === yearOfDay(today) ? " (indeværende år, ikke afsluttet)" : ""}
          </option>
        ))}
      </Select>
    </Field>
  );
}
