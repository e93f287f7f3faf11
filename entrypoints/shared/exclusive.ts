/**
 * One writer at a time. Every read-modify-write of stored data runs inside exclusive(): the
 * popup, the options page and the background each run in their own context, so a queue in
 * memory is not enough; Web Locks are shared by every context of the extension's origin
 * (Chrome and Firefox). Where they are missing (unit tests), a queue per name in this context.
 */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function locks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return typeof nav?.locks?.request === 'function' ? nav.locks : undefined;
}

/**
 * Runs `job` once every earlier job of the same name, in any extension page, has finished.
 * @example await exclusive('savedEvents', async () => writeSaved({ ...(await readSaved()), [id]: entry }));
 */
export function exclusive<T>(name: string, job: () => Promise<T>): Promise<T> {
  const manager = locks();
  if (manager) return manager.request(`inclusio:${name}`, job);
  const previous = queues.get(name) ?? Promise.resolve();
  const next = previous.then(job, job);
  queues.set(name, next.catch(() => undefined));
  return next;
}
