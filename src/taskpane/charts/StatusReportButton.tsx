/**
 * "Statusrapport" on a citizen: writes the sheet `Status ID` (all the citizen's goals and follow-ups
 * up to today, with a chart per goal) for the status meeting with the municipality, and offers to go
 * to it. The sheet holds names and free text; the pane says who it is for.
 */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { DocumentText20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { statusSheetName } from "../../domain/status";
import { runStatus } from "../../workbook/services";
import { Message, type NoticeText } from "../components/Notice";
import { useStore } from "../state/context";
import { messageOf } from "../state/store";

export function StatusReportButton({ citizenId }: { citizenId: string }) {
  const store = useStore();
  const [working, setWorking] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [written, setWritten] = useState(false);
  const sheet = statusSheetName(citizenId);

  const create = async () => {
    setWorking("Starter …");
    setNotice(null);
    try {
      const run = await runStatus(store.port, citizenId, { now: store.now(), onProgress: setWorking });
      setWritten(true);
      setNotice({
        intent: "success",
        text:
          `Arket ${run.sheet.name} er skrevet: ${run.status.goals.length} mål og ${run.status.followUpCount} opfølgninger. ` +
          "Det indeholder navn og fritekst og er kun til tilbuddet og borgerens kommune.",
      });
    } catch (e) {
      setNotice({ intent: "error", title: "Statusrapporten blev ikke skrevet", text: messageOf(e) });
    } finally {
      setWorking(null);
    }
  };

  const jump = async () => {
    try {
      await store.port.activateSheet(sheet);
    } catch (e) {
      setNotice({ intent: "error", text: messageOf(e) });
    }
  };

  return (
    <>
      <Button icon={<DocumentText20Regular />} disabled={working !== null} onClick={() => void create()}>
        Statusrapport
      </Button>
      {written ? <Button onClick={() => void jump()}>Gå til arket {sheet}</Button> : null}
      {working ? (
        <Field validationMessage={working} validationState="none" style={{ flexBasis: "100%" }}>
          <ProgressBar aria-label="Statusrapporten skrives" />
        </Field>
      ) : null}
      {notice ? (
        <div style={{ flexBasis: "100%" }}>
          <Message notice={notice} />
        </div>
      ) : null}
    </>
  );
}
