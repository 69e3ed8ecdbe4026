/**
 * The demo files opened in a real spreadsheet application: LibreOffice converts them headless and
 * every figure must match the JSON (scripts/check-with-libreoffice.sh). Runs only where `soffice` is
 * on PATH; elsewhere it says it skipped, so `npm test` never depends on LibreOffice.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { runCli } from "../../src/cli/run";
import { captureIo, tempDir } from "./support";

const root = path.resolve(__dirname, "../..");
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;

if (!hasSoffice) {
  console.log("LibreOffice (soffice) er ikke på PATH: LibreOffice-tjekket af demo-filerne springes over.");
}

(hasSoffice ? test : test.skip)(
  "LibreOffice reads the demo files and every figure matches the JSON",
  async () => {
    const dir = tempDir();
    expect(await runCli(["demo", "--out", dir], captureIo())).toBe(0);
    const run = spawnSync(
      path.join(root, "scripts/check-with-libreoffice.sh"),
      [dir, "--artifacts", path.join(dir, "artefakter")],
      { cwd: root, encoding: "utf8", timeout: 300_000 },
    );
    expect(run.stdout).toContain("alle tal i");
    expect(run.stdout).not.toContain("FEJL");
    expect(run.status).toBe(0);
  },
  360_000,
);
