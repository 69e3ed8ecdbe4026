/**
 * The action plan (handleplan) the annual evaluation wrote on the sheet `Årsevaluering Y`, read in the
 * pane, with each row's Status changeable here: only the Status cell is written, and a row a colleague
 * changed meanwhile, or a Status the leader made a formula on the sheet, is refused (the port's
 * `updateSheetTableCell`), so nothing typed on the sheet is lost.
 */
import { Caption1, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ACTION_PLAN_STATUSES, actionPlanTableName, evaluationSheetName } from "../../domain";
import type { RawRow } from "../../domain";
import { plainList } from "../components/Lists";
import { Message, type NoticeText } from "../components/Notice";
import { useStore } from "../state/context";
import { messageOf } from "../state/store";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { overflowWrap: "anywhere" },
});

const text = (v: RawRow[string] | undefined): string => (v === null || v === undefined ? "" : String(v)).trim();

/** `refresh` changes when the evaluation sheet has been written again; give it `key={year}`. */
export function ActionPlanPanel({ year, refresh }: { year: number; refresh: number }) {
  const styles = useStyles();
  const store = useStore();
  const sheet = evaluationSheetName(year);
  const table = actionPlanTableName(year);
  const [rows, setRows] = useState<readonly RawRow[] | null | "loading">("loading");
  const [result, setResult] = useState<NoticeText | null>(null);
  const [saving, setSaving] = useState(false);

  /** How many times the plan has been read again after a change here. */
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let live = true;
    store.port.readSheetTable(sheet, table).then(
      (t) => live && setRows(t ? t.rows : null),
      (e: unknown) => {
        if (!live) return;
        setRows(null);
        setResult({ intent: "error", text: messageOf(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [store, sheet, table, refresh, reads]);

  const change = async (index: number, row: RawRow, value: string) => {
    setSaving(true);
    setResult(null);
    try {
      await store.port.updateSheetTableCell(sheet, table, { row: index, was: row, column: "Status", value });
      setResult({
        intent: "success",
        text: `Status er sat til ${value} (arket ${sheet}, handleplanens række ${index + 1}).`,
      });
    } catch (e) {
      setResult({ intent: "error", title: "Status er ikke ændret", text: messageOf(e) });
    } finally {
      setSaving(false);
      setReads((n) => n + 1);
    }
  };

  if (rows === "loading") return null;
  const filled = (rows ?? [])
    .map((r, i) => [r, i] as const)
    .filter(([r]) => Object.values(r).some((v) => text(v) !== ""));
  return (
    <section aria-labelledby="action-plan-heading">
      <h3 id="action-plan-heading" className={styles.heading}>
        Handleplan {year}
      </h3>
      {rows === null ? (
        <Caption1>
          Handleplanen står på arket {sheet}, når årsevalueringen for {year} er oprettet.
        </Caption1>
      ) : filled.length === 0 ? (
        <Caption1>Handleplanen på arket {sheet} har ingen rækker endnu.</Caption1>
      ) : (
        <ul className={styles.list} aria-label={`Handleplan ${year}`}>
          {filled.map(([row, i]) => {
            const status = text(row.Status);
            const options = ACTION_PLAN_STATUSES.includes(status as (typeof ACTION_PLAN_STATUSES)[number])
              ? ACTION_PLAN_STATUSES
              : [status, ...ACTION_PLAN_STATUSES];
            const focus = text(row["Fokusområde"]) || `Række ${i + 1}`;
            return (
              <li key={i} className={styles.item}>
                <Text weight="semibold" className={styles.text}>
                  {focus}
                </Text>
                {text(row.Tiltag) ? <Text className={styles.text}>{text(row.Tiltag)}</Text> : null}
                {text(row["Ansvarlig for udførelse"]) ? (
                  <Caption1>Ansvarlig: {text(row["Ansvarlig for udførelse"])}</Caption1>
                ) : null}
                <Field label={`Status for ${focus}`}>
                  <Select value={status} disabled={saving} onChange={(_, d) => void change(i, row, d.value)}>
                    {options.map((o) => (
                      <option key={o} value={o}>
                        {o === "" ? "(ingen status)" : o}
                      </option>
                    ))}
                  </Select>
                </Field>
              </li>
            );
          })}
        </ul>
      )}
      {result ? <Message notice={result} /> : null}
    </section>
  );
}
