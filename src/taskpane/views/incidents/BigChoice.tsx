/**
 * A required choice shown as large options (a radio group whose options are big enough to hit at
 * once on a touch screen): the four directions and five types of an episode.
 */
import { Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  group: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(132px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  option: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "44px",
    display: "flex",
    alignItems: "center",
    margin: 0,
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export function BigChoice(props: {
  label: string;
  hint?: string;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const styles = useStyles();
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required
      validationMessage={props.error}
      validationState={props.error ? "error" : "none"}
    >
      <RadioGroup className={styles.group} value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.options.map((o) => (
          <Radio
            key={o}
            value={o}
            label={o}
            className={props.value === o ? `${styles.option} ${styles.chosen}` : styles.option}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
