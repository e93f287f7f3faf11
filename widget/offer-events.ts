/**
 * Events a refresh read, shown at once unless they would move the rows drawn under a visitor who
 * is pointing at, pressing in or focused in the widget: then they wait in `model.incoming` for
 * the visitor's "N new events: show" or for nobody to interact (model.settle). In the reading
 * chunk: only a refresh calls it.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { lastDayOf } from '../lib/query/filter-fields.ts';
import { addDays } from '../lib/time/zoned.ts';
import type { WidgetModel } from './model.ts';
import { splitByNow } from './split.ts';
import { addedEvents, drawnRows, keepsRows } from './stable-rows.ts';

/** The shown month's grid, a week either side (as model.monthDays lays it out). */
function monthRange(month: string): [string, string] {
  const first = `${month}-01`;
  const last = addDays(addDays(first, 40).slice(0, 7) + '-01', -1);
  return [addDays(first, -6), addDays(last, 6)];
}

/**
 * The ids of the rows a list of events would draw in the view the visitor has now, and whether
 * rows may be added after them: in the list, rows added below the drawn ones move no row (only
 * what is drawn under the rows); in the month grid any event more or less in the shown weeks can
 * change a day's height.
 */
function rowsOf(m: WidgetModel, list: InclusionEvent[]): { ids: string[]; appendable: boolean } {
  if (m.view.peek() === 'month') {
    const [from, to] = monthRange(m.month.peek());
    return { ids: list.filter((e) => e.start.slice(0, 10) <= to && lastDayOf(e) >= from).map((e) => e.id), appendable: false };
  }
  const listed = list === m.events.peek() ? m.listed.peek() : m.listedOf(splitByNow(list, m.now(), m.viewerZone), (code) => code.createSearchIndex(list));
  return { ids: drawnRows(m.pageOf(listed ?? [], m.pageEvents.peek()).days), appendable: true };
}

/** Whether the visitor has narrowed the list with a search or a filter. */
const narrowed = (m: WidgetModel): boolean => m.query.peek().trim() !== '' || Object.values(m.filter.peek()).some((v) => v !== undefined && v !== '');

/**
 * `rest`: `next` completes a feed whose first events were drawn as a preview (the first load, nothing
 * saved shown). In the month grid the rest then goes in at once: held, it would leave days empty that
 * have events, and a day the visitor opens from the grid would list none of them. So it does under a
 * search or a filter: held, the visitor typing in the search box would get the preview's matches
 * only, with no count, as if that were all the feed has.
 */
export function offerEvents(m: WidgetModel, next: InclusionEvent[], rest = false): void {
  const shown = m.events.peek();
  const still = () => {
    const now = rowsOf(m, shown);
    const then = rowsOf(m, next);
    // (Rows added after the last one move "Show more" and the footer: held while pointed at.)
    return keepsRows(now.ids, then.ids) && ((now.appendable && !m.pointerBelowRows.peek()) || now.ids.length === then.ids.length);
  };
  // A query waiting for the search code redraws the list anyway once the code comes (the rows
  // drawn stay until then): there is nothing to hold.
  if (shown.length === 0 || !m.interacting.peek() || m.searchWaits.peek() || (rest && (m.view.peek() === 'month' || narrowed(m))) || still()) {
    m.incoming.value = null;
    m.events.value = next;
  } else m.incoming.value = { events: next, added: addedEvents(shown, next) };
}
