/**
 * Regional eksport for leaders: pick a year, see every row of the export and which rows will be
 * suppressed and why, create the sheet `Regional rapport Y`, and save the CSV and JSON files locally.
 */
import { Badge, Button, Caption1, makeStyles, ProgressBar, Field, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import {
  effectiveMinCount,
  evaluateYear,
  exportSettingsProblem,
  regionalExportRows,
  regionalSheetName,
} from "../../domain";
import type { ExportRow } from "../../domain";
import { runExport } from "../../workbook/services";
import { downloadText } from "../components/download";
import { counted } from "../components/danishText";
import { count, percent } from "../components/FormParts";
import { plainList } from "../components/Lists";
import { Message, type NoticeText } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { useData, useStore } from "../state/context";
import { messageOf } from "../state/store";
import { lastFullYear, YearPicker } from "./YearPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { ...plainList, gap: tokens.spacingVerticalXS },
  row: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    display: "flex",
    flexDirection: "column",
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** "Udviklingshæmning × KRAP", "Udviklingshæmning i alt", "Hele tilbuddet". */
export function rowName(row: ExportRow): string {
  if (row.targetGroup === "(alle)" && row.method === "(alle)") return "Hele tilbuddet";
  if (row.method === "(alle)") return `${row.targetGroup} i alt`;
  return `${row.targetGroup} × ${row.method}`;
}

export function ExportView() {
  const styles = useStyles();
  const data = useData();
  const store = useStore();
  const today = store.todayDay();
  const [year, setYear] = useState(() => lastFullYear(today));
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<NoticeText | null>(null);
  const rows = useMemo(
    () => regionalExportRows(evaluateYear(data, year, { asOf: today }), data.settings),
    [data, year, today],
  );
  const suppressed = rows.filter((r) => r.suppressed === 1);
  const minCount = effectiveMinCount(data.settings.minCount);
  /** The export cannot go out without the offer's identity (the same refusal as the command line's). */
  const identityMissing = exportSettingsProblem(data.settings);

  const createSheet = async () => {
    setWorking(true);
    setResult(null);
    try {
      const run = await runExport(store.port, year, { now: store.now() });
      setResult({ intent: "success", text: `Arket ${run.sheet.name} er skrevet.` });
    } catch (e) {
      setResult({ intent: "error", title: "Eksportarket blev ikke skrevet", text: messageOf(e) });
    } finally {
      setWorking(false);
    }
  };

  const save = async (kind: "csv" | "json") => {
    try {
      const run = await runExport(store.port, year, { now: store.now(), writeSheet: false });
      if (kind === "csv") downloadText(run.fileNames.csv, run.csv, "text/csv;charset=utf-8");
      else downloadText(run.fileNames.json, run.json, "application/json;charset=utf-8");
      setResult({
        intent: "success",
        text: `Filen ${run.fileNames[kind]} er gemt på computeren (i mappen for overførsler).`,
      });
    } catch (e) {
      setResult({ intent: "error", title: "Filen blev ikke gemt", text: messageOf(e) });
    }
  };

  return (
    <div className={styles.root}>
      <ViewHeader title="Regional eksport" focusOnOpen={false} />
      <Caption1>
        Eksporten har kun samlede tal pr. målgruppe og metode: ingen navne, BorgerID, datoer eller fritekst. Rækker med
        færre end {minCount} borgere bliver skjult.
      </Caption1>
      <YearPicker
        data={data}
        today={today}
        year={year}
        onChange={(y) => {
          setYear(y);
          setResult(null);
        }}
      />
      <Text role="status">
        {counted(rows.length, "række", "rækker")}, heraf {count(suppressed.length)} skjult.
      </Text>
      {suppressed.length > 0 ? (
        <>
          <h3 className={styles.heading}>Skjules</h3>
          <ul className={styles.list} aria-label="Rækker, der skjules">
            {suppressed.map((r) => (
              <li key={`${r.targetGroup}|${r.method}`} className={styles.row}>
                <Text className={styles.name} weight="semibold">
                  {rowName(r)}
                </Text>
                <Caption1>{r.suppressionReason ?? `Færre end ${minCount} borgere.`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className={styles.heading}>Alle rækker</h3>
      <ul className={styles.list} aria-label={`Eksportens rækker ${year}`}>
        {rows.map((r) => (
          <li
            key={`${r.targetGroup}|${r.method}`}
            className={`${styles.row} ${r.method === "(alle)" ? styles.total : ""}`}
          >
            <div className={styles.line}>
              <Text className={styles.name}>{rowName(r)}</Text>
              {r.suppressed ? (
                <Badge appearance="outline" color="warning" size="small">
                  Skjult
                </Badge>
              ) : (
                <Text>{r.mean === null ? "–" : percent(r.mean)}</Text>
              )}
            </div>
            {r.suppressed ? null : (
              <Caption1>
                {counted(r.citizens ?? 0, "borger", "borgere")}, {count(r.goals ?? 0)} mål: {r.achieved} opnået,{" "}
                {r.partial} delvist, {r.notAchieved} ikke opnået
              </Caption1>
            )}
          </li>
        ))}
      </ul>
      {identityMissing ? (
        <Message notice={{ intent: "warning", title: "Eksporten kan ikke laves endnu", text: identityMissing }} />
      ) : null}
      {result ? <Message notice={result} /> : null}
      {working ? (
        <Field validationMessage={`Skriver arket ${regionalSheetName(year)} …`} validationState="none">
          <ProgressBar aria-label="Skriver eksportarket" />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working || identityMissing !== null} onClick={() => void createSheet()}>
          Opret arket {regionalSheetName(year)}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={identityMissing !== null} onClick={() => void save("csv")}>
          Hent CSV
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabled={identityMissing !== null} onClick={() => void save("json")}>
          Hent JSON
        </Button>
      </div>
    </div>
  );
}
