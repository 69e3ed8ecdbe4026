/**
 * Goals (`Maal`), read in two passes. Pass 1 reads each row's cells, checks that MålID is unique and
 * that the citizen exists and is usable. Pass 2 checks `Overordnet`: the parent must be a goal of the
 * same citizen that is itself an indsatsmål (one level only) and usable. References are stored in the
 * spelling of the row they point to, so later joins can compare ids exactly.
 */
import type { Goal, GoalStatus, GoalType } from "../types";
import { GOAL_STATUSES, GOAL_TYPES, YES_NO } from "../schema";
import type { ResolvedTable, TableSheets } from "./rawTable";
import { RowReader } from "./rowReader";
import type { RowStatus, Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";
import { duplicateIdReason, idKey, type CitizenRef } from "./citizens";
import { nameKey, type NameList } from "./lists";

type Draft = { -readonly [K in keyof Goal]: Goal[K] };

/** What a follow-up's MålID can refer to: the first row with that id. */
export interface GoalRef {
  readonly goal: Draft;
  readonly status: RowStatus;
}

interface Pending {
  readonly goal: Draft;
  readonly status: RowStatus;
  /** The parent id as written ("" for an indsatsmål; null when unreadable). */
  readonly parent: string | null;
  /** Was BorgerID read (and found)? */
  readonly citizenKnown: boolean;
}

export function readGoals(
  t: ResolvedTable,
  prep: PreparedTable,
  sink: Sink,
  citizens: ReadonlyMap<string, CitizenRef>,
  methods: NameList,
  sheets: TableSheets,
): { goals: Goal[]; byId: Map<string, GoalRef> } {
  const r = new RowReader(t, sink);
  const byId = new Map<string, GoalRef>();
  const pending: Pending[] = [];
  const idCol = r.col("goalId").name;
  const citizenCol = r.col("citizenId").name;
  const methodCol = r.col("method").name;

  // Pass 1: cells, unique MålID, the citizen.
  for (const i of prep.indices) {
    const status = r.begin(i);
    const goalId = r.id("goalId", true);
    const citizenIdRaw = r.id("citizenId", true);
    const parent = r.id("parentId");
    const goalType = (r.choice("goalType") ?? GOAL_TYPES[0]) as GoalType;
    const text = r.text("text", true);
    const successCriterion = r.text("successCriterion");
    const achievability = r.text("achievability");
    const relevance = r.text("relevance");
    const startDate = r.date("startDate", true);
    const endDate = r.date("endDate");
    const evaluation = r.text("evaluation");
    let method = r.label("method");
    const baseline = r.number("baseline");
    const target = r.number("target");
    const weight = r.integer("weight") ?? 1;
    const interval = r.integer("interval");
    const involved = r.choice("involved");
    const responsible = r.text("responsible");
    const goalStatus = (r.choice("status") ?? GOAL_STATUSES[0]) as GoalStatus;

    if (goalId !== null) {
      const key = idKey(goalId);
      const first = byId.get(key);
      if (first !== undefined) sink.error(status, idCol, duplicateIdReason(idCol, first.status.row), "duplicate-id");
    }
    let citizenId = citizenIdRaw ?? "";
    let citizenKnown = false;
    if (citizenIdRaw !== null) {
      const citizen = citizens.get(idKey(citizenIdRaw));
      if (citizen === undefined) {
        sink.error(
          status,
          citizenCol,
          `BorgerID findes ikke på arket ${sheets.Borgere}. Opret borgeren dér, eller ret BorgerID.`,
          "unknown-citizen",
        );
      } else {
        citizenId = citizen.citizenId;
        citizenKnown = true;
        if (!citizen.status.ok) {
          sink.error(
            status,
            citizenCol,
            `Borgeren i række ${citizen.row} på arket ${sheets.Borgere} kan ikke bruges (se fejlen dér), så målet tæller heller ikke med.`,
            "citizen-left-out",
          );
        }
      }
    }
    if (baseline !== null && target !== null && !Number.isFinite(target - baseline)) {
      // Two numbers of Excel's size whose distance cannot be held: every progress would be undefined.
      sink.error(
        status,
        r.col("target").name,
        `Afstanden fra ${r.col("baseline").name} til ${r.col("target").name} er for stor til at regne med. Brug tal af en almindelig størrelse.`,
        "distance-too-large",
      );
    }
    if (method !== "" && methods.usable) {
      const known = methods.byKey.get(nameKey(method));
      if (known !== undefined) method = known;
      else {
        sink.warning(
          status,
          methodCol,
          `Metoden står ikke på arket ${sheets.Metoder}. Tilføj den dér, eller ret stavningen; målet tæller med under det skrevne navn.`,
          "unknown-method",
        );
      }
    }
    const goal: Draft = {
      row: status.row,
      goalId: goalId ?? "",
      citizenId,
      parentId: parent ?? "",
      goalType,
      text,
      successCriterion,
      achievability,
      relevance,
      startDate,
      endDate,
      evaluation,
      method,
      baseline,
      target,
      weight,
      interval,
      involved: involved === null ? null : involved === YES_NO[0],
      responsible,
      status: goalStatus,
    };
    if (goalId !== null && !byId.has(idKey(goalId))) byId.set(idKey(goalId), { goal, status });
    pending.push({ goal, status, parent, citizenKnown });
  }

  // Pass 2: Overordnet. A parent is an indsatsmål, so its own state is final after pass 1.
  const parentCol = r.col("parentId").name;
  for (const p of pending) {
    if (p.parent === null || p.parent === "") continue;
    const ref = byId.get(idKey(p.parent));
    const at = (reason: string, code: string): void => sink.error(p.status, parentCol, reason, code);
    if (ref === undefined) {
      at(
        `Det overordnede mål findes ikke på arket ${t.sheet}. Skriv MålID for indsatsmålet, eller lad cellen være tom.`,
        "unknown-parent",
      );
    } else if (ref.status === p.status) {
      at(
        "Et mål kan ikke være sit eget overordnede mål. Skriv MålID for indsatsmålet, eller lad cellen være tom.",
        "self-parent",
      );
    } else if (ref.goal.parentId !== "") {
      at(
        `Det overordnede mål i række ${ref.status.row} er selv et delmål. Et delmål skal høre under et indsatsmål (kun ét niveau).`,
        "parent-is-subgoal",
      );
    } else if (p.citizenKnown && ref.goal.citizenId !== "" && idKey(ref.goal.citizenId) !== idKey(p.goal.citizenId)) {
      at(
        `Det overordnede mål i række ${ref.status.row} hører til en anden borger. Et delmål skal høre til samme borger som sit indsatsmål.`,
        "parent-other-citizen",
      );
    } else if (!ref.status.ok) {
      at(
        `Det overordnede mål i række ${ref.status.row} kan ikke bruges (se fejlen dér), så delmålet tæller heller ikke med.`,
        "parent-left-out",
      );
    } else {
      p.goal.parentId = ref.goal.goalId;
    }
  }

  const goals: Goal[] = [];
  for (const p of pending) if (sink.settle(p.status)) goals.push(p.goal);
  return { goals, byId };
}
