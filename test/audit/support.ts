/**
 * Audit helpers, independent of the engine: Excel serial day numbers worked out from the calendar
 * (1900 date system: serial 1 = 1900-01-01, Excel's fictitious 29 Feb 1900 makes every later date
 * count from 1899-12-30), and a lookup of a group by name that fails with the list of names seen.
 */

/** Excel serial of a calendar date after 1 March 1900. */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The one element whose `key` equals `name`; throws with the names present when missing. */
export function byName<T>(list: readonly T[], name: string, key: keyof T = "group" as keyof T): T {
  const hit = list.filter((x) => x[key] === name);
  if (hit.length !== 1)
    throw new Error(`expected one "${name}", got ${hit.length} among ${list.map((x) => String(x[key])).join(" | ")}`);
  return hit[0];
}
