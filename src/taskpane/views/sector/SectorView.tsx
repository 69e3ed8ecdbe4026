/**
 * "Saml tilbuddenes eksporter" for the region's consultant (docs/rules.md §9): pick the offers'
 * regional exports with the browser's file picker (read here, never sent anywhere), see which offers
 * and years were read and what was refused (file, row, Danish reason), choose the year and the
 * threshold, and write the sheet `Sektor Y` into the open workbook through the workbook port. While a
 * file is refused nothing can be written, as on the command line. Loaded in a chunk of its own.
 */
import { Button, Caption1, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import { MIN_SUPPRESSION, sectorSheetName } from "../../../domain";
import { consolidate, judgeExports, readLine, refusalText } from "../../../domain/sector";
import type { ExportReading, SectorResult } from "../../../domain/sector";
import { runSector, SectorRefusedError } from "../../../workbook/services/sector";
import { counted } from "../../components/danishText";
import { percent } from "../../components/FormParts";
import { plainList } from "../../components/Lists";
import { Message, type NoticeText } from "../../components/Notice";
import { ViewHeader } from "../../components/ViewHeader";
import { useStore } from "../../state/context";
import { messageOf } from "../../state/store";
import { readPicked } from "./pickedFiles";
import { SectorComparison } from "./SectorComparison";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { ...plainList, gap: tokens.spacingVerticalXS },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { overflowWrap: "anywhere" },
});

/** The default threshold, as on the command line (`--min`). */
const DEFAULT_MIN = 5;

interface Picked {
  readonly files: number;
  readonly reading: ExportReading;
}

/** The threshold typed: a whole number ≥ 3, else a Danish problem. */
function minOf(text: string): { value: number } | { problem: string } {
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(n)) return { problem: "Skriv et helt tal, fx 5." };
  if (n < MIN_SUPPRESSION)
    return { problem: `Mindst ${MIN_SUPPRESSION}: færre borgere bag et tal kan pege på en borger.` };
  return { value: n };
}

