/**
 * The pane's lists: a list without bullets or indent, and the paging of long lists (one page at
 * first, then "Vis N flere" under the list), so a workbook with thousands of rows stays quick.
 */
import { Button, makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";
import { useState } from "react";

/** How many rows a long list shows at first, and how many more each "Vis N flere" adds. */
export const PAGE_SIZE = 25;

/** A `<ul>` as a plain column of entries (no bullets, no indent); add the gap between entries. */
export const plainList: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
};

const useStyles = makeStyles({
  more: { marginTop: tokens.spacingVerticalS, alignSelf: "flex-start" },
});

/**
 * How many rows of a long list are shown. `more()` adds a page; `reset()` goes back to the first
 * page (e.g. when the filter changes).
 * @example const page = usePaging(); const visible = rows.slice(0, page.shown);
 */
export function usePaging() {
  const [shown, setShown] = useState(PAGE_SIZE);
  return {
    shown,
    more: () => setShown((n) => n + PAGE_SIZE),
    reset: () => setShown(PAGE_SIZE),
  };
}

/**
 * "Vis N flere" under a list of `total` rows of which the first `shown` are on screen; nothing once
 * all are shown.
 * @example <ShowMore total={rows.length} shown={page.shown} onMore={page.more} />
 */
export function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore: () => void }) {
  const styles = useStyles();
  if (total <= shown) return null;
  return (
    <Button className={styles.more} onClick={onMore}>
      Vis {Math.min(PAGE_SIZE, total - shown)} flere
    </Button>
  );
}
