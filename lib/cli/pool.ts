/**
 * Runs tasks at most `overall` at a time and at most `perHost` at a time for one host, so a
 * network of hundreds of partners is read in parallel without hammering any one server
 * (many partners share a host: one WordPress farm, one city's web server).
 */

export interface PoolLimits {
  overall: number;
  perHost: number;
}

export const DEFAULT_LIMITS: PoolLimits = { overall: 32, perHost: 6 };

/**
 * The host of an http(s) reference; '' for a file (files have no per-host limit).
 * @example hostOf('https://a.example:8443/x.ics') // 'a.example:8443'
 */
export function hostOf(ref: string): string {
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * Calls `run` for every item, within the limits, and resolves when all are done. Results
 * come back in the items' order; `run` must not throw (it reports its own failures).
 * @example await inPool(sources, (s) => s.url, { overall: 16, perHost: 4 }, readOne);
 */
export function inPool<T, R>(items: readonly T[], refOf: (item: T) => string, limits: PoolLimits, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const waiting = items.map((item, index) => ({ item, index, host: hostOf(refOf(item)) }));
  const busy = new Map<string, number>();
  let running = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    if (items.length === 0) return resolve(results);
    const next = (): void => {
      for (let i = 0; i < waiting.length && running < limits.overall; ) {
        const task = waiting[i]!;
        const onHost = busy.get(task.host) ?? 0;
        if (task.host && onHost >= limits.perHost) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        running++;
        busy.set(task.host, onHost + 1);
        run(task.item, task.index).then(
          (result) => {
            results[task.index] = result;
            running--;
            busy.set(task.host, (busy.get(task.host) ?? 1) - 1);
            if (++done === items.length) resolve(results);
            else next();
          },
          reject,
        );
      }
    };
    next();
  });
}
