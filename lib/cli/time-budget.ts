/**
 * A time bound for synchronous work: a hostile calendar (a recurrence rule that never ends, a
 * time zone that repeats every second) must cost one source, not the network's whole build.
 * The readers have their own budgets; this is the build's last guard. It uses the watchdog of
 * node:vm, which stops JavaScript that runs past its time even inside a tight loop.
 */
import { createContext, Script } from 'node:vm';
import { InclusioError } from '../model/errors.ts';

// One context and one script for every call: making a context costs about a millisecond.
const call = new Script('work()');
const context = createContext({ work: null }) as { work: (() => unknown) | null };

/**
 * The result of `work()`, or an InclusioError when it runs longer than `ms`.
 * Only the synchronous part of `work` is bounded.
 * @example const parsed = withinTime(10_000, () => parseIcs(text, ctx));
 */
export function withinTime<T>(ms: number, work: () => T): T {
  context.work = work;
  try {
    return call.runInContext(context, { timeout: ms }) as T;
  } catch (error) {
    if ((error as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new InclusioError('parse', `took more than ${ms / 1000} s to read; stopped`);
    }
    throw error;
  } finally {
    context.work = null;
  }
}
