/**
 * CPU time of this test process (user + system, garbage collector threads included), for
 * bounds that hold on a loaded machine where wall time does not. Vitest runs each test file
 * in its own forked process, so other files do not count.
 */
const processCpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Milliseconds of CPU `work` took. */
export function cpuMs(work: () => void): number {
  const before = processCpu();
  work();
  return processCpu() - before;
}
