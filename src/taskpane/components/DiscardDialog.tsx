/**
 * "Kassér ændringerne?": asked when the user leaves a form that holds unsaved typing (a tab, Tilbage,
 * Annullér, another citizen). Staying is the default, has the focus and is what Escape does; nothing
 * typed is lost without the user saying so.
 *
 * A small fixed box over the top of the pane rather than Fluent's modal Dialog: at 320 px it stays in
 * view wherever the user has scrolled, and focus simply moves between its two buttons.
 */
import { Button, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  backdrop: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    backgroundColor: "rgba(0, 0, 0, 0.3)",
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "center",
    paddingTop: tokens.spacingVerticalXXL,
  },
  box: {
    width: "min(420px, calc(100vw - 24px))",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function DiscardDialog({
  open,
  onDiscard,
  onStay,
}: {
  open: boolean;
  onDiscard: () => void;
  onStay: () => void;
}) {
  const styles = useStyles();
  const stay = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement;
    stay.current?.focus();
    return () => {
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [open]);
  if (!open) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onStay();
    } else if (e.key === "Tab") {
      // Keep the focus on the question's two buttons.
      e.preventDefault();
      (document.activeElement === stay.current ? discard : stay).current?.focus();
    }
  };
  return (
    <div className={styles.backdrop} onKeyDown={onKeyDown}>
      <div
        className={styles.box}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="smorte-discard-title"
        aria-describedby="smorte-discard-text"
      >
        <h2 id="smorte-discard-title" className={styles.title}>
          Kassér ændringerne?
        </h2>
        <p id="smorte-discard-text" className={styles.text}>
          Det, du har skrevet i formularen, er ikke gemt. Bliv her for at gemme det, eller kassér det.
        </p>
        <div className={styles.actions}>
          <Button ref={stay} appearance="primary" onClick={onStay}>
            Bliv her
          </Button>
          <Button ref={discard} onClick={onDiscard}>
            Kassér ændringerne
          </Button>
        </div>
      </div>
    </div>
  );
}
