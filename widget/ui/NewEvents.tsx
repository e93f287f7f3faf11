/**
 * "N new events: show": the events a refresh read while the visitor was pointing at or focused
 * in the list, which would have moved its rows (widget/offer-events.ts). Shown on request; then
 * `onShown` says which control was used and the first new event, for focus to go there.
 */
import { plural, translate } from '../../lib/i18n/index.ts';
import type { WidgetModel } from '../model.ts';
import type { Ui } from './context.ts';

export function NewEvents({ ui, model, onShown }: { ui: Ui; model: WidgetModel; onShown: (control: Element, row?: string) => void }) {
  const incoming = model.incoming.value;
  if (!incoming) return null;
  const show = (e: Event) => {
    const known = new Set(model.events.peek().map((x) => x.id));
    onShown(e.currentTarget as Element, incoming.events.find((x) => !known.has(x.id))?.id);
    model.showIncoming();
  };
  return (
    <button type="button" class="button button-small new-events" onClick={show}>
      {incoming.added > 0 ? plural(ui.messages, 'newEvents', incoming.added) : translate(ui.messages, 'listChanged')}
    </button>
  );
}
