/**
 * Entry point of the command line: `npm run cli -- <kommando>` (tsx src/cli/main.ts).
 */
import { runCli } from "./run";
import { processIo } from "./io";

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
