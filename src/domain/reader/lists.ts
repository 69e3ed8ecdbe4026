/**
 * The lists of methods (`Metoder`) and target groups (`Maalgrupper`). Names are unique (compared
 * trimmed and case-insensitively); a later duplicate is an error on its row. The names, in their
 * first spelling, are what goals and citizens are checked against.
 */
import type { Method, TargetGroup } from "../types";
import { YES_NO } from "../schema";
import type { ResolvedTable } from "./rawTable";
import { RowReader } from "./rowReader";
import type { Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";

/** Names of a list, keyed by their lower-case form; `usable` = the list exists and names something. */
export interface NameList {
  readonly usable: boolean;
  readonly byKey: ReadonlyMap<string, string>;
}

export const nameKey = (name: string): string => name.toLowerCase();

const duplicateReason = (column: string, firstRow: number): string =>
  `${column} står allerede i række ${firstRow}. Hvert navn må kun stå én gang; slet eller ret den ene række.`;

export function readMethods(t: ResolvedTable, prep: PreparedTable, sink: Sink): { methods: Method[]; names: NameList } {
  const r = new RowReader(t, sink);
  const methods: Method[] = [];
  const byKey = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  for (const i of prep.indices) {
    const status = r.begin(i);
    const method = r.label("method", true);
    const approach = r.text("approach");
    const description = r.text("description");
    const active = r.choice("active");
    if (method !== "") {
      const key = nameKey(method);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        sink.error(status, r.col("method").name, duplicateReason(r.col("method").name, first), "duplicate-name");
      } else {
        firstRowOf.set(key, status.row);
        byKey.set(key, method);
      }
    }
    if (sink.settle(status)) {
      methods.push({
        row: status.row,
        method,
        approach,
        description,
        active: active === null ? null : active === YES_NO[0],
      });
    }
  }
  return { methods, names: { usable: byKey.size > 0, byKey } };
}

export function readTargetGroups(
  t: ResolvedTable,
  prep: PreparedTable,
  sink: Sink,
): { targetGroups: TargetGroup[]; names: NameList } {
  const r = new RowReader(t, sink);
  const targetGroups: TargetGroup[] = [];
  const byKey = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  for (const i of prep.indices) {
    const status = r.begin(i);
    const targetGroup = r.label("targetGroup", true);
    const description = r.text("description");
    if (targetGroup !== "") {
      const key = nameKey(targetGroup);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        sink.error(
          status,
          r.col("targetGroup").name,
          duplicateReason(r.col("targetGroup").name, first),
          "duplicate-name",
        );
      } else {
        firstRowOf.set(key, status.row);
        byKey.set(key, targetGroup);
      }
    }
    if (sink.settle(status)) targetGroups.push({ row: status.row, targetGroup, description });
  }
  return { targetGroups, names: { usable: byKey.size > 0, byKey } };
}
