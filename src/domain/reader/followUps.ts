/**
 * Follow-ups (`Opfoelgning`): OpfølgningID unique, MålID of a usable goal, Dato required, Vurdering a
 * label of the scale (an unknown label is an error: the follow-up does not count), Måling a number,
 * GAS a whole number −2..2. A follow-up dated before its goal's Startdato or after today is a warning
 * and still counts.
 */
import type { DayNumber, FollowUp } from "../types";
import { formatDay } from "../dates";
import type { ResolvedTable, TableSheets } from "./rawTable";
import { RowReader } from "./rowReader";
import type { Sink } from "./sink";
import type { PreparedTable } from "./tablePrep";
import { duplicateIdReason, idKey } from "./citizens";
import type { GoalRef } from "./goals";
import { labelKey, type ReadScale } from "./scale";

export function readFollowUps(
  t: ResolvedTable,
  prep: PreparedTable,
  sink: Sink,
  goals: ReadonlyMap<string, GoalRef>,
  scale: ReadScale,
  today: DayNumber,
  sheets: TableSheets,
): FollowUp[] {
  const r = new RowReader(t, sink);
  const seen = new Map<string, number>();
  const followUps: FollowUp[] = [];
  const idCol = r.col("followUpId").name;
  const goalCol = r.col("goalId").name;
  const dateCol = r.col("date").name;
  const assessmentCol = r.col("assessment").name;
  const measurementCol = r.col("measurement").name;
  const labels = scale.steps.map((s) => s.label).join(", ");
  const todayText = formatDay(today);

  for (const i of prep.indices) {
    const status = r.begin(i);
    const followUpId = r.id("followUpId", true);
    const goalIdRaw = r.id("goalId", true);
    const date = r.date("date", true);
    let assessment = r.label("assessment");
    const measurement = r.number("measurement");
    const gas = r.integer("gas");
    const note = r.text("note");
    const doneBy = r.text("doneBy");

    if (followUpId !== null) {
      const key = idKey(followUpId);
      const first = seen.get(key);
      if (first !== undefined) sink.error(status, idCol, duplicateIdReason(idCol, first), "duplicate-id");
      else seen.set(key, status.row);
    }
    let goal: GoalRef | undefined;
    if (goalIdRaw !== null) {
      goal = goals.get(idKey(goalIdRaw));
      if (goal === undefined) {
        sink.error(
          status,
          goalCol,
          `MålID findes ikke på arket ${sheets.Maal}. Ret MålID, eller opret målet dér.`,
          "unknown-goal",
        );
      } else if (!goal.status.ok) {
        sink.error(
          status,
          goalCol,
          `Målet i række ${goal.status.row} på arket ${sheets.Maal} kan ikke bruges (se fejlen dér), så opfølgningen tæller heller ikke med.`,
          "goal-left-out",
        );
      }
    }
    if (assessment !== "") {
      const entry = scale.byKey.get(labelKey(assessment));
      if (entry === undefined) {
        sink.error(
          status,
          assessmentCol,
          `Vurderingen findes ikke i skalaen på arket ${sheets.Skala}, så opfølgningen tæller ikke med. Brug en af: ${labels}.`,
          "unknown-label",
        );
      } else if (!entry.usable) {
        sink.error(
          status,
          assessmentCol,
          `Vurderingen står i skalaens række ${entry.row} på arket ${sheets.Skala}, men den række kan ikke bruges (se fejlen dér).`,
          "label-left-out",
        );
      } else {
        assessment = entry.label;
      }
    }

    if (status.ok && goal !== undefined && date !== null) {
      const g = goal.goal;
      if (g.startDate !== null && date < g.startDate) {
        sink.warning(
          status,
          dateCol,
          `Opfølgningen ligger før målets Startdato (${formatDay(g.startDate)}). Kontrollér datoen; opfølgningen tæller med.`,
          "before-start",
        );
      }
      if (date > today) {
        sink.warning(
          status,
          dateCol,
          `Opfølgningen ligger efter dags dato (${todayText}). Kontrollér datoen; årsevalueringen og eksporten tæller den ikke med, før datoen er nået.`,
          "after-today",
        );
      }
      if (
        assessment === "" &&
        measurement !== null &&
        (g.baseline === null || g.target === null || g.baseline === g.target)
      ) {
        sink.warning(
          status,
          measurementCol,
          `Målingen kan ikke omregnes til målopfyldelse, fordi målet ikke har forskellige tal i Udgangspunkt og Målværdi. Udfyld dem på arket ${sheets.Maal}, eller giv en Vurdering.`,
          "measurement-unusable",
        );
      }
      if (
        assessment === "" &&
        measurement !== null &&
        g.baseline !== null &&
        g.target !== null &&
        g.baseline !== g.target &&
        !Number.isFinite(measurement - g.baseline)
      ) {
        sink.error(
          status,
          measurementCol,
          `Målingen ligger så langt fra målets Udgangspunkt, at målopfyldelsen ikke kan regnes ud. Brug tal af en almindelig størrelse, eller ret Udgangspunkt på arket ${sheets.Maal}.`,
          "distance-too-large",
        );
      }
      if (assessment === "" && measurement === null && gas === null) {
        sink.warning(
          status,
          assessmentCol,
          "Opfølgningen har hverken Vurdering, Måling eller GAS og tæller ikke med i målopfyldelsen. Udfyld mindst én af dem.",
          "no-assessment",
        );
      }
    }

    if (sink.settle(status)) {
      followUps.push({
        row: status.row,
        followUpId: followUpId as string,
        goalId: (goal as GoalRef).goal.goalId,
        date: date as DayNumber,
        assessment,
        measurement,
        gas,
        note,
        doneBy,
      });
    }
  }
  return followUps;
}
