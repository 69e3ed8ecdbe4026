/**
 * Entry point of the command line: `npm run cli -- <kommando>` (tsx src/cli/main.ts).
 */
import { statSync } from "node:fs";
import { runCli } from "./run";
import { processIo } from "./io";

/**
 * npm runs a script in the project folder, whatever folder it was typed in; npm passes that folder as
 * INIT_CWD. Under `npm run cli`, file names are the user's, so they are taken from where the user
 * typed them (`cd demo && npm run cli -- check smorte-demo.xlsx` finds the file). `npm run demo`
 * keeps writing to the project's demo/ folder.
 */
function enterTypingFolder(env: NodeJS.ProcessEnv): void {
  const folder = env.INIT_CWD;
  if (env.npm_lifecycle_event !== "cli" || !folder) return;
  try {
    if (statSync(folder).isDirectory()) process.chdir(folder);
  } catch {
    // The folder has gone: stay in the project folder.
  }
}

enterTypingFolder(process.env);
runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
