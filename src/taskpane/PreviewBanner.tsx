/**
 * The label across the top of the browser preview: this is not Excel, and the data are demo data (or,
 * with `?tom`, an empty workbook).
 */
import { Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Dated } from "./components/DayText";

const useStyles = makeStyles({
  banner: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    borderBottom: `2px solid ${tokens.colorPaletteYellowBorderActive}`,
    color: tokens.colorNeutralForeground1,
  },
});

export function PreviewBanner({ empty, day }: { empty: boolean; day: string }) {
  const styles = useStyles();
  return (
    <aside className={styles.banner} aria-label="Forhåndsvisning">
      <Text weight="semibold">Forhåndsvisning – ingen Excel, {empty ? "tom arbejdsbog" : "demodata"}</Text>
      <Caption1>
        <Dated text={empty ? "En tom arbejdsbog i browseren. " : `Demodata pr. ${day}; datoen i ruden er ${day}. `} />
        Intet gemmes: genindlæs siden for at starte forfra.{" "}
        {empty ? <Link href="?">Brug demodata</Link> : <Link href="?tom">Start med en tom arbejdsbog</Link>}
      </Caption1>
    </aside>
  );
}
