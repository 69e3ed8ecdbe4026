/**
 * Where the pane is: one route at a time, a back stack, and a "form has unsaved typing" flag. Leaving a
 * form with unsaved typing (go, back, reset: a tab, Tilbage, Annullér, another citizen) first asks
 * "Kassér ændringerne?"; only `replace` (used once a form is saved) leaves without asking.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { DiscardDialog } from "./components/DiscardDialog";

export type Route =
  | { readonly view: "citizens" }
  | { readonly view: "citizen"; readonly citizenId: string; readonly focusGoalId?: string }
  | { readonly view: "citizenForm"; readonly citizenId?: string }
  /** A new goal needs `citizenId` (and `parentId` for a delmål); an existing one only its `goalId`. */
  | { readonly view: "goalForm"; readonly citizenId?: string; readonly goalId?: string; readonly parentId?: string }
  /**
   * A new follow-up of `goalId`, or an existing one by `followUpId`; `returnToList`: opened from the
   * overdue list, so saving goes back to it.
   */
  | {
      readonly view: "followUp";
      readonly goalId?: string;
      readonly followUpId?: string;
      readonly returnToList?: boolean;
    }
  | { readonly view: "due" }
  | { readonly view: "evaluation" }
  | { readonly view: "export" }
  /** Putting the offers' exports together into the sheet Sektor Y. */
  | { readonly view: "sector" }
  | { readonly view: "settings" }
  /** `warnings`: show the warnings too from the start (e.g. the follow-ups dated after today). */
  | { readonly view: "problems"; readonly warnings?: boolean }
  /** Register a new episode (pre-filled from `citizenId`), or edit `incidentId`. */
  | { readonly view: "incidentForm"; readonly citizenId?: string; readonly incidentId?: string }
  /** Episodes with open handling steps. */
  | { readonly view: "incidents" }
  /** A new risk assessment of `citizenId`. */
  | { readonly view: "riskForm"; readonly citizenId: string }
  /** The leader's analysis of the episodes of a quarter or a year. */
  | { readonly view: "incidentAnalysis" };

export type Section = "staff" | "due" | "leaders";

/** Which top-level tab a route belongs to. */
export function sectionOf(route: Route): Section {
  switch (route.view) {
    case "due":
      return "due";
    case "evaluation":
    case "export":
    case "sector":
    case "settings":
    case "incidentAnalysis":
      return "leaders";
    default:
      return "staff";
  }
}

export interface Navigation {
  readonly route: Route;
  /** The first route of the stack: decides which top-level tab is shown as selected. */
  readonly root: Route;
  /** Go to a route; the current one is remembered for "Tilbage". Asks first if a form is unsaved. */
  go(route: Route): void;
  /** Replace the current route (e.g. after saving a new record, show it instead of the empty form). */
  replace(route: Route): void;
  /** Go back one step, or to `fallback` when there is nothing to go back to. Asks first if unsaved. */
  back(fallback?: Route): void;
  /**
   * Start a section afresh (top-level tab). Asks first if a form is unsaved; `onLeave` runs only when
   * the pane really leaves (not on "Bliv her"), e.g. to clear the last notice.
   */
  reset(route: Route, onLeave?: () => void): void;
  readonly canGoBack: boolean;
  /** Forms report whether they hold unsaved typing. */
  setDirty(dirty: boolean): void;
  isDirty(): boolean;
}

const NavContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial?: Route; children: ReactNode }) {
  const [stack, setStack] = useState<readonly Route[]>([initial ?? { view: "citizens" }]);
  const dirty = useRef(false);
  /** A move waiting for the user's answer to "Kassér ændringerne?". */
  const [pendingMove, setPendingMove] = useState<(() => void) | null>(null);
  /** Run `move` now, or, when a form holds unsaved typing, once the user agrees to discard it. */
  const guarded = useCallback((move: () => void) => {
    if (!dirty.current) {
      move();
      return;
    }
    setPendingMove(() => move);
  }, []);
  const go = useCallback(
    (route: Route) =>
      guarded(() => {
        dirty.current = false;
        setStack((s) => [...s, route].slice(-30));
      }),
    [guarded],
  );
  const replace = useCallback((route: Route) => {
    dirty.current = false;
    setStack((s) => [...s.slice(0, -1), route]);
  }, []);
  const back = useCallback(
    (fallback?: Route) =>
      guarded(() => {
        dirty.current = false;
        setStack((s) => (s.length > 1 ? s.slice(0, -1) : [fallback ?? { view: "citizens" }]));
      }),
    [guarded],
  );
  const reset = useCallback(
    (route: Route, onLeave?: () => void) =>
      guarded(() => {
        dirty.current = false;
        onLeave?.();
        setStack([route]);
      }),
    [guarded],
  );
  const value = useMemo<Navigation>(
    () => ({
      route: stack[stack.length - 1],
      root: stack[0],
      go,
      replace,
      back,
      reset,
      canGoBack: stack.length > 1,
      setDirty: (d: boolean) => {
        dirty.current = d;
      },
      isDirty: () => dirty.current,
    }),
    [stack, go, replace, back, reset],
  );
  return (
    <NavContext.Provider value={value}>
      {children}
      <DiscardDialog
        open={pendingMove !== null}
        onStay={() => setPendingMove(null)}
        onDiscard={() => {
          const move = pendingMove;
          setPendingMove(null);
          dirty.current = false;
          move?.();
        }}
      />
    </NavContext.Provider>
  );
}

export function useNavigation(): Navigation {
  const nav = useContext(NavContext);
  if (!nav) throw new Error("Navigationen mangler.");
  return nav;
}
