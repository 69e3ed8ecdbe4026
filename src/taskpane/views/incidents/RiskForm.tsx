/**
 * "Ny risikovurdering" of a citizen: the tool, its score, the level (left empty for BVC it follows
 * the score), when to assess again, and the agreements. CPR-like text blocks saving.
 */
import { Field, Input, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import { BVC_TOOL, RISK_ASSESSMENTS, RISK_LEVELS, RISK_TOOLS, containsCpr, parseNumberText } from "../../../domain";
import { bvcRisk } from "../../../domain/incidents";
import type { DayNumber } from "../../../domain";
import { DateField } from "../../components/DateField";
import { TextField } from "../../components/Fields";
import { Form, FormActions, useDraft, useSave } from "../../components/FormParts";
import { useNotice } from "../../components/Notice";
import { ViewHeader } from "../../components/ViewHeader";
import { useNavigation } from "../../navigation";
import { usePaneState, useStore } from "../../state/context";
import { nextId } from "../../state/ids";
import { rawIds } from "../../state/rawIds";
import { cprMessage } from "./incidentDraft";

const help = (key: string): string => RISK_ASSESSMENTS.columns.find((c) => c.key === key)?.help ?? "";

/** Half a year: the default time to the next assessment. */
export const NEXT_ASSESSMENT_DAYS = 182;

export interface RiskDraft {
  date: DayNumber | null;
  tool: string;
  score: string;
  risk: string;
  nextDate: DayNumber | null;
  agreements: string;
}

export function riskProblems(d: RiskDraft, attempted: boolean): Partial<Record<keyof RiskDraft, string>> {
  const p: Partial<Record<keyof RiskDraft, string>> = {};
  if (attempted && d.date === null) p.date = "Vælg datoen for vurderingen.";
  if (attempted && !(RISK_TOOLS as readonly string[]).includes(d.tool)) p.tool = "Vælg redskabet.";
  const score = d.score.trim() === "" ? null : parseNumberText(d.score);
  if (d.score.trim() !== "" && score === null) p.score = "Scoren skal være et tal.";
  else if (d.tool === BVC_TOOL && score !== null && (!Number.isInteger(score) || score < 0 || score > 6))
    p.score = "En BVC-score er et helt tal fra 0 til 6.";
  if (d.nextDate !== null && d.date !== null && d.nextDate < d.date)
    p.nextDate = "Næste vurdering ligger før vurderingens dato.";
  if (containsCpr(d.agreements)) p.agreements = cprMessage("Aftaler");
  return p;
}

export function RiskForm({ citizenId }: { citizenId: string }) {
  const { snapshot } = usePaneState();
  const store = useStore();
  const nav = useNavigation();
  const notice = useNotice();
  const today = store.todayDay();
  const { draft, update, bind } = useDraft<RiskDraft>(() => ({
    date: today,
    tool: "",
    score: "",
    risk: "",
    nextDate: today + NEXT_ASSESSMENT_DAYS,
    agreements: "",
  }));
  const save = useSave();
  const problems = riskProblems(draft, save.attempted);
  const score = draft.score.trim() === "" ? null : parseNumberText(draft.score);
  const fromScore =
    draft.tool === BVC_TOOL && draft.risk === "" && score !== null && !problems.score ? bvcRisk(score) : null;
  const assessmentId = useMemo(() => nextId("R", rawIds(snapshot, "Risikovurdering"), 4), [snapshot]);

  const submit = async () => {
    const check = riskProblems(draft, true);
    if (Object.values(check).some(Boolean))
      return save.block("Risikovurderingen er ikke gemt. Ret felterne, der er markeret.");
    await save.run("Risikovurderingen er ikke gemt", async () => {
      const result = await store.save(
        "Risikovurdering",
        {
          assessmentId,
          citizenId,
          date: draft.date ?? "",
          tool: draft.tool,
          score: score ?? "",
          risk: draft.risk,
          nextDate: draft.nextDate ?? "",
          agreements: draft.agreements.trim(),
        },
        "insert",
      );
      notice.show({
        intent: "success",
        text: `Risikovurderingen ${assessmentId} af ${citizenId} er gemt på arket Risikovurdering, række ${result.row}.`,
      });
      nav.replace({ view: "citizen", citizenId });
    });
  };

  return (
    <div>
      <ViewHeader title={`Ny risikovurdering af ${citizenId}`} onBack={() => nav.back()} />
      <Form label="Ny risikovurdering" onSubmit={() => void submit()} error={save.error}>
        <DateField
          label="Dato"
          required
          {...bind("date")}
          today={today}
          validationMessage={problems.date}
          validationState={problems.date ? "error" : "none"}
        />
        <Field
          label="Redskab"
          required
          hint={help("tool")}
          validationMessage={problems.tool}
          validationState={problems.tool ? "error" : "none"}
        >
          <Select value={draft.tool} onChange={(_, d) => update("tool", d.value)}>
            <option value="">Vælg redskab …</option>
            {RISK_TOOLS.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </Field>
        <Field
          label="Score"
          hint={help("score")}
          validationMessage={problems.score}
          validationState={problems.score ? "error" : "none"}
        >
          <Input value={draft.score} onChange={(_, d) => update("score", d.value)} inputMode="decimal" />
        </Field>
        <Field label="Risiko" hint={fromScore ? `Tom: følger BVC-scoren (${fromScore}).` : help("risk")}>
          <Select value={draft.risk} onChange={(_, d) => update("risk", d.value)}>
            <option value="">{draft.tool === BVC_TOOL ? "(følger BVC-scoren)" : "(ikke angivet)"}</option>
            {RISK_LEVELS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </Select>
        </Field>
        <DateField
          label="Næste vurdering"
          hint={help("nextDate")}
          {...bind("nextDate")}
          today={today}
          validationMessage={problems.nextDate}
          validationState={problems.nextDate ? "error" : "none"}
        />
        <TextField
          label="Aftaler"
          hint={help("agreements")}
          {...bind("agreements")}
          error={problems.agreements}
          rows={3}
        />
        <FormActions saving={save.saving} onCancel={() => nav.back()} />
      </Form>
    </div>
  );
}
