/**
 * The overgreb register as the pane sees it: read by the domain from the tables the store holds,
 * beside the citizens it read, once per read of the workbook.
 */
import { useMemo } from "react";
import { readIncidents } from "../../../domain/incidents";
import type { RawWorkbook } from "../../../domain";
import type { IncidentData } from "../../../domain/incidents";
import { usePaneState } from "../../state/context";

export function useRegister(): IncidentData {
  const state = usePaneState();
  const { snapshot, data } = state;
  return useMemo(
    () =>
      readIncidents((snapshot?.tables ?? {}) as RawWorkbook, {
        citizens: data?.citizens ?? [],
        sheet: data?.sheets?.Borgere,
      }).data,
    [snapshot, data],
  );
}
