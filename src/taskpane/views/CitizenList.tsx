/**
 * Borgere: find a citizen by BorgerID, name, department or contact person, and open or add one.
 * Big workbooks stay quick: the filter runs on a deferred copy of the search text over a list
 * memoised per read, and only one page of results is rendered at a time.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  SearchBox,
  Text,
  tokens,
} from "@fluentui/react-components";
import { PersonAdd20Regular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useState } from "react";
import type { Citizen } from "../../domain";
import { plainList, ShowMore, usePaging } from "../components/Lists";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { useData } from "../state/context";
import { compareDa, useDerived } from "../state/derived";
import { counted, foldDanish } from "../components/danishText";
import { count } from "../components/FormParts";
import { IncidentShortcuts } from "./incidents/IncidentShortcuts";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
  },
  list: { ...plainList, gap: "2px" },
  entry: {
    display: "flex",
    flexDirection: "column",
    padding: `0 0 ${tokens.spacingVerticalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  id: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", padding: `0 ${tokens.spacingHorizontalS}` },
  count: { color: tokens.colorNeutralForeground2 },
});

/** The folded text a citizen is found by (lower case, æ/ø/å spelled out: "soren" finds "Søren"). */
export const searchText = (c: Citizen): string =>
  foldDanish([c.citizenId, c.name, c.department, c.contactPerson, c.targetGroup].join("\u0001"));

/**
 * The citizens matching every word of `query` in BorgerID, name, department, contact person or
 * target group; discharged citizens only when asked for.
 * @example filterCitizens(list, "nord kim", false)
 */
export function filterCitizens(
  citizens: readonly { citizen: Citizen; text: string }[],
  query: string,
  showDischarged: boolean,
): Citizen[] {
  const words = foldDanish(query).split(/\s+/).filter(Boolean);
  const out: Citizen[] = [];
  for (const { citizen, text } of citizens) {
    if (!showDischarged && citizen.discharged !== null) continue;
    if (words.every((w) => text.includes(w))) out.push(citizen);
  }
  return out;
}

export function CitizenList() {
  const styles = useStyles();
  const data = useData();
  const derived = useDerived();
  const nav = useNavigation();
  const [query, setQuery] = useState("");
  const [showDischarged, setShowDischarged] = useState(false);
  const page = usePaging();
  const deferredQuery = useDeferredValue(query);

  const indexed = useMemo(
    () =>
      data.citizens
        .slice()
        .sort((a, b) => compareDa(a.citizenId, b.citizenId))
        .map((citizen) => ({ citizen, text: searchText(citizen) })),
    [data],
  );
  const overdueByCitizen = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of derived.summaryByGoal.values())
      if (s.overdue) counts.set(s.citizenId, (counts.get(s.citizenId) ?? 0) + 1);
    return counts;
  }, [derived]);
  const matches = useMemo(
    () => filterCitizens(indexed, deferredQuery, showDischarged),
    [indexed, deferredQuery, showDischarged],
  );
  const visible = matches.slice(0, page.shown);
  const discharged = data.citizens.length - data.citizens.filter((c) => c.discharged === null).length;

  return (
    <div>
      <ViewHeader title="Borgere" focusOnOpen={false} />
      <div className={styles.toolbar}>
        <Field label="Søg efter borger" hint="BorgerID, navn, afdeling eller kontaktperson">
          <SearchBox
            value={query}
            onChange={(_, d) => {
              setQuery(d.value);
              page.reset();
            }}
          />
        </Field>
        {discharged > 0 ? (
          <Checkbox
            checked={showDischarged}
            onChange={(_, d) => setShowDischarged(Boolean(d.checked))}
            label={`Vis også udskrevne borgere (${discharged})`}
          />
        ) : null}
        <Button appearance="primary" icon={<PersonAdd20Regular />} onClick={() => nav.go({ view: "citizenForm" })}>
          Ny borger
        </Button>
        <IncidentShortcuts />
        <Caption1 className={styles.count} aria-live="polite">
          {matches.length === 0
            ? data.citizens.length === 0
              ? "Der er ingen borgere endnu. Tilføj den første med Ny borger."
              : "Ingen borgere passer på søgningen."
            : `Viser ${count(visible.length)} af ${count(matches.length)} ${matches.length === 1 ? "borger" : "borgere"}`}
        </Caption1>
      </div>
      <ul className={styles.list} aria-label="Borgere">
        {visible.map((c) => {
          const overdue = overdueByCitizen.get(c.citizenId) ?? 0;
          const meta = [c.targetGroup, c.department, c.contactPerson && `Kontaktperson: ${c.contactPerson}`]
            .filter(Boolean)
            .join(" · ");
          return (
            <li key={c.citizenId} className={styles.entry}>
              <Button
                className={styles.item}
                appearance="subtle"
                onClick={() => nav.go({ view: "citizen", citizenId: c.citizenId })}
                aria-describedby={meta ? `citizen-meta-${c.citizenId}` : undefined}
              >
                <span className={styles.line}>
                  <Text className={styles.id}>{c.citizenId}</Text>
                  {c.name ? <Text>{c.name}</Text> : null}
                  {overdue > 0 ? (
                    <Badge color="danger" appearance="tint" size="small">
                      {counted(overdue, "forfalden", "forfaldne")}
                    </Badge>
                  ) : null}
                  {c.discharged !== null ? (
                    <Badge color="informative" appearance="outline" size="small">
                      Udskrevet
                    </Badge>
                  ) : null}
                </span>
              </Button>
              {meta ? (
                <Caption1 id={`citizen-meta-${c.citizenId}`} className={styles.meta}>
                  {meta}
                </Caption1>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ShowMore total={matches.length} shown={page.shown} onMore={page.more} />
    </div>
  );
}
