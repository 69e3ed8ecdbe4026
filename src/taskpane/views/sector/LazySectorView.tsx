/**
 * The sector view, loaded on demand: putting exports together (the file reading, the sector rules and
 * the sheet builder) arrives in a chunk of its own the first time a leader opens it, never with the
 * start-up entry or the views staff use every day. If the chunk cannot load, the pane says so.
 */
import { Caption1, Spinner } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ReactNode } from "react";

const SectorView = lazy(() => import(/* webpackChunkName: "sector" */ "./SectorView"));

class SectorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  render() {
    return this.state.failed ? (
      <Caption1 role="alert">Visningen kunne ikke indlæses. Luk og åbn ruden, og prøv igen.</Caption1>
    ) : (
      this.props.children
    );
  }
}

export function LazySectorView() {
  return (
    <SectorBoundary>
      <Suspense fallback={<Spinner size="tiny" label="Indlæser …" />}>
        <SectorView />
      </Suspense>
    </SectorBoundary>
  );
}
