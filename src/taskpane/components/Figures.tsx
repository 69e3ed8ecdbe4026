/**
 * Compact figure displays for the leader views: a headline number, and a narrow list of groups
 * (works at 320 px, unlike a wide table).
 */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { changeDirection, changePointsText, type GroupFigures } from "../../domain";
import { percent } from "./FormParts";
import { plainList } from "./Lists";

const useStyles = makeStyles({
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, order: -1 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  groups: { ...plainList, gap: tokens.spacingVerticalXS },
  group: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  down: { color: tokens.colorPaletteRedForeground1 },
  up: { color: tokens.colorPaletteGreenForeground1 },
});

export interface Tile {
  readonly label: string;
  readonly value: string;
}

/** Headline figures as a description list (label and value stay paired for screen readers). */
export function Tiles({ tiles, label }: { tiles: readonly Tile[]; label: string }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label}>
      <dl className={styles.tiles}>
        {tiles.map((t) => (
          <div key={t.label} className={styles.tile}>
            <dt className={styles.label}>{t.label}</dt>
            <dd className={styles.number}>{t.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** "+5 point", "−10 point", "uændret" or "" for a change in mean fulfilment (a fraction); the domain decides. */
export function changeText(change: number | null): string {
  return change === null ? "" : changePointsText(change);
}

/** Groups with their mean this year beside last year (a finished year only). */
export function GroupList({
  groups,
  label,
  provisional = false,
}: {
  groups: readonly GroupFigures[];
  label: string;
  /** A running year: neither last year's mean nor a change is shown, as part of a year is not set beside a whole one. */
  provisional?: boolean;
}) {
  const styles = useStyles();
  const trendClass = (change: number): string | undefined => {
    const direction = changeDirection(change);
    return direction === "faldt" ? styles.down : direction === "steg" ? styles.up : undefined;
  };
  if (groups.length === 0) return <Caption1>Ingen resultater.</Caption1>;
  return (
    <ul className={styles.groups} aria-label={label}>
      {groups.map((g) => (
        <li key={g.group} className={styles.group}>
          <div className={styles.line}>
            <Text className={styles.name}>{g.group}</Text>
            <Text>{g.mean === null ? "intet resultat" : percent(g.mean)}</Text>
          </div>
          <Caption1>
            {g.citizens} {g.citizens === 1 ? "borger" : "borgere"}, {g.goals} mål
            {g.previousMean !== null && !provisional ? ` · sidste år ${percent(g.previousMean)}` : ""}
            {g.change !== null && !provisional ? (
              <>
                {" "}
                · <span className={trendClass(g.change)}>{changeText(g.change)}</span>
              </>
            ) : null}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
