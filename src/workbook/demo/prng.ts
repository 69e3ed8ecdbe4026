/**
 * A small seeded pseudo-random generator (mulberry32) so the demo workbook is the same on every run
 * and every machine. Not for anything that needs real randomness.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given relative weights. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  /** A roughly normal number with mean 0 and standard deviation `sd` (sum of uniforms). */
  normal(sd: number): number;
}

/**
 * @example const r = seededRandom(2026); r.int(1, 6) // the same die roll on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const sum = items.reduce((s, [, w]) => s + w, 0);
      let x = next() * sum;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return items[items.length - 1][0];
    },
    normal: (sd) => (next() + next() + next() + next() - 2) * sd * Math.sqrt(3),
  };
  return random;
}
