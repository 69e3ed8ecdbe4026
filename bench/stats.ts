/**
 * Small helpers for the benchmarks: timing, medians, heap measurement, printing.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";

/** Milliseconds a call takes. */
export function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Time several functions in turns (a, b, c, a, b, c, …) so they share the machine's load, after
 * `warmUp` untimed rounds; returns the median of each.
 */
export function interleaved(
  fns: Readonly<Record<string, () => unknown>>,
  rounds: number,
  warmUp = 1,
): Record<string, number> {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < warmUp + rounds; r++) {
    for (const n of names) {
      const t = timeMs(fns[n]);
      if (r >= warmUp) times[n].push(t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(times[n])]));
}

let gcFn: (() => void) | null = null;
/** A full garbage collection (exposes V8's gc once). */
export function collectGarbage(): void {
  if (gcFn === null) {
    v8.setFlagsFromString("--expose-gc");
    gcFn = vm.runInNewContext("gc") as () => void;
  }
  gcFn();
  gcFn();
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Heap in use after full collections, in bytes. Waits for the event loop between collections: weakly
 * held objects (WeakRef, FinalizationRegistry) can only be freed after the current task has ended.
 */
export async function heapUsed(): Promise<number> {
  await nextTurn();
  collectGarbage();
  await nextTurn();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
export const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
export const ratio = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×`;
