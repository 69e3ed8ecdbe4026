/**
 * The task pane: Fluent theme, the workbook store, navigation and the pane-wide notice around the
 * shell. `mountTaskpane` (inside Excel) and the browser preview both render this with their own port.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, type ReactNode } from "react";
import { NoticeProvider } from "./components/Notice";
import { NavigationProvider, type Route } from "./navigation";
import { Shell } from "./Shell";
import { StoreProvider } from "./state/context";
import type { WorkbookStore } from "./state/store";

export interface AppProps {
  store: WorkbookStore;
  /** Shown above everything, e.g. the preview's "no Excel, demo data" label. */
  banner?: ReactNode;
  initialRoute?: Route;
}

export function App({ store, banner, initialRoute }: AppProps) {
  useEffect(() => {
    const stop = store.start();
    void store.load();
    return stop;
  }, [store]);
  return (
    <FluentProvider theme={webLightTheme} lang="da" style={{ minHeight: "100%" }}>
      <StoreProvider store={store}>
        <NavigationProvider initial={initialRoute}>
          <NoticeProvider>
            <Shell banner={banner} />
          </NoticeProvider>
        </NavigationProvider>
      </StoreProvider>
    </FluentProvider>
  );
}
