/**
 * Proposing the next free id for a new citizen, goal or follow-up, in the style the workbook already
 * uses (prefix and number width), e.g. B0061 after B0060, M0005 after M04 and M0004.
 */

/**
 * The next free id with `prefix`: one more than the highest number among ids written as the prefix
 * followed by digits (case-insensitive), padded to the widest such id (at least `minWidth` digits).
 * Ids in any other form are ignored, but the proposal never equals an existing id.
 * @example
 * nextId("B", ["B0001", "B0007", "X12"], 4) // "B0008"
 * nextId("M", ["M01", "M02"], 4)             // "M0003"
 * nextId("O", [], 5)                         // "O00001"
 */
export function nextId(prefix: string, existing: Iterable<string>, minWidth: number): string {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)$`, "i");
  const taken = new Set<string>();
  let highest = 0;
  let width = minWidth;
  for (const id of existing) {
    const trimmed = id.trim();
    taken.add(trimmed.toLocaleUpperCase("da-DK"));
    const match = pattern.exec(trimmed);
    if (!match) continue;
    highest = Math.max(highest, Number(match[1]));
    width = Math.max(width, match[1].length);
  }
  let n = highest + 1;
  let candidate = `${prefix}${String(n).padStart(width, "0")}`;
  while (taken.has(candidate.toLocaleUpperCase("da-DK"))) {
    n += 1;
    candidate = `${prefix}${String(n).padStart(width, "0")}`;
  }
  return candidate;
}

/** Id prefixes and minimum widths used by the pane (the schema's help texts show B0001, M0001, O00001). */
export const ID_STYLE = {
  citizen: { prefix: "B", width: 4 },
  goal: { prefix: "M", width: 4 },
  followUp: { prefix: "O", width: 5 },
} as const;
