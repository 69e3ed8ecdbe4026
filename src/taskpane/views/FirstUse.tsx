/**
 * First use. In a workbook without SMORTE, one button creates the SMORTE workbook. In a workbook with
 * part of it, the pane lists what is missing, explains that only missing sheets, tables and columns
 * are added (nothing of the user's is changed or moved), and offers to add them.
 */
import { Body1, Button, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { SHEETS, tableSpec } from "../../domain";
import type { TemplateReport, TemplateStatus } from "../../workbook/port";
import { Message, useNotice } from "../components/Notice";
import { ViewHeader } from "../components/ViewHeader";
import { useStore } from "../state/context";
import { messageOf } from "../state/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  box: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** Danish lines naming what the template lacks. */
export function missingLines(template: TemplateStatus): string[] {
  const lines: string[] = [];
  for (const sheet of template.missingSheets) lines.push(`Arket ${sheet}`);
  for (const table of template.missingTables) {
    const spec = tableSpec(table);
    lines.push(`Tabellen ${table} på arket ${spec.sheet}`);
  }
  const byTable = new Map<string, string[]>();
  for (const { table, column } of template.missingColumns) {
    const list = byTable.get(table) ?? [];
    list.push(column);
    byTable.set(table, list);
  }
  for (const [table, columns] of byTable) {
    const spec = tableSpec(table as never);
    lines.push(
      `${columns.length === 1 ? "Kolonnen" : "Kolonnerne"} ${columns.join(", ")} i tabellen ${table} (arket ${spec.sheet})`,
    );
  }
  return lines;
}

/** Must the template be fixed before the pane can work (no data tables or a required column missing)? */
export function templateBlocks(template: TemplateStatus): boolean {
  if (template.empty) return true;
  if (template.missingTables.some((t) => t === "Borgere" || t === "Maal" || t === "Opfoelgning")) return true;
  return template.missingColumns.some(({ table, column }) =>
    tableSpec(table).columns.some((c) => c.name === column && c.required),
  );
}

const CREATED_SHEETS = [
  SHEETS.citizens,
  SHEETS.goals,
  SHEETS.followUps,
  SHEETS.methods,
  SHEETS.targetGroups,
  SHEETS.settings,
  SHEETS.qualityModel,
];

export function FirstUse({ template, onContinue }: { template: TemplateStatus; onContinue: () => void }) {
  const styles = useStyles();
  const store = useStore();
  const notice = useNotice();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocks = templateBlocks(template);

  const run = async () => {
    setWorking(true);
    setError(null);
    try {
      const report: TemplateReport = await store.ensureTemplate();
      const problems = report.problems ?? [];
      // Short, so "Ny borger" stays in view at 320 px: what could not be added is shown, the long list
      // of what was added only when asked for.
      const n = report.added.length;
      notice.show({
        intent: problems.length ? "warning" : "success",
        title: template.empty ? "SMORTE-arbejdsbogen er oprettet." : "Det manglende er tilføjet.",
        text: problems.length
          ? "Noget kunne ikke tilføjes:"
          : template.empty
            ? "Arkene er klar til brug."
            : "Jeres data er ikke ændret eller flyttet.",
        lines: problems.length ? problems : undefined,
        details: { summary: `Vis, hvad der blev gjort (${n} ${n === 1 ? "punkt" : "punkter"})`, lines: report.added },
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setWorking(false);
    }
  };

  if (template.empty) {
    return (
      <div className={styles.root}>
        <ViewHeader title="Velkommen til SMORTE" focusOnOpen={false} />
        <Body1>
          Arbejdsbogen har endnu ikke SMORTE-arkene. Med én knap opretter SMORTE dem, så I kan skrive borgernes mål og
          opfølgninger her i ruden.
        </Body1>
        <div className={styles.box}>
          <Text weight="semibold">Det bliver oprettet:</Text>
          <ul className={styles.list}>
            {CREATED_SHEETS.map((s) => (
              <li key={s}>
                <Caption1>Arket {s}</Caption1>
              </li>
            ))}
          </ul>
          <Caption1>
            Med tabeller, danske overskrifter, rullelister, en vurderingsskala og lister over målgrupper og metoder, som
            I selv retter til. Alt bliver i denne arbejdsbog; intet sendes nogen steder hen.
          </Caption1>
        </div>
        {error ? <Message notice={{ intent: "error", title: "Arbejdsbogen blev ikke oprettet", text: error }} /> : null}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void run()} disabled={working}>
            Opret SMORTE-arbejdsbog
          </Button>
          {working ? <Spinner size="tiny" label="Opretter arkene …" /> : null}
        </div>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <ViewHeader title="SMORTE mangler noget i arbejdsbogen" focusOnOpen={false} />
      <Body1>Arbejdsbogen har en del af SMORTE, men dette mangler:</Body1>
      <ul className={styles.list}>
        {missingLines(template).map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.box}>
        <Text weight="semibold">Det rører SMORTE ved:</Text>
        <Caption1>
          Kun det, der mangler: nye ark, nye tabeller på en ledig plads og nye kolonner yderst til højre i jeres
          tabeller. Jeres data, rækker, ekstra kolonner og formler bliver ikke ændret eller flyttet.
        </Caption1>
      </div>
      {error ? <Message notice={{ intent: "error", title: "Det manglende blev ikke tilføjet", text: error }} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={working}>
          Tilføj det manglende
        </Button>
        {!blocks ? (
          <Button onClick={onContinue} disabled={working}>
            Fortsæt uden at ændre noget
          </Button>
        ) : null}
        {working ? <Spinner size="tiny" label="Tilføjer …" /> : null}
      </div>
      {blocks ? (
        <Caption1>
          Ruden kan ikke bruges, før tabellerne Borgere, Maal og Opfoelgning og deres krævede kolonner findes.
        </Caption1>
      ) : null}
    </div>
  );
}
