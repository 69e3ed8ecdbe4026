/**
 * React access to the workbook store: a provider at the top of the pane and hooks for the views.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { WorkbookData } from "../../domain";
import type { PaneState, WorkbookStore } from "./store";

const StoreContext = createContext<WorkbookStore | null>(null);

export function StoreProvider({ store, children }: { store: WorkbookStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for writing. */
export function useStore(): WorkbookStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("SMORTE-ruden mangler sin forbindelse til arbejdsbogen.");
  return store;
}

/** The current pane state; re-renders when the workbook is read again or written. */
export function usePaneState(): PaneState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/** The typed workbook data; only call below the point where the pane has loaded it. */
export function useData(): WorkbookData {
  const { data } = usePaneState();
  if (!data) throw new Error("Arbejdsbogen er ikke indlæst endnu.");
  return data;
}
