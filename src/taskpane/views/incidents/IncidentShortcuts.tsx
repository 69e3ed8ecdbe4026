/**
 * On the start view: "Registrér episode" in one click, and the episodes that still have open steps.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Warning20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { episodesWithOpenSteps } from "../../../domain/incidents";
import { useNavigation } from "../../navigation";
import { useStore } from "../../state/context";
import { useRegister } from "./useRegister";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function IncidentShortcuts() {
  const styles = useStyles();
  const nav = useNavigation();
  const register = useRegister();
  const today = useStore().todayDay();
  const open = useMemo(() => episodesWithOpenSteps(register.incidents, today).length, [register, today]);
  return (
    <div className={styles.row}>
      <Button icon={<Warning20Regular />} onClick={() => nav.go({ view: "incidentForm" })}>
        Registrér episode
      </Button>
      <Button appearance="subtle" onClick={() => nav.go({ view: "incidents" })}>
        {open === 0 ? "Episoder" : `Episoder med åbne trin (${open})`}
      </Button>
    </div>
  );
}
