/**
 * Årsevaluering for leaders: pick a year (default the last full year), see the headline figures the
 * domain computes (with a chart of the methods, a finished year beside the year before), create or
 * refresh the sheets `Årsevaluering Y` and `Grundlag Y` (with a progress indicator), and jump to the
 * sheet. A running year (`yearBasis(...).running`, the one source the banner uses too) is never set
 * beside the whole previous year: no last-year figures, changes or "faldt" remarks.
 */
import { Button, Caption1, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { evaluateYear, evaluationSheetName, yearBasis } from "../../domain";
import { runEvaluation } from "../../workbook/services";
import { counted } from "../components/danishText";
import { showDay } from "../components/dates";
import { count, decimal, percent } from "../components/FormParts";
import { changeText, GroupList, Tiles } from "../components/Figures";
import { Message, type NoticeText } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { methodBars } from "../charts/chartData";
import { MethodChartPanel } from "../charts/LazyCharts";
import { useNavigation } from "../navigation";
import { useData, useStore } from "../state/context";
import { messageOf } from "../state/store";
import { ActionPlanPanel } from "./ActionPlanPanel";
import { lastFullYear, YearPicker } from "./YearPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  remarks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const share = (part: number, whole: number): string => (whole === 0 ? "–" : percent(part / whole));

/**
 * "3 rækker er udeladt: 2 på grund af fejl og 1 med en dato efter i dag." — the rows with errors and
 * the follow-ups dated after today (a running year), which the figures do not use.
 */
function leftOutText(errors: number, notYet: number): string {
  const total = counted(errors + notYet, "række er", "rækker er");
  if (notYet === 0) return `${total} udeladt på grund af fejl.`;
  if (errors === 0) return `${total} udeladt, fordi ${notYet === 1 ? "den har" : "de har"} en dato efter i dag.`;
  return `${total} udeladt: ${count(errors)} på grund af fejl og ${count(notYet)} med en dato efter i dag.`;
}

export function EvaluationView() {
  const styles = useStyles();
  const data = useData();
  const store = useStore();
  const nav = useNavigation();
  const today = store.todayDay();
  const [year, setYear] = useState(() => lastFullYear(today));
  const [working, setWorking] = useState<string | null>(null);
  const [result, setResult] = useState<NoticeText | null>(null);
  const [written, setWritten] = useState<number | null>(null);
  /** Grows every time the evaluation sheet is written, so the action plan is read again. */
  const [writes, setWrites] = useState(0);
  // A running year reaches today: follow-ups dated later are left out (and listed), as in yearBasis.
  const model = useMemo(() => evaluateYear(data, year, { asOf: today }), [data, year, today]);
  const t = model.total;
  const q = model.dataQuality;
  const basis = useMemo(() => yearBasis(model, data, today), [model, data, today]);
  const notYet = model.basis.notYet;
  // A running year is not compared with a whole one: no "faldt" remark drawn from it.
  const remarks = basis.running ? model.remarks.filter((r) => r.kind !== "falling") : model.remarks;

  const create = async () => {
    setWorking("Starter …");
    setResult(null);
    try {
      const run = await runEvaluation(store.port, year, { now: store.now(), onProgress: setWorking });
      setWritten(year);
      setWrites((n) => n + 1);
      const plan =
        run.plan.kept > 0
          ? ` Handleplanen har ${run.plan.kept} rækker, I har skrevet (bevaret), og ${run.plan.added} nye forslag.`
          : ` Handleplanen har ${run.plan.added} forslag, som I kan rette til på arket.`;
      setResult({
        intent: "success",
        text: `Arkene ${run.sheets.evaluation.name} og ${run.sheets.basis.name} er skrevet.${plan}`,
      });
    } catch (e) {
      setResult({ intent: "error", title: "Årsevalueringen blev ikke skrevet", text: messageOf(e) });
    } finally {
      setWorking(null);
    }
  };

  const jump = async () => {
    try {
      await store.port.activateSheet(evaluationSheetName(year));
    } catch (e) {
      setResult({ intent: "error", text: messageOf(e) });
    }
  };

  return (
    <div className={styles.root}>
      <ViewHeader title="Årsevaluering" focusOnOpen={false} />
      <YearPicker
        data={data}
        today={today}
        year={year}
        onChange={(y) => {
          setYear(y);
          setResult(null);
        }}
        hint="Som standard det seneste hele år."
      />
      {basis.running ? (
        <Message
          notice={{
            intent: "warning",
            title: `Foreløbige tal: ${year} er ikke slut`,
            text:
              (basis.dataUntil !== null
                ? `Tallene bygger på opfølgninger til og med ${showDay(basis.dataUntil)}`
                : `Der er endnu ingen opfølgninger i ${year}`) +
              ` og sammenlignes ikke med hele ${year - 1}. Vælg et afsluttet år for at se udviklingen.`,
          }}
        />
      ) : null}
      <Tiles
        label={`Nøgletal ${year}`}
        tiles={[
          { label: "Målopfyldelse (gns.)", value: t.mean === null ? "–" : percent(t.mean) },
          {
            label: "Ændring fra sidste år",
            value: basis.running ? "foreløbig" : changeText(t.change) || "–",
          },
          { label: "Borgernes gns.", value: t.citizenMean === null ? "–" : percent(t.citizenMean) },
          { label: "GAS T-score", value: t.gasT === null ? "–" : decimal(t.gasT) },
          { label: "Mål med resultat", value: count(model.basis.units) },
          { label: "Borgere med resultat", value: count(t.citizens) },
        ]}
      />
      <Caption1>
        Borgernes gns.: først hver borgers gennemsnit over sine mål, så gennemsnittet af borgerne. Hver borger tæller
        lige meget, uanset hvor mange mål borgeren har.
      </Caption1>
      <Caption1>
        {year} bygger på {counted(basis.citizens, "borger", "borgere")}, {counted(basis.goals, "mål", "mål")} og{" "}
        {counted(basis.followUps, "opfølgning", "opfølgninger")}
        {basis.running ? " (foreløbig)" : ""}.
        {model.basis.leftOut.length > 0 ? ` ${leftOutText(model.basis.leftOut.length - notYet, notYet)}` : ""}
      </Caption1>
      {model.basis.leftOut.length > 0 ? (
        <Button
          style={{ alignSelf: "flex-start" }}
          onClick={() => nav.go(notYet > 0 ? { view: "problems", warnings: true } : { view: "problems" })}
        >
          Se de udeladte rækker
        </Button>
      ) : null}

      <h3 className={styles.heading}>Metoder</h3>
      <GroupList groups={model.byMethod} label={`Målopfyldelse pr. metode ${year}`} provisional={basis.running} />
      <MethodChartPanel bars={methodBars(model.byMethod)} year={year} compare={!basis.running} />
      <h3 className={styles.heading}>Målgrupper</h3>
      <GroupList
        groups={model.byTargetGroup}
        label={`Målopfyldelse pr. målgruppe ${year}`}
        provisional={basis.running}
      />
      {remarks.length > 0 ? (
        <>
          <h3 className={styles.heading}>Bemærkninger</h3>
          <ul className={styles.remarks}>
            {remarks.map((r) => (
              <li key={`${r.dimension}-${r.group}-${r.kind}`}>
                <Text>
                  {r.group}: {r.text}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className={styles.heading}>Datakvalitet 31-12-{year}</h3>
      <Tiles
        label={`Datakvalitet ${year}`}
        tiles={[
          { label: "Aktive mål", value: count(q.activeGoals) },
          { label: "SMORTE-komplette", value: share(q.smorteComplete, q.activeGoals) },
          { label: "Forfaldne opfølgninger", value: count(q.overdueAtYearEnd) },
          { label: "Borgere uden resultat", value: count(q.citizensWithoutResult) },
          { label: "Borgeren inddraget", value: share(q.involved, q.activeGoals) },
        ]}
      />

      <ActionPlanPanel key={year} year={year} refresh={writes} />

      {result ? <Message notice={result} /> : null}
      {working ? (
        <Field validationMessage={working} validationState="none">
          <ProgressBar aria-label="Årsevalueringen skrives" />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working !== null} onClick={() => void create()}>
          Opret eller opdatér årsevaluering {year}
        </Button>
        {written === year ? (
          <Button onClick={() => void jump()}>Gå til arket {evaluationSheetName(year)}</Button>
        ) : null}
      </div>
    </div>
  );
}
