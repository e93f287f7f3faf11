import { describe, expect, it } from 'vitest';
import type { InclusionEvent } from '../../../lib/model/event.ts';
import { addDays } from '../../../lib/time/zoned.ts';
import { layoutWeek, MAX_ROWS } from '../../../widget/ui/week-layout.ts';
import { makeEvents } from '../../e2e/support/widget-fixtures.ts';

const week = Array.from({ length: 7 }, (_, i) => addDays('2027-03-01', i)); // Monday to Sunday

/** Events per day of the week, each event on every day from its start to its end. */
function byDay(events: InclusionEvent[]): Map<string, InclusionEvent[]> {
  const map = new Map<string, InclusionEvent[]>();
  for (const e of events) {
    const last = (e.end ?? e.start).slice(0, 10);
    for (let d = e.start.slice(0, 10); d <= last; d = addDays(d, 1)) map.set(d, [...(map.get(d) ?? []), e]);
  }
  return map;
}

describe('a week of the month grid', () => {
  const [a, b, c, d] = makeEvents(4, '2027-03-01', 1);
  const conference = { ...a!, id: 'conf', start: '2027-03-02T09:00', end: '2027-03-04T17:00' };
  const fromLastWeek = { ...b!, id: 'long', start: '2027-02-26', end: '2027-03-02', allDay: true };

  it('draws a three-day event as one bar from its first day, in a lane kept free on each of its days', () => {
    const layout = layoutWeek(week, byDay([conference, { ...c!, start: '2027-03-03T10:00', end: '2027-03-03T12:00' }]));
    expect(layout[1]!.bars).toEqual([{ event: conference, column: 1, span: 3, lane: 0 }]);
    expect(layout[2]!.bars).toEqual([]);
    expect(layout.every((day) => day.lanes === 1)).toBe(true);
    expect(layout[2]!.singles.map((e) => e.id)).toEqual([c!.id]);
    expect(layout.map((day) => day.hidden)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('starts the bar of an event begun last week on Monday, and stacks overlapping bars', () => {
    const layout = layoutWeek(week, byDay([fromLastWeek, conference]));
    expect(layout[0]!.bars.map((x) => [x.event.id, x.span, x.lane])).toEqual([['long', 2, 0]]);
    expect(layout[1]!.bars.map((x) => [x.event.id, x.span, x.lane])).toEqual([['conf', 3, 1]]);
  });

  it(`shows at most ${MAX_ROWS} lines a day and counts the rest`, () => {
    const busy = makeEvents(6, '2027-03-05', 6);
    const layout = layoutWeek(week, byDay([conference, ...busy, d!]));
    const friday = layout[4]!;
    expect(friday.lanes + friday.singles.length).toBe(MAX_ROWS);
    expect(friday.hidden).toBe(byDay([...busy, d!]).get('2027-03-05')!.length - friday.singles.length);
  });
});
