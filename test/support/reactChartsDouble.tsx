/**
 * A test double of `@fluentui/react-charts` for jsdom tests (jest maps the package here): the real
 * library needs d3's ES modules and an SVG layout engine jsdom does not have. It draws nothing but
 * says what it was given, so tests can see that the lazily loaded chart arrived with the right data.
 * The real charts are drawn and axe-checked in the browser tests (test/e2e).
 */
interface Titled {
  chartTitle?: string;
}

export function LineChart(props: { data: { chartTitle?: string; lineChartData?: Array<{ data: unknown[] }> } }) {
  const points = (props.data.lineChartData ?? []).reduce((n, l) => n + l.data.length, 0);
  return <svg role="img" aria-label={`${props.data.chartTitle ?? "Kurve"}: ${points} punkter`} data-chart="line" />;
}

/** Says the categories on its vertical axis, and whether they are shown in full (not cut short). */
export function HorizontalBarChartWithAxis(
  props: { data?: Array<{ y: string | number }>; showYAxisLables?: boolean } & Titled,
) {
  return (
    <svg
      role="img"
      aria-label={`Liggende søjler: ${(props.data ?? []).map((d) => String(d.y)).join(", ")}`}
      data-chart="horizontal-bars"
      data-full-labels={String(props.showYAxisLables === true)}
    />
  );
}