export default function SectorView() {
  const styles = useStyles();
  const store = useStore();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [minText, setMinText] = useState(String(DEFAULT_MIN));
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [written, setWritten] = useState<SectorResult | null>(null);

  const min = minOf(minText);
  const years = picked ? [...picked.reading.years].map((y) => y.year).sort((a, b) => b - a) : [];
  const refused = picked?.reading.refused ?? [];
  const minCount = "value" in min ? min.value : DEFAULT_MIN;
  const preview = useMemo(
    () =>
      picked && year !== null && picked.reading.refused.length === 0
        ? consolidate(picked.reading.accepted, year, { minCount })
        : null,
    [picked, year, minCount],
  );

  const pick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setReading(true);
    setNotice(null);
    setWritten(null);
    try {
      const { texts, unreadable } = await readPicked([...files]);
      const judged = judgeExports(texts, unreadable);
      setPicked({ files: files.length, reading: judged });
      setYear(judged.years.length > 0 ? Math.max(...judged.years.map((y) => y.year)) : null);
    } finally {
      setReading(false);
      // The same files can be picked again after they were fixed.
      if (input.current) input.current.value = "";
    }
  };

  const write = async () => {
    if (!picked || year === null || !("value" in min)) return;
    setWorking(true);
    setNotice(null);
    try {
      const run = await runSector(store.port, picked.reading, year, { now: store.now(), minCount: min.value });
      setWritten(run.result);
      setNotice({
        intent: "success",
        text: `Arket ${run.sheet.name} er skrevet: ${counted(run.result.offers.length, "tilbud", "tilbud")}, ${counted(run.result.byTargetGroup.length, "målgruppe", "målgrupper")}.`,
      });
    } catch (e) {
      setNotice({
        intent: "error",
        title: "Sektorarket blev ikke skrevet",
        text: messageOf(e),
        lines: e instanceof SectorRefusedError ? e.lines : undefined,
      });
    } finally {
      setWorking(false);
    }
  };

  const jump = async () => {
    if (!written) return;
    try {
      await store.port.activateSheet(sectorSheetName(written.year));
    } catch (e) {
      setNotice({ intent: "error", text: messageOf(e) });
    }
  };

  const accepted = picked ? picked.reading.accepted.length : 0;
  return (
    <div className={styles.root}>
      <ViewHeader title="Saml tilbuddenes eksporter" focusOnOpen={false} />
      <Caption1>
        Vælg tilbuddenes regionale eksporter (CSV eller JSON), gerne også sidste års. Filerne læses her på computeren;
        intet sendes nogen steder. Arket Sektor ÅR skrives i den åbne arbejdsbog (findes det, skrives det forfra).
      </Caption1>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".csv,.json,text/csv,application/json"
        aria-label="Tilbuddenes eksportfiler"
        tabIndex={-1}
        onChange={(e) => void pick(e.currentTarget.files)}
      />
      <Button
        style={{ alignSelf: "flex-start" }}
        icon={<DocumentArrowUp20Regular />}
        disabled={reading || working}
        onClick={() => input.current?.click()}
      >
        {picked ? "Vælg andre filer …" : "Vælg filer …"}
      </Button>
      {reading ? <Spinner size="tiny" label="Læser filerne …" /> : null}

      {picked ? (
        <>
          <Text role="status">
            {counted(picked.files, "fil valgt", "filer valgt")}: {accepted} godkendt, {refused.length} afvist.
          </Text>
          {picked.reading.years.length > 0 ? (
            <ul className={styles.list} aria-label="Læste tilbud pr. år">
              {picked.reading.years.map((y) => (
                <li key={y.year}>
                  <Text className={styles.name}>{readLine(y)}</Text>
                </li>
              ))}
            </ul>
          ) : null}
          {refused.length > 0 ? (
            <Message
              notice={{
                intent: "error",
                title: refused.length === 1 ? "1 fil er afvist" : `${refused.length} filer er afvist`,
                text: "Intet kan skrives, så længe en fil er afvist. Ret eller fjern filerne (bed tilbuddet lave eksporten igen), og vælg filerne igen.",
                lines: refused.map(refusalText),
              }}
            />
          ) : null}
        </>
      ) : null}

      {picked && refused.length === 0 && years.length > 0 && year !== null ? (
        <>
          <Field label="År">
            <Select
              value={String(year)}
              onChange={(_, d) => {
                setYear(Number(d.value));
                setNotice(null);
              }}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Mindste antal borgere bag et tal i sektoren"
            validationState={"problem" in min ? "error" : "none"}
            validationMessage={
              "problem" in min ? min.problem : `Færre borgere end det vises som skjult (mindst ${MIN_SUPPRESSION}).`
            }
          >
            <Input type="number" min={MIN_SUPPRESSION} value={minText} onChange={(_, d) => setMinText(d.value)} />
          </Field>
          {preview && preview.warnings.length > 0 ? (
            <Message notice={{ intent: "warning", title: "Bemærk", text: "", lines: preview.warnings }} />
          ) : null}
          {preview ? (
            <Text>
              {year}: {counted(preview.offers.length, "tilbud", "tilbud")},{" "}
              {counted(preview.byTargetGroup.length, "målgruppe", "målgrupper")}; sektorens gennemsnit{" "}
              {preview.total.mean === null ? "skjult" : percent(preview.total.mean)}.
            </Text>
          ) : null}
        </>
      ) : null}

      {notice ? <Message notice={notice} /> : null}
      {working ? <Spinner size="tiny" label={`Skriver arket ${sectorSheetName(year ?? 0)} …`} /> : null}
      {picked ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={working || refused.length > 0 || year === null || !("value" in min)}
            onClick={() => void write()}
          >
            Skriv arket {year === null ? "Sektor" : sectorSheetName(year)}
          </Button>
          {written ? <Button onClick={() => void jump()}>Gå til arket {sectorSheetName(written.year)}</Button> : null}
        </div>
      ) : null}
      {written ? <SectorComparison result={written} /> : null}
    </div>
  );
}
