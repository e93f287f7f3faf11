/**
 * Events a refresh read, shown at once unless they would move the rows drawn under a visitor who
 * is pointing at, pressing in or focused in the widget: then they wait in `model.incoming` for
 * the visitor's "N new events: show" or for nobody to interact (model.settle). In the reading
 * chunk: only a refresh calls it.
 */
import type { InclusionEvent } from '../lib/model/event.ts';
import { createSearchIndex } from '../lib/query/search.ts';
import type { WidgetModel } from './model.ts';
import { splitByNow } from './split.ts';
import { addedEvents, drawnRows, keepsRows } from './stable-rows.ts';

/**
 * The ids of the rows a list of events would draw in the view the visitor has now. The month
 * grid counts every event (any change there waits while the visitor interacts).
 */
function rowsOf(m: WidgetModel, list: InclusionEvent[]): string[] {
  if (m.view.peek() === 'month') return drawnRows([{ events: list }]);
  const listed = list === m.events.peek() ? m.listed.peek() : m.listedOf(splitByNow(list, m.now(), m.viewerZone), () => createSearchIndex(list));
  return drawnRows(m.pageOf(listed, m.pageEvents.peek()).days);
}

export function offerEvents(m: WidgetModel, next: InclusionEvent[]): void {
  const shown = m.events.peek();
  if (shown.length === 0 || !m.interacting.peek() || keepsRows(rowsOf(m, shown), rowsOf(m, next))) {
    m.incoming.value = null;
    m.events.value = next;
  } else m.incoming.value = { events: next, added: addedEvents(shown, next) };
}
