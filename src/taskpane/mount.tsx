import { FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

/** Render the SMORTE task pane into `root` (called once by the shared runtime, when the pane is shown). */
export function mountTaskpane(root: HTMLElement): void {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, display: "grid", gap: 8 }}>
        <Title2 as="h1">SMORTE</Title2>
        <Text as="p">
          Dokumentér borgernes mål og målopfyldelse, og lav den årlige evaluering af tilbuddets metoder.
        </Text>
      </main>
    </FluentProvider>,
  );
}
