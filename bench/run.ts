/**
 * `npm run bench`: runs every benchmark module in turn in one process and prints their figures.
 * Benchmarks print; they never pass or fail. Add a module by adding it to the list below.
 */
import { machineLines } from "./machine";

interface BenchModule {
  run(): void | Promise<void>;
}

const BENCHES: ReadonlyArray<{ name: string; load: () => Promise<BenchModule> }> = [
  { name: "engine", load: () => import("./engine") },
  { name: "functions", load: () => import("./functions") },
  { name: "xlsx", load: () => import("./xlsx") },
  { name: "incidents", load: () => import("./incidents") },
  { name: "office", load: () => import("./office") },
  { name: "sector", load: () => import("./sector") },
];

async function main(): Promise<void> {
  for (const line of machineLines()) console.log(line);
  const only = process.argv.slice(2);
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    console.log("");
    await (await bench.load()).run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
