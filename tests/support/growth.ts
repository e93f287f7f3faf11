/**
 * How the cost of some work grows with its input, measured so that it holds on a loaded
 * machine: CPU time of this process (other processes do not count), the fastest of several
 * interleaved runs (noise and collections only ever add time), after a warm-up (JIT, caches),
 * and tried again when a try looks superlinear: a quadratic cost is 4x at every try, while a
 * linear one that met a busy moment passes on a retry.
 */
import { cpuMs } from '../unit/sources/cpu.ts';

/** Fastest CPU milliseconds of `small` and of `large`, measured in turns. */
function fastestPair(small: () => void, large: () => void, runs: number): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < runs; i++) {
    bestSmall = Math.min(bestSmall, cpuMs(small));
    bestLarge = Math.min(bestLarge, cpuMs(large));
  }
  return [bestSmall, bestLarge];
}

export interface Growth {
  /** CPU ms at size n and at factor x n, from the try that looked most linear. */
  small: number;
  large: number;
  /** large / max(small, floor). */
  ratio: number;
}

/**
 * The cost at size factor x n against the cost at n for `workAt(size)`; `floorMs` keeps tiny
 * timings (where the clock's grain dominates) from reading as growth. Linear work gives about
 * `factor` (2 by default), quadratic its square: a larger factor parts the two more widely than
 * a busy moment can blur them.
 * @example expect(doubling((n) => () => parse(text(n)), 5_000).ratio).toBeLessThan(3)
 */
export function doubling(workAt: (size: number) => () => void, n: number, { floorMs = 5, runs = 7, tries = 3, factor = 2 } = {}): Growth {
  const small = workAt(n);
  const large = workAt(factor * n);
  small();
  large();
  let best: Growth | undefined;
  for (let attempt = 0; attempt < tries; attempt++) {
    const [a, b] = fastestPair(small, large, runs);
    const growth = { small: a, large: b, ratio: b / Math.max(a, floorMs) };
    if (!best || growth.ratio < best.ratio) best = growth;
    if (best.ratio < 1.5 * factor) break;
  }
  return best!;
}

/** doubling(...).ratio, for tests that only need the number. */
export function doublingRatio(workAt: (size: number) => () => void, n: number, floorMs = 5): number {
  return doubling(workAt, n, { floorMs }).ratio;
}
