/**
 * Whether an event still offers "add to calendar": not once it is cancelled or over, where a
 * saved entry would only mislead.
 */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { dayInZone } from '../../lib/time/zoned.ts';
import { isPast } from '../split.ts';
import type { Ui } from './context.ts';

export function offersCalendar(event: InclusionEvent, ui: Ui): boolean {
  if (event.status === 'cancelled') return false;
  if (!ui.now) return true;
  return !isPast(event, ui.now, dayInZone(ui.now, ui.viewerZone), ui.viewerZone);
}
