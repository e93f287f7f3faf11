/**
 * How the cost of some work grows with its input, measured so that it holds on a loaded
 * machine: CPU time of this process (other processes do not count), the fastest of several
 * runs (noise only ever adds time), after a warm-up run (JIT, caches).
 */
import { cpuMs } from '../unit/sources/cpu.ts';

/** The fastest of `runs` CPU measurements of `work`, in milliseconds. */
export function fastestCpuMs(work: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(work));
  return best;
}

/**
 * CPU time at size 2n over CPU time at size n, for `workAt(size)`; a floor of `floorMs`
 * keeps tiny timings (where the clock's grain dominates) from reading as growth.
 * Linear work gives about 2; the tests allow 3.
 */
export function doublingRatio(workAt: (size: number) => () => void, n: number, floorMs = 5): number {
  const small = workAt(n);
  const large = workAt(2 * n);
  small();
  large();
  // Interleaved, so that a busy spell of the machine slows both sizes alike.
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 7; i++) {
    bestSmall = Math.min(bestSmall, cpuMs(small));
    bestLarge = Math.min(bestLarge, cpuMs(large));
  }
  return bestLarge / Math.max(bestSmall, floorMs);
}
