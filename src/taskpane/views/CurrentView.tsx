/**
 * Renders the view of the current route. Leader views share a second row of tabs.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useNavigation, type Route } from "../navigation";
import { CitizenForm } from "./CitizenForm";
import { CitizenGoals } from "./CitizenGoals";
import { CitizenList } from "./CitizenList";
import { EvaluationView } from "./EvaluationView";
import { ExportView } from "./ExportView";
import { FollowUpForm } from "./FollowUpForm";
import { GoalForm } from "./GoalForm";
import { MyFollowUps } from "./MyFollowUps";
import { ProblemsView } from "./ProblemsView";
import { SettingsView } from "./SettingsView";
import { IncidentAnalysisView } from "./incidents/IncidentAnalysisView";
import { IncidentForm } from "./incidents/IncidentForm";
import { OpenStepsList } from "./incidents/OpenStepsList";
import { RiskForm } from "./incidents/RiskForm";
import { LazySectorView } from "./sector/LazySectorView";

const useStyles = makeStyles({
  // Five tabs do not fit on one line at 320 px: they wrap.
  leaderTabs: {
    marginBottom: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    flexWrap: "wrap",
  },
});

type LeaderView = "evaluation" | "export" | "sector" | "settings" | "incidentAnalysis";

function LeaderTabs({ current }: { current: LeaderView }) {
  const nav = useNavigation();
  const styles = useStyles();
  return (
    <TabList
      className={styles.leaderTabs}
      size="small"
      appearance="subtle"
      aria-label="Ledelse"
      selectedValue={current}
      onTabSelect={(_, d) => nav.reset({ view: d.value as LeaderView })}
    >
      <Tab value="evaluation">Årsevaluering</Tab>
      <Tab value="export">Eksport</Tab>
      <Tab value="sector">Sektor</Tab>
      <Tab value="incidentAnalysis">Episoder</Tab>
      <Tab value="settings">Indstillinger</Tab>
    </TabList>
  );
}

/** A stable key per route, so a form starts afresh when the route changes to another record. */
const keyOf = (route: Route): string => JSON.stringify(route);

export function CurrentView() {
  const { route } = useNavigation();
  const key = keyOf(route);
  switch (route.view) {
    case "citizens":
      return <CitizenList key={key} />;
    case "citizen":
      return <CitizenGoals key={key} citizenId={route.citizenId} focusGoalId={route.focusGoalId} />;
    case "citizenForm":
      return <CitizenForm key={key} citizenId={route.citizenId} />;
    case "goalForm":
      return <GoalForm key={key} goalId={route.goalId} citizenId={route.citizenId} parentId={route.parentId} />;
    case "followUp":
      return (
        <FollowUpForm key={key} goalId={route.goalId} followUpId={route.followUpId} returnToList={route.returnToList} />
      );
    case "due":
      return <MyFollowUps key={key} />;
    case "problems":
      return <ProblemsView key={key} warnings={route.warnings} />;
    case "incidentForm":
      return <IncidentForm key={key} citizenId={route.citizenId} incidentId={route.incidentId} />;
    case "incidents":
      return <OpenStepsList key={key} />;
    case "riskForm":
      return <RiskForm key={key} citizenId={route.citizenId} />;
    case "evaluation":
    case "export":
    case "sector":
    case "settings":
    case "incidentAnalysis":
      return (
        <div>
          <LeaderTabs current={route.view} />
          {route.view === "evaluation" ? (
            <EvaluationView key={key} />
          ) : route.view === "export" ? (
            <ExportView key={key} />
          ) : route.view === "sector" ? (
            <LazySectorView key={key} />
          ) : route.view === "incidentAnalysis" ? (
            <IncidentAnalysisView key={key} />
          ) : (
            <SettingsView key={key} />
          )}
        </div>
      );
  }
}
