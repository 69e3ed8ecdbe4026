/**
 * The six SMORTE letters as small status marks. Colour is never the only signal: an error mark is
 * outlined with a cross, a warning mark carries an exclamation, and each letter has a spoken label.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { SMORTE_LETTERS, SMORTE_NAMES } from "../../domain";
import type { SmorteLetter } from "../../domain";

export type LetterState = "ok" | "warning" | "error";

export const LETTERS = SMORTE_LETTERS;
export const LETTER_NAMES = SMORTE_NAMES;

const STATE_WORDS: Readonly<Record<LetterState, string>> = {
  ok: "i orden",
  warning: "bør ses efter",
  error: "mangler",
};

const useStyles = makeStyles({
  list: { display: "inline-flex", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  mark: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "20px",
    height: "20px",
    padding: "0 2px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1,
    boxSizing: "border-box",
  },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    border: `1px dashed ${tokens.colorPaletteYellowBorderActive}`,
  },
  error: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
  },
  symbol: { fontSize: tokens.fontSizeBase100, marginLeft: "1px" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Words for a screen reader, e.g. "S Specifikt: i orden". */
export const letterLabel = (letter: SmorteLetter, state: LetterState): string =>
  `${letter} ${LETTER_NAMES[letter]}: ${STATE_WORDS[state]}`;

/**
 * @example <SmorteMarks status={{ S: "ok", M: "error", O: "ok", R: "ok", T: "warning", E: "ok" }} />
 */
export function SmorteMarks({ status }: { status: Readonly<Record<SmorteLetter, LetterState>> }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="SMORTE-status">
      {LETTERS.map((letter) => {
        const state = status[letter];
        const label = letterLabel(letter, state);
        return (
          <li key={letter} className={`${styles.mark} ${styles[state]}`} title={label}>
            <span aria-hidden="true">
              {letter}
              {state === "error" ? <span className={styles.symbol}>✕</span> : null}
              {state === "warning" ? <span className={styles.symbol}>!</span> : null}
            </span>
            <span className={styles.hidden}>{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
