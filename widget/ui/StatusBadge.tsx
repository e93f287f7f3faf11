/** A visible word for events that are not going ahead as planned. */
import { translate } from '../../lib/i18n/index.ts';
import type { EventStatus } from '../../lib/model/event.ts';
import type { Ui } from './context.ts';

export function StatusBadge({ ui, status }: { ui: Ui; status: EventStatus }) {
  if (status === 'scheduled') return null;
  return <span class={`badge badge-${status}`} part="badge">{translate(ui.messages, status)}</span>;
}
