/**
 * How much room V8 gives new objects, for the `inclusio` process only (bin/inclusio.mjs).
 *
 * V8 doubles its young generation, up to 64 MB and more, each time enough objects have
 * outlived a minor collection; a build that reads hundreds of calendars and keeps their
 * events always gets there, though a network of 6,000 events holds about 30 MB. Held at
 * 16 MB, the build of tests/bench/build.ts peaks 30 to 40 MB lower at the same speed.
 * A build whose data is big (calendars of several MB: their parse trees live long) is faster
 * with the large young generation, so it gets it back once the old generation passes 64 MB.
 *
 * V8 reads --semi-space-growth-factor each time it would grow, so setting it while running
 * works; it is a V8 flag, so this is for the CLI's own process, never for a library caller.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation stops growing once it is this big (two semi-spaces of 8 MB). */
const YOUNG_BYTES = 16 * 1024 * 1024;
/** Past this much in the old generation, the build's data is big: V8 grows as it would. */
const BIG_OLD_BYTES = 64 * 1024 * 1024;

/**
 * Watches every garbage collection and sets V8's young generation growth as above.
 * @example const { keepYoungGenerationSmall } = await import('../lib/cli/young-generation.ts'); keepYoungGenerationSmall();
 */
export function keepYoungGenerationSmall(): void {
  let held = false;
  const observer = new PerformanceObserver(() => {
    let young = 0;
    let old = 0;
    for (const space of getHeapSpaceStatistics()) {
      if (space.space_name === 'new_space') young = space.space_size;
      if (space.space_name === 'old_space') old = space.space_used_size;
    }
    if (old > BIG_OLD_BYTES) {
      if (held) setFlagsFromString('--semi-space-growth-factor=2'); // V8's default
      observer.disconnect();
    } else if (!held && young >= YOUNG_BYTES) {
      setFlagsFromString('--semi-space-growth-factor=1');
      held = true;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}
