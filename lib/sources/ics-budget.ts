/**
 * The work one iCalendar source may cost: rule steps and milliseconds of recurrence expansion,
 * events kept, rules read per event. A hostile feed (a SECONDLY rule from 1970, 2,000 RRULE
 * lines, a rule no date can satisfy) spends its budget and stops with a warning, keeping the
 * events read so far; it never stalls a build or a page.
 *
 * ical.js's rule iterator can loop without returning (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31 never
 * matches a day and its search has no bound), so its stepping methods are wrapped once here to
 * spend from the budget of the expansion running now, and throw when it is spent.
 */
import ICAL from 'ical.js';

export interface BudgetLimits {
  /** Rule iterator steps for the whole source. */
  steps: number;
  /** Milliseconds of recurrence expansion for the whole source. */
  ms: number;
  /** Events one source gives at most. */
  events: number;
  /** RRULE lines read per event (RFC 5545 allows one; a few real exporters write two). */
  rulesPerEvent: number;
}

/**
 * Steps are the bound that matters: counted the same on every machine, they give a real
 * calendar the same events under any load (400,000 steps is about 0.1-1 s of work and covers
 * 20,000 kept occurrences many times over). Time is only a last guard, far above what the
 * steps cost, against a machine so slow that even those would stall a page; at 750 ms it cut
 * ordinary calendars short on busy machines.
 */
export const DEFAULT_LIMITS: BudgetLimits = { steps: 400_000, ms: 5_000, events: 20_000, rulesPerEvent: 8 };

export class BudgetSpent extends Error {
  readonly what: 'steps' | 'time';
  constructor(what: 'steps' | 'time') {
    super(what === 'steps' ? 'the repetition budget of this calendar is spent' : 'the time budget of this calendar is spent');
    this.name = 'BudgetSpent';
    this.what = what;
  }
}

export interface ExpansionBudget {
  limits: BudgetLimits;
  stepsLeft: number;
  deadline: number;
  clock: () => number;
  /** Set once spent: later series are not expanded at all. */
  spent?: 'steps' | 'time';
}

/** performance.now where there is one (browsers, Node); a budget without a clock counts steps only. */
const defaultClock = (): number => (typeof performance !== 'undefined' ? performance.now() : 0);

/**
 * A fresh budget for one source.
 * @example const budget = createBudget(DEFAULT_LIMITS, () => performance.now());
 */
export function createBudget(limits: BudgetLimits = DEFAULT_LIMITS, clock: () => number = defaultClock): ExpansionBudget {
  return { limits, stepsLeft: limits.steps, deadline: clock() + limits.ms, clock };
}

let active: ExpansionBudget | undefined;

/**
 * Spends `cost` steps; throws BudgetSpent when the steps or the time run out. The clock is read
 * every 256 steps only, so the check costs nothing measurable.
 */
export function spend(budget: ExpansionBudget, cost = 1): void {
  if (budget.spent) throw new BudgetSpent(budget.spent);
  const before = budget.stepsLeft;
  budget.stepsLeft -= cost;
  if (budget.stepsLeft < 0) budget.spent = 'steps';
  else if ((before >> 8) !== (budget.stepsLeft >> 8) && budget.clock() > budget.deadline) budget.spent = 'time';
  if (budget.spent) throw new BudgetSpent(budget.spent);
}

/**
 * Runs `work` with ical.js's iterator spending from `budget`.
 * @example withBudget(budget, () => iterator.next())
 */
export function withBudget<T>(budget: ExpansionBudget, work: () => T): T {
  const outer = active;
  active = budget;
  try {
    return work();
  } finally {
    active = outer;
  }
}

// The stepping methods every iteration goes through (the inner search loops call them too),
// with a cost that reflects their work: expanding a year's days costs more than a second.
const STEPPERS: Array<[string, number]> = [
  ['next_second', 1], ['next_minute', 1], ['next_hour', 1], ['next_day', 1], ['next_week', 1],
  ['next_month', 4], ['next_year', 4], ['expand_year_days', 16],
];

function guardIterator(): void {
  const proto = (ICAL as unknown as { RecurIterator: { prototype: Record<string, unknown> } }).RecurIterator.prototype;
  if (proto.__inclusioGuard) return;
  proto.__inclusioGuard = true;
  for (const [name, cost] of STEPPERS) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    proto[name] = function guarded(this: unknown, ...args: unknown[]) {
      if (active) spend(active, cost);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

guardIterator();
