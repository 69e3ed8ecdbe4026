/**
 * What was written, in the pane: per target group the sector's citizen-weighted mean and each offer
 * with its citizens, its mean and where it lies against the funnel's 99.8 % limits, the offers outside
 * them first. The reading guide says why an offer inside the limits is neither better nor worse.
 */
import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FunnelOffer, SectorResult } from "../../../domain/sector";
import { counted } from "../../components/danishText";
import { percent } from "../../components/FormParts";
import { plainList } from "../../components/Lists";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { ...plainList, gap: tokens.spacingVerticalXXS },
  row: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: { overflowWrap: "anywhere" },
});

const POSITION = {
  over: { text: "Over", color: "success" },
  under: { text: "Under", color: "danger" },
  "inden for": { text: "Inden for", color: "informative" },
} as const;

const outsideFirst = (a: FunnelOffer, b: FunnelOffer): number =>
  Number(a.position === "inden for") - Number(b.position === "inden for") || a.offerId.localeCompare(b.offerId, "da");

export function SectorComparison({ result }: { result: SectorResult }) {
  const styles = useStyles();
  const outside = result.comparison.reduce((n, c) => n + c.offers.filter((o) => o.position !== "inden for").length, 0);
  return (
    <section className={styles.root} aria-labelledby="sektor-sammenligning">
      <h3 id="sektor-sammenligning" className={styles.heading}>
        Sammenligning af tilbuddene {result.year}
      </h3>
      <Text>
        {outside === 0
          ? "Intet tilbud ligger uden for tragtens yderste linjer."
          : `${counted(outside, "gang", "gange")} ligger et tilbud uden for tragtens yderste linjer (99,8 %).`}
      </Text>
      <Caption1>
        Et tilbud uden for de yderste linjer afviger mere, end tilfældigheder kan forklare. Et tilbud inden for er
        hverken bedre eller dårligere end de andre, heller ikke når dets tal er det højeste. Tragten står på arket.
      </Caption1>
      {result.comparison.map((c) => (
        <div key={c.targetGroup}>
          <h4 className={styles.group}>
            {c.targetGroup}: sektorens gennemsnit {percent(c.sector, 1)}
          </h4>
          <ul className={styles.list} aria-label={`Tilbuddene i ${c.targetGroup}`}>
            {[...c.offers].sort(outsideFirst).map((o) => (
              <li key={o.offerId} className={styles.row}>
                <Text className={styles.name}>
                  {o.offerId}: {percent(o.citizenMean, 1)}, {counted(o.citizens, "borger", "borgere")}
                </Text>
                <Badge appearance="outline" color={POSITION[o.position].color} size="small">
                  {POSITION[o.position].text}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
