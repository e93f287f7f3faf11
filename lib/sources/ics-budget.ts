/**
 * The work one iCalendar source may cost: rule steps and milliseconds of recurrence expansion,
 * events kept, rules read per event. A hostile feed (a SECONDLY rule from 1970, 2,000 RRULE
 * lines, a rule no date can satisfy) spends its budget and stops with a warning, keeping the
 * events read so far; it never stalls a build or a page.
 *
 * ical.js's rule iterator can loop without returning (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31 never
 * matches a day and its search has no bound), so its stepping methods are wrapped once here to
 * spend from the budget of the expansion running now, and throw when it is spent.
 *
 * The same wrappers end a slice: a single RecurIterator.next() can search tens of thousands of
 * candidates (a minutely rule for 29 February, a monthly rule for a sixth Monday), far more than
 * a page can wait for. When the slice is over, the wrapper throws SliceEnded at the top of its
 * search loop, before the step runs, so the iterator's state is exactly that of a loop turn and
 * calling next() again carries on the search where it stopped: the same dates, in many tasks.
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
  /** The slice of work running now (see startSlice); none: ical.js searches to the end. */
  slice?: Slice;
}

/** Steps after which a rule's search stops at its next turn and waits for the next slice. */
export interface Slice {
  stepsLeft: number;
}

/**
 * Thrown inside RecurIterator.next() when the slice is over: the iterator is intact, and
 * next() called again (in the next slice) gives what this call would have given.
 */
export class SliceEnded extends Error {
  constructor() {
    super('the slice of work is over');
    this.name = 'SliceEnded';
  }
}

/** Thrown where ical.js would end a rule itself (a year or more of months without a date): read as the end of the rule. */
export class RuleEnded extends Error {
  constructor() {
    super('the rule gives no more dates');
    this.name = 'RuleEnded';
  }
}

/**
 * Steps of one slice. The step costs below keep a step at 2 µs or less of ical.js's work on a
 * desktop, so a slice is at most a few ms (under 50 ms on a machine four times slower). Counted
 * in steps, not read on the clock: where slices end changes no date, and costs no clock reading.
 */
export const SLICE_STEPS = 2_000;

/** Opens a slice on `budget`: until it ends, ical.js's searches stop at a turn and throw SliceEnded. */
export function startSlice(budget: ExpansionBudget, steps = SLICE_STEPS): Slice {
  const slice = { stepsLeft: steps };
  budget.slice = slice;
  return slice;
}

/**
 * Counts `cost` steps of the open slice; true when it was over before them. The first step of
 * a slice always runs, so however small the slice, each one makes progress.
 */
export function sliceOver(budget: ExpansionBudget, cost = 1): boolean {
  const slice = budget.slice;
  if (!slice) return false;
  const over = slice.stepsLeft <= 0;
  slice.stepsLeft -= cost;
  return over;
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
  // Called for each day a monthly BYDAY rule tries (every day of the month twice with BYSETPOS): 3-8 µs
  // each. Counted low enough that a feed of 150 'second Tuesday' series is read in full.
  ['is_day_in_byday', 2],
];

/** Extra cost of a step of a rule with BYSETPOS: each of its days is tried against all of BYDAY's weekdays. */
const SET_POSITION_COST = 1;

/**
 * ical.js ends a MONTHLY rule after 336 months in a row without a date, a YEARLY one after 28
 * years (its next() counts them in a local variable, lost when a slice ends): counted again here.
 */
const GIVE_UP: Record<string, number> = { next_month: 336, next_year: 28 };

/** What the wrappers keep per iterator: whether next() resumes a search, and its dateless months or years so far. */
interface Marks {
  resume: boolean;
  empty: number;
}

type Iterator = {
  completed: boolean;
  occurrence_number: number;
  rule?: { parts?: Record<string, unknown>; count?: number | null };
  __inclusio?: Marks;
};

/** RecurIterator.next() calls running now (it calls itself once after finding the same date twice). */
let nextDepth = 0;
/** Wrapped stepping methods running now: 0 means the one called is the top of next()'s search loop. */
let stepDepth = 0;

function guardIterator(): void {
  const proto = (ICAL as unknown as { RecurIterator: { prototype: Record<string, unknown> } }).RecurIterator.prototype;
  if (proto.__inclusioGuard) return;
  proto.__inclusioGuard = true;
  const next = proto.next as (this: Iterator, again?: boolean) => unknown;
  proto.next = function guardedNext(this: Iterator, again?: boolean) {
    const marks = (this.__inclusio ??= { resume: false, empty: 0 });
    const resume = marks.resume;
    if (!resume) marks.empty = 0;
    marks.resume = false;
    // While it has given no date, next() gives the state it starts from unchecked (that is the
    // rule's first date). A resumed search starts from a date the search already turned down: it
    // runs as if one date was given (COUNT one higher), and counts back after.
    const shift = resume && this.occurrence_number === 0;
    if (shift) {
      this.occurrence_number = 1;
      if (this.rule?.count) this.rule.count++;
    }
    const outerStep = stepDepth;
    stepDepth = 0;
    nextDepth++;
    try {
      return next.call(this, again);
    } finally {
      nextDepth--;
      stepDepth = outerStep;
      if (shift) {
        this.occurrence_number--;
        if (this.rule?.count) this.rule.count--;
      }
    }
  };
  for (const [name, plainCost] of STEPPERS) {
    const original = proto[name];
    if (typeof original !== 'function') continue;
    const giveUp = GIVE_UP[name];
    const setCost = name === 'is_day_in_byday' ? plainCost + SET_POSITION_COST : plainCost;
    proto[name] = function guarded(this: Iterator, ...args: unknown[]) {
      const budget = active;
      const cost = setCost !== plainCost && this.rule?.parts?.BYSETPOS ? setCost : plainCost;
      const top = stepDepth === 0 && nextDepth > 0;
      if (budget) {
        // Every step counts toward the slice, but only at the top of the outermost next()'s loop
        // is the state a loop turn that next() can resume.
        if (sliceOver(budget, cost) && top && nextDepth === 1) {
          (this.__inclusio as Marks).resume = true;
          throw new SliceEnded();
        }
        spend(budget, cost);
      }
      stepDepth++;
      let found: unknown;
      try {
        found = (original as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        stepDepth--;
      }
      // Without a slice next() never stops early and counts for itself (a zone's rules, read inside ical.js, expect its null).
      if (top && giveUp !== undefined && budget?.slice && this.__inclusio) {
        if (found) this.__inclusio.empty = 0;
        else if (++this.__inclusio.empty >= giveUp) {
          this.completed = true;
          throw new RuleEnded();
        }
      }
      return found;
    };
  }
}

guardIterator();
