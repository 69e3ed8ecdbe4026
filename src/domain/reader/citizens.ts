/**
 * Citizens (`Borgere`): BorgerID required, unique (a later duplicate is an error on its row) and never
 * a CPR number; Målgruppe required. A target group missing from `Maalgrupper` is a warning.
 */
import type { Citizen } from "../types";
import type { ResolvedTable, TableSheets } from "./rawTable";
import { RowReader } from "./rowReader";
import type { RowStatus, Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";
import { nameKey, type NameList } from "./lists";

/** What a goal's BorgerID can refer to: the first row with that id. */
export interface CitizenRef {
  readonly citizenId: string;
  readonly row: number;
  readonly status: RowStatus;
}

export const idKey = (id: string): string => id.toLowerCase();

export const duplicateIdReason = (column: string, firstRow: number): string =>
  `${column} står allerede i række ${firstRow}. Et id må kun bruges én gang; ret eller slet den ene række.`;

export function readCitizens(
  t: ResolvedTable,
  prep: PreparedTable,
  sink: Sink,
  targetGroups: NameList,
  sheets: TableSheets,
): { citizens: Citizen[]; byId: Map<string, CitizenRef> } {
  const r = new RowReader(t, sink);
  const byId = new Map<string, CitizenRef>();
  const citizens: Citizen[] = [];
  const tgCol = r.col("targetGroup").name;
  for (const i of prep.indices) {
    const status = r.begin(i);
    const citizenId = r.id("citizenId", true);
    const name = r.text("name");
    let targetGroup = r.label("targetGroup", true);
    const department = r.label("department");
    const enrolled = r.date("enrolled");
    const discharged = r.date("discharged");
    const contactPerson = r.text("contactPerson");
    if (citizenId !== null) {
      const key = idKey(citizenId);
      const first = byId.get(key);
      if (first !== undefined)
        sink.error(
          status,
          r.col("citizenId").name,
          duplicateIdReason(r.col("citizenId").name, first.row),
          "duplicate-id",
        );
      else byId.set(key, { citizenId, row: status.row, status });
    }
    if (targetGroup !== "" && targetGroups.usable) {
      const known = targetGroups.byKey.get(nameKey(targetGroup));
      if (known !== undefined) targetGroup = known;
      else if (status.ok) {
        sink.warning(
          status,
          tgCol,
          `Målgruppen står ikke på arket ${sheets.Maalgrupper}. Tilføj den dér, eller ret stavningen; borgeren tæller med under det skrevne navn.`,
          "unknown-target-group",
        );
      }
    }
    if (enrolled !== null && discharged !== null && discharged < enrolled && status.ok) {
      sink.warning(
        status,
        r.col("discharged").name,
        "Udskrevet ligger før Indskrevet. Ret en af datoerne.",
        "discharged-before-enrolled",
      );
    }
    if (sink.settle(status)) {
      citizens.push({
        row: status.row,
        citizenId: citizenId as string,
        name,
        targetGroup,
        department,
        enrolled,
        discharged,
        contactPerson,
      });
    }
  }
  return { citizens, byId };
}
