/**
 * The text alternatives of the pane's charts: small tables with the very numbers the charts draw,
 * read by screen readers (visually hidden, the chart shows the same). Part of the main pane bundle, so
 * the numbers are there even before, or without, the lazily loaded chart library.
 */
import { gasText, percent } from "../components/FormParts";
import { VisuallyHidden } from "../components/VisuallyHidden";
import { type HistoryPoint, type MethodBar, yearsText } from "./chartData";
import { DayText } from "../components/DayText";

const pct = (v: number | null): string => (v === null ? "intet resultat" : percent(v));

/** The methods' means this year, and last year's beside them when `compare` (a finished year). */
export function MethodTable({ bars, year, compare }: { bars: readonly MethodBar[]; year: number; compare: boolean }) {
  return (
    <VisuallyHidden>
      <table>
        <caption>Gennemsnitlig målopfyldelse pr. metode, {yearsText(year, compare)}</caption>
        <thead>
          <tr>
            <th scope="col">Metode</th>
            <th scope="col">{year}</th>
            {compare ? <th scope="col">{year - 1}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.method}>
              <th scope="row">{b.method}</th>
              <td>{pct(b.mean)}</td>
              {compare ? <td>{pct(b.previousMean)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}

export function HistoryTable({ goalId, points }: { goalId: string; points: readonly HistoryPoint[] }) {
  return (
    <VisuallyHidden>
      <table>
        <caption>Opfølgninger på {goalId} over tid</caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            <th scope="col">Vurdering</th>
            <th scope="col">Værdi</th>
            <th scope="col">GAS</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.followUpId}>
              <th scope="row">
                <DayText day={p.date} />
              </th>
              <td>{p.assessment || "måling"}</td>
              <td>{p.value === null ? "tæller ikke" : percent(p.value)}</td>
              <td>{p.gas === null ? "ingen" : gasText(p.gas)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
