/**
 * Start the static server for the built preview in its own process group (setsid), and stop the whole
 * group afterwards, so no server outlives the tests.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, "../../..");
export const PREVIEW_DIR = path.join(ROOT, "dist-preview");

export async function startPreviewServer(): Promise<RunningServer> {
  if (!existsSync(path.join(PREVIEW_DIR, "index.html"))) {
    throw new Error("dist-preview/index.html mangler: kør npm run build:preview først (npm run test:e2e gør det).");
  }
  // Port 0: the server picks a free port and prints it.
  const child = spawn("setsid", [process.execPath, path.join(__dirname, "static-server.js"), PREVIEW_DIR, "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`The preview server did not start: ${out}`)), 15_000);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview server stopped (${code}): ${out}`));
    });
  });
  const pid = child.pid as number;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        try {
          // setsid made the server's pid its process group id: end the whole group.
          process.kill(-pid, "SIGTERM");
        } catch {
          child.kill("SIGTERM");
        }
      }),
  };
}
