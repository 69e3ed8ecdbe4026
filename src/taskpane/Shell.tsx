/**
 * The frame of the pane: title, the three top-level sections as tabs (they fit the 320 px default
 * width), the load and template states, data problems, and the current view.
 */
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { ConflictNotice } from "./components/ConflictNotice";
import { FilterQuestion } from "./components/FilterQuestion";
import { NoticeArea, useNotice } from "./components/Notice";
import { sectionOf, useNavigation, type Route, type Section } from "./navigation";
import { usePaneState, useStore } from "./state/context";
import type { SelectedTable } from "./state/store";
import { CurrentView } from "./views/CurrentView";
import { FirstUse } from "./views/FirstUse";
import { count } from "./components/FormParts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    flexWrap: "wrap",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  offer: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: {
    flex: 1,
    width: "100%",
    maxWidth: "760px",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  center: { padding: tokens.spacingHorizontalXXL },
});

const SECTION_HOME: Record<Section, Route> = {
  staff: { view: "citizens" },
  due: { view: "due" },
  leaders: { view: "evaluation" },
};

/** Where a selection in the sheet leads. */
function routeForSelection(table: SelectedTable, id: string): Route {
  if (table === "Borgere") return { view: "citizen", citizenId: id };
  if (table === "Opfoelgning") return { view: "followUp", followUpId: id };
  return { view: "goalForm", goalId: id };
}

const SELECTION_WORDS: Record<SelectedTable, string> = {
  Borgere: "borgeren",
  Maal: "målet",
  Opfoelgning: "opfølgningen",
};

export function Shell({ banner }: { banner?: ReactNode }) {
  const styles = useStyles();
  const state = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const [pending, setPending] = useState<{ table: SelectedTable; id: string } | null>(null);
  const [continueWithout, setContinueWithout] = useState(false);

  // A row selected in the sheet opens that record, unless the user is typing in a form.
  useEffect(
    () =>
      store.onSelect((table, id) => {
        const route = routeForSelection(table, id);
        if (JSON.stringify(route) === JSON.stringify(nav.route)) return;
        if (nav.isDirty()) setPending({ table, id });
        else {
          setPending(null);
          nav.go(route);
        }
      }),
    [store, nav],
  );

  const section = sectionOf(nav.root);
  const template = state.template;
  const needsTemplate = template !== null && !template.complete && !continueWithout;
  const errorCount = state.findings.filter((f) => f.severity === "error").length;

  let body: ReactNode;
  if (state.status === "loading" && !state.data) {
    body = <Spinner className={styles.center} label="Indlæser arbejdsbogen …" />;
  } else if (state.status === "failed" && !state.data) {
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Arbejdsbogen kunne ikke læses</MessageBarTitle>
          {state.error}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void store.load()}>Prøv igen</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else if (template && needsTemplate) {
    body = (
      <>
        <NoticeArea />
        <FirstUse template={template} onContinue={() => setContinueWithout(true)} />
      </>
    );
  } else {
    body = (
      <>
        {state.error ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Arbejdsbogen kunne ikke læses igen</MessageBarTitle>
              {state.error} Ruden viser det, der blev læst sidst.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void store.refresh()}>Læs igen</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {pending ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              Du valgte {SELECTION_WORDS[pending.table]} {pending.id} i arket. Formularen her er ikke gemt.
            </MessageBarBody>
            <MessageBarActions>
              <Button
                onClick={() => {
                  // The user has chosen to leave the form: no second question.
                  nav.setDirty(false);
                  nav.go(routeForSelection(pending.table, pending.id));
                  setPending(null);
                }}
              >
                Åbn uden at gemme
              </Button>
              <Button appearance="transparent" onClick={() => setPending(null)}>
                Bliv her
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {errorCount > 0 && !nav.canGoBack && nav.route.view !== "problems" ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {count(errorCount)} fejl i arbejdsbogen: rækker med fejl tæller ikke med i resultaterne.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => nav.go({ view: "problems" })}>Vis fejl</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {state.conflict ? (
          <ConflictNotice
            conflict={state.conflict}
            onReload={() => void store.resolveConflict()}
            onKeepTheirs={() => {
              void store.resolveConflict();
              // Keeping the colleague's version is the choice to drop the form's typing: no second question.
              nav.setDirty(false);
              nav.back();
            }}
          />
        ) : null}
        {state.filtered ? (
          <FilterQuestion
            filtered={state.filtered}
            onClear={() => store.answerFilter(true)}
            onCancel={() => store.answerFilter(false)}
          />
        ) : null}
        <NoticeArea />
        <CurrentView />
      </>
    );
  }

  const showTabs = state.data !== null && !needsTemplate;
  return (
    <div className={styles.root}>
      {banner}
      <header className={styles.header}>
        <h1 className={styles.title}>SMORTE</h1>
        {state.data?.settings.offerName ? <Text className={styles.offer}>{state.data.settings.offerName}</Text> : null}
        {state.status === "loading" && state.data ? <Caption1>Læser …</Caption1> : null}
      </header>
      {showTabs ? (
        <nav aria-label="Hovedmenu" className={styles.tabs}>
          <TabList
            size="small"
            selectedValue={section}
            onTabSelect={(_, d) => {
              nav.reset(SECTION_HOME[d.value as Section], notice.clear);
            }}
          >
            <Tab value="staff">Borgere</Tab>
            <Tab value="due">Opfølgninger</Tab>
            <Tab value="leaders">Ledelse</Tab>
          </TabList>
        </nav>
      ) : null}
      <main className={styles.main}>{body}</main>
    </div>
  );
}
