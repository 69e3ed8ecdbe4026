/**
 * The top of every view: an optional "Tilbage" button and the view's heading. The heading takes the
 * keyboard focus when the view opens, so a screen reader announces where the user landed and Tab
 * continues from the top of the new view.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
    outline: "none",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    // A very long name (300 characters) must not fill the pane: three lines, then "…"; the full text
    // stays the heading's accessible name and its tooltip.
    display: "-webkit-box",
    WebkitLineClamp: 3,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  back: { alignSelf: "flex-start", minWidth: "unset", paddingLeft: 0 },
});

export interface ViewHeaderProps {
  title: string;
  /** Shown under the heading, e.g. the citizen a goal belongs to. */
  subtitle?: ReactNode;
  onBack?: () => void;
  backLabel?: string;
  /** Move focus to the heading when the view opens (default true). */
  focusOnOpen?: boolean;
}

export function ViewHeader({ title, subtitle, onBack, backLabel = "Tilbage", focusOnOpen = true }: ViewHeaderProps) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) ref.current?.focus();
  }, [focusOnOpen, title]);
  return (
    <div className={styles.root}>
      {onBack ? (
        <Button className={styles.back} appearance="transparent" icon={<ArrowLeft20Regular />} onClick={onBack}>
          {backLabel}
        </Button>
      ) : null}
      <h2 className={styles.heading} tabIndex={-1} ref={ref} title={title}>
        {title}
      </h2>
      {subtitle}
    </div>
  );
}
