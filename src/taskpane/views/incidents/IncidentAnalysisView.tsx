/**
 * For the leader and the arbejdsmiljøgruppe: the analysis of a quarter or a year, this period beside
 * the same period last year, and "Skriv analysen til arket" (the sheet Hændelser Y or Hændelser Y K1 …,
 * keeping the learning table the group has written there).
 */
import { Button, Caption1, Field, makeStyles, ProgressBar, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { incidentsSheetName, ymdFromDay } from "../../../domain";
import { analyseIncidents, periodText, previousPeriod } from "../../../domain/incidents";
import type { GroupCompared, IncidentAnalysis, Period } from "../../../domain/incidents";
import { runIncidents } from "../../../workbook/services";
import { count, percent } from "../../components/FormParts";
import { Tiles } from "../../components/Figures";
import { plainList } from "../../components/Lists";
import { Message, type NoticeText } from "../../components/Notice";
import { ViewHeader } from "../../components/ViewHeader";
import { useNavigation } from "../../navigation";
import { useStore } from "../../state/context";
import { messageOf } from "../../state/store";
import { useRegister } from "./useRegister";
import { DayText } from "../../components/DayText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cell: { flex: "1 1 120px", minWidth: 0 },
  list: { ...plainList, gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
    flexWrap: "wrap",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The quarter that ended last before `today`. @example lastFullQuarter(46082) // { year: 2025, quarter: 4 } (1 March 2026) */
export function lastFullQuarter(today: number): Period {
  const { year, month } = ymdFromDay(today);
  const q = Math.ceil(month / 3);
  return q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: q - 1 };
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "±0");

function ComparedList({ groups, label, a }: { groups: readonly GroupCompared[]; label: string; a: IncidentAnalysis }) {
  const styles = useStyles();
  const before = periodText(previousPeriod(a.period));
  const shown = groups.filter((g) => g.count > 0 || g.previous > 0);
  if (shown.length === 0) return <Caption1>Ingen episoder.</Caption1>;
  return (
    <ul className={styles.list} aria-label={label}>
      {shown.map((g) => (
        <li key={g.group} className={styles.item}>
          <Text>{g.group}</Text>
          <Text>
            {count(g.count)}{" "}
            <Caption1>
              ({before}: {count(g.previous)}, {signed(g.change)})
            </Caption1>
          </Text>
        </li>
      ))}
    </ul>
  );
}

export function IncidentAnalysisView() {
  const styles = useStyles();
  const register = useRegister();
  const store = useStore();
  const nav = useNavigation();
  const today = store.todayDay();
  const [period, setPeriod] = useState<Period>(() => lastFullQuarter(today));
  const [working, setWorking] = useState<string | null>(null);
  const [result, setResult] = useState<NoticeText | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const a = useMemo(() => analyseIncidents(register, period), [register, period]);
  const years = useMemo(() => {
    const set = new Set<number>([ymdFromDay(today).year, period.year]);
    for (const i of register.incidents) set.add(ymdFromDay(i.date).year);
    return [...set].sort((x, y) => y - x);
  }, [register, today, period.year]);
  const now = periodText(a.period);
  const before = periodText(previousPeriod(a.period));
  const h = a.handling;
  const name = incidentsSheetName(period.year, period.quarter);

  const write = async () => {
    setWorking("Starter …");
    setResult(null);
    try {
      const run = await runIncidents(store.port, period, { now: store.now(), onProgress: setWorking });
      setWritten(run.sheet.name);
      setResult({
        intent: "success",
        text:
          `Arket ${run.sheet.name} er skrevet.` +
          (run.keptLearning > 0
            ? ` Læringstabellen har ${run.keptLearning} rækker, I har skrevet (bevaret).`
            : " Skriv gruppens læring og tiltag i tabellen nederst på arket."),
      });
    } catch (e) {
      setResult({ intent: "error", title: "Analysen blev ikke skrevet", text: messageOf(e) });
    } finally {
      setWorking(null);
    }
  };

  const jump = async () => {
    try {
      await store.port.activateSheet(name);
    } catch (e) {
      setResult({ intent: "error", text: messageOf(e) });
    }
  };

  return (
    <div className={styles.root}>
      <ViewHeader title="Episoder med vold og overgreb" focusOnOpen={false} />
      <div className={styles.row}>
        <Field className={styles.cell} label="År">
          <Select value={String(period.year)} onChange={(_, d) => setPeriod({ ...period, year: Number(d.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.cell} label="Periode">
          <Select
            value={period.quarter === null ? "" : String(period.quarter)}
            onChange={(_, d) => setPeriod({ ...period, quarter: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">Hele året</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}. kvartal
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1>
        <DayText day={a.bounds.first} /> – <DayText day={a.bounds.last} />, sammenlignet med {before}.
        {a.basis.leftOut.length > 0 ? ` ${a.basis.leftOut.length} rækker i registret er udeladt på grund af fejl.` : ""}
      </Caption1>
      <Tiles
        label={`Nøgletal ${now}`}
        tiles={[
          { label: `Episoder ${now}`, value: count(a.total.count) },
          { label: `Episoder ${before}`, value: count(a.total.previous) },
          { label: "Ændring", value: signed(a.total.change) },
          { label: "Mod medarbejdere", value: count(h.towardsStaff) },
          { label: "Debriefing holdt", value: h.towardsStaff === 0 ? "–" : percent(h.debriefed / h.towardsStaff) },
          { label: "Analyseret", value: `${count(h.analysed)} af ${count(a.total.count)}` },
          { label: "Med fravær", value: count(h.withAbsence) },
          { label: "Anmeldt arbejdsskade", value: `${count(h.injuryReported)} af ${count(h.withAbsence)}` },
          {
            label: "Borgere uden risikovurdering",
            value: `${count(a.citizens.withoutRiskAssessment)} af ${count(a.citizens.involved)}`,
          },
        ]}
      />
      <h3 className={styles.heading}>Hvem mod hvem</h3>
      <ComparedList groups={a.byDirection} label={`Episoder pr. retning ${now}`} a={a} />
      <h3 className={styles.heading}>Type</h3>
      <ComparedList groups={a.byType} label={`Episoder pr. type ${now}`} a={a} />
      <h3 className={styles.heading}>Situation</h3>
      <ComparedList groups={a.bySituation} label={`Episoder pr. situation ${now}`} a={a} />
      <h3 className={styles.heading}>Afdeling</h3>
      <ComparedList groups={a.byDepartment} label={`Episoder pr. afdeling ${now}`} a={a} />
      <h3 className={styles.heading}>Borgere med flest episoder (kun til eget brug)</h3>
      {a.perCitizen.length === 0 ? (
        <Caption1>Ingen episoder med en bestemt borger.</Caption1>
      ) : (
        <ul className={styles.list} aria-label={`Borgere med episoder ${now}`}>
          {a.perCitizen.slice(0, 10).map((c) => (
            <li key={c.citizenId} className={styles.item}>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => nav.go({ view: "citizen", citizenId: c.citizenId })}
              >
                {c.citizenId}
              </Button>
              <Text>
                {count(c.count)} {c.count === 1 ? "episode" : "episoder"}
                {c.withoutRiskAssessment ? " · ingen risikovurdering det seneste år" : ""}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {result ? <Message notice={result} /> : null}
      {working ? (
        <Field validationMessage={working} validationState="none">
          <ProgressBar aria-label="Analysen skrives" />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working !== null} onClick={() => void write()}>
          Skriv analysen til arket
        </Button>
        {written === name ? <Button onClick={() => void jump()}>Gå til arket {name}</Button> : null}
      </div>
    </div>
  );
}
