/**
 * What the command line needs from the outside world, so commands can run in tests without a process:
 * output streams and a clock. `out` is for results (stdout), `err` for Danish messages and progress (stderr).
 */
export interface CliIo {
  /** Write one line of result to stdout. */
  out(line: string): void;
  /** Write one line of message or progress to stderr. */
  err(line: string): void;
  /** The clock (today's date for checks, "Udarbejdet" on the evaluation sheet). */
  now(): Date;
}

/** The command line's exit codes (docs/reports-and-cli.md). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** A usage or file problem: the message is Danish and the process exits with code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** The real process: stdout, stderr and the system clock. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
};
