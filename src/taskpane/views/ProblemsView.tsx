/**
 * Every problem the domain found while reading the workbook, with sheet, row and column, errors
 * first: what to fix in the sheets so every row counts.
 */
import { Caption1, makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Warning16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { locationText } from "../../domain";
import { plainList, ShowMore, usePaging } from "../components/Lists";
import { ViewHeader } from "../components/ViewHeader";
import { useNavigation } from "../navigation";
import { usePaneState } from "../state/context";
import { count } from "../components/FormParts";

const useStyles = makeStyles({
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "3px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: "3px" },
  where: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  text: { overflowWrap: "anywhere" },
});

/** Messages usually start with their location; it is shown on its own line above them. */
const withoutLocation = (message: string, location: string): string =>
  message.startsWith(`${location}: `) ? message.slice(location.length + 2) : message;

/** `warnings`: the warnings are shown from the start (the switch can hide them). */
export function ProblemsView({ warnings: showWarnings = false }: { warnings?: boolean }) {
  const styles = useStyles();
  const { findings } = usePaneState();
  const nav = useNavigation();
  const [warnings, setWarnings] = useState(showWarnings);
  const page = usePaging();
  const sorted = useMemo(
    () =>
      findings
        .filter((f) => warnings || f.severity === "error")
        .slice()
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1)),
    [findings, warnings],
  );
  const errors = findings.filter((f) => f.severity === "error").length;
  const warningCount = findings.length - errors;
  return (
    <div>
      <ViewHeader title="Fejl i arbejdsbogen" onBack={() => nav.back()} />
      <Caption1 role="status">
        {count(errors)} fejl og {count(warningCount)} advarsler. Rækker med fejl tæller ikke med i resultaterne, før de
        er rettet i arket.
      </Caption1>
      {warningCount > 0 ? (
        <Switch checked={warnings} onChange={(_, d) => setWarnings(d.checked)} label="Vis også advarsler" />
      ) : null}
      <ul className={styles.list} aria-label="Fejl og advarsler">
        {sorted.slice(0, page.shown).map((f, i) => (
          <li key={`${f.sheet}-${f.row}-${f.column}-${i}`} className={styles.item}>
            {f.severity === "error" ? (
              <ErrorCircle16Regular className={styles.error} aria-label="Fejl:" />
            ) : (
              <Warning16Regular className={styles.warning} aria-label="Advarsel:" />
            )}
            <span className={styles.text}>
              <Text className={styles.where}>{locationText(f.sheet, f.row, f.column)}</Text>
              <Text>{withoutLocation(f.message, locationText(f.sheet, f.row, f.column))}</Text>
            </span>
          </li>
        ))}
      </ul>
      <ShowMore total={sorted.length} shown={page.shown} onMore={page.more} />
    </div>
  );
}
