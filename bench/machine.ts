/**
 * The machine a benchmark ran on (printed with every run, since figures mean little without it).
 */
import * as os from "node:os";

export function machineLines(): string[] {
  const cpus = os.cpus();
  return [
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM`,
    `system: ${os.type()} ${os.release()} (${os.arch()}), Node ${process.version}`,
    `load average at start (1/5/15 min): ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")}`,
  ];
}
